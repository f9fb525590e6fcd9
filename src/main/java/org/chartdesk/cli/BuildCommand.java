package org.chartdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildOptions;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.ChartResult;
import org.chartdesk.build.Format;
import org.chartdesk.build.Output;
import org.chartdesk.build.ReportJson;
import org.chartdesk.build.WriteFailure;
import org.chartdesk.diagnostics.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chartdesk build}: check the input, then write what changed, the workbook, gallery and manifest. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Check the project, then write charts, workbook, gallery and manifest; only what changed is redone.")
final class BuildCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin HouseOptions house;

  @Option(names = "--project", paramLabel = "DIR", description = "project directory (default: current directory)")
  Path project = Path.of("");

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/ in the project)")
  Path out;

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Option(names = "--force", description = "redo every output, even those whose inputs are unchanged")
  boolean force;

  /** Charts rendered at once; null for as many as the machine has cores. */
  Integer jobs;

  /**
   * Read as written, so that whatever is not a count of jobs gets the one usage error: picocli's
   * own said "'99999999999' is not an int".
   */
  @Option(names = "--jobs", paramLabel = "N", description = "charts rendered at once, 1 to 32767 (default: the number of cores)")
  void jobs(String n) {
    jobs = jobCount(n);
    if (jobs == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--jobs must be a whole number from 1 to " + MAX_JOBS + ", not " + n);
    }
  }

  @Option(names = "--wait", description = "wait for another build of the same output folder to finish")
  boolean waitForLock;

  @Option(names = "--report", paramLabel = "FILE", description = "write a JSON report of the build to FILE")
  Path report;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "build only the K-th of N parts of the charts (for a CI matrix); gather with merge")
  String shard;

  @Option(names = "--formats", paramLabel = "LIST", split = ",",
      description = "outputs to write, of png (1x, 2x, alt text), svg, pdf, xlsx (the workbook, which shows the "
          + "PNGs), html (the gallery, which shows the PNGs and links the workbook); default all. Files of other "
          + "formats from an earlier build are removed")
  List<String> formats;

  @Override
  public Integer call() throws IOException {
    try {
      formats(formats);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The most threads a pool may have (ForkJoinPool's limit); a build draws on one pool of --jobs threads. */
  static final int MAX_JOBS = 32_767;

  /** The count {@code --jobs n} asks for, or null when it is not a whole number that can be run. */
  static Integer jobCount(String n) {
    if (!n.matches("0*[0-9]{1,9}")) {
      return null;
    }
    int count = Integer.parseInt(n);
    return count >= 1 && count <= MAX_JOBS ? count : null;
  }

  /** A build of {@code project} into {@code out} with every other option at its default, as picocli would make it. */
  static BuildCommand plain(Path project, Path out) {
    BuildCommand command = new BuildCommand();
    command.house = new HouseOptions();
    command.project = project;
    command.out = out;
    return command;
  }

  /** The build, its options checked, writing what it tells the user to the given streams. */
  int run(PrintWriter stdout, PrintWriter stderr) throws IOException {
    if (!Diagnostics.environmentUsable(stderr)) {
      return Main.USAGE;
    }
    // Said before the build, not after it: the report has nowhere to go.
    if (report != null && (report.toString().isEmpty() || java.nio.file.Files.isDirectory(report))) {
      return usage(stderr, "--report " + (report.toString().isEmpty() ? "is empty" : report + " is a folder")
          + ": name the JSON file to write, as --report out/report.json");
    }
    Path root = project.toAbsolutePath().normalize();
    Path target = out == null ? root.resolve("out") : out.toAbsolutePath().normalize();
    // Outputs among the inputs would be read as inputs by the next build, which then never found
    // the folder up to date.
    Path real = real(target);
    Path realRoot = real(root);
    for (String inputs : List.of("datasets", "charts")) {
      if (target.startsWith(root.resolve(inputs))) {
        return usage(stderr, "--out " + display(root, target) + " is inside the project's " + inputs
            + "/, which a build reads: write the outputs elsewhere, as out/");
      }
      // Through a symbolic link, to the folder or to one it is in: the same folder.
      if (real.startsWith(realRoot.resolve(inputs))) {
        return usage(stderr, "--out " + display(root, target) + " is inside the project's " + inputs + "/ (it is "
            + display(realRoot, real) + ", through a link), which a build reads: write the outputs elsewhere, "
            + "as out/");
      }
    }
    String replaced = report == null ? null : replacedByReport(root, realRoot, target, real);
    if (replaced != null) {
      return usage(stderr, "--report " + report + " is " + replaced + ": name a file of its own, as --report "
          + "out/report.json");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    BuildReport result;
    // One line per chart as soon as it is done, so a long nightly build shows where it is.
    try (ChartLines lines = ChartLines.forStdout(stdout)) {
      result = new Build(root, house.settings()).build(target, new BuildOptions(strict, force, jobs == null ? cores : jobs,
          waitForLock, shard(), lines, formats(formats)));
    } catch (org.chartdesk.build.LockHeldException e) {
      stderr.println("chartdesk: " + display(root, target) + " is being built by " + e.getMessage()
          + "; try again later or pass --wait");
      // The report says so too: the last run's, left in place, said "exitCode": 0 to a monitor.
      report(new BuildReport(List.of(), List.of(), List.of(Message.OUTPUT_LOCKED.error(display(root, target), 0, 0,
          "try again later or pass --wait", display(root, target), e.getMessage())), List.of(), List.of()),
          Main.LOCKED, root, stderr);
      return Main.LOCKED;
    }
    if (strict) {
      // A warning failed the build as an error does: said as one on stderr and in the report.
      result = new BuildReport(result.results(), result.outputs(), Diagnostics.strict(result.diagnostics()),
          result.written(), result.removed());
    }
    Diagnostics.print(result.diagnostics(), stderr);
    boolean failed = result.errors() > 0;
    for (ChartResult r : result.results()) {
      // Charts that did not get drawn were not reported while the others were.
      if (r.status() == ChartResult.Status.FAILED) {
        stdout.println(ChartLines.line(r));
      }
    }
    int code = report(result, failed ? Main.INPUT_ERROR : Main.OK, root, stderr);
    if (failed) {
      boolean nothing = result.results().isEmpty();
      boolean noChart = result.results().stream().allMatch(r -> r.status() == ChartResult.Status.FAILED);
      // The workbook and gallery, made from every chart, stay as the last build left them: said, so
      // that a desk does not take last night's workbook for tonight's.
      List<String> written = result.written();
      List<String> kept = result.outputs().stream()
          .filter(o -> o.chart() == null && !written.contains(o.path())).map(Output::path).toList();
      stderr.println("build failed: " + Diagnostics.summary(result.diagnostics())
          + (nothing ? "; nothing was written" : noChart ? "; no chart was written" : "; the other charts were written")
          + (kept.isEmpty() ? "" : "; " + String.join(" and ", kept) + ", made from every chart, were left as they were"));
      return code;
    }
    if (result.warnings() > 0) {
      stderr.println(Diagnostics.summary(result.diagnostics()));
    }
    for (Output o : result.outputs()) {
      if (o.chart() == null && result.written().contains(o.path())) {
        stdout.println("wrote " + o.path());
      }
    }
    removed(result.removed(), stdout);
    boolean same = result.written().isEmpty() && result.removed().isEmpty();
    long redrawn = result.results().stream().filter(r -> r.status() == ChartResult.Status.BUILT).count();
    // After --force (or a change that draws the same), a nightly log says why "built" lines wrote nothing.
    stdout.println(same && redrawn > 0
        ? "no file changed: " + redrawn + (redrawn == 1 ? " chart" : " charts") + " drawn again, every file as it was; "
            + result.outputs().size() + " outputs in " + display(root, target)
        : same
        ? "nothing changed: " + result.outputs().size() + " outputs in " + display(root, target) + " are up to date"
        : "wrote " + Diagnostics.count(result.written().size(), "file") + (result.removed().isEmpty() ? ""
            : ", removed " + result.removed().size()) + "; " + result.outputs().size() + " outputs in "
            + display(root, target));
    return code;
  }

  /**
   * The path with every symbolic link of the part that exists resolved, the rest as given: the
   * output folder need not exist yet.
   */
  private static Path real(Path absolute) {
    Path rest = Path.of("");
    for (Path p = absolute; p != null; p = p.getParent()) {
      try {
        return p.toRealPath().resolve(rest);
      } catch (IOException | RuntimeException e) {
        rest = p.getFileName() == null ? rest : p.getFileName().resolve(rest);
      }
    }
    return absolute;
  }

  /**
   * What the report would replace, written after the build, or null when it names a file of its
   * own: given a dataset it overwrote it with JSON, and given the manifest the next build found no
   * manifest and redrew every chart, night after night. The report is moved into place over the
   * name itself, so the file replaced is the one its folder's real path holds under that name.
   */
  private String replacedByReport(Path root, Path realRoot, Path target, Path realOut) {
    Path absolute = report.toAbsolutePath().normalize();
    Path file = real(absolute.getParent()).resolve(absolute.getFileName());
    for (String inputs : List.of("datasets", "charts")) {
      if (file.startsWith(realRoot.resolve(inputs))) {
        return "in the project's " + inputs + "/, which a build reads";
      }
    }
    if (file.equals(realRoot.resolve(org.chartdesk.spec.ProjectSettings.FILE))) {
      return "the project's settings, which a build reads";
    }
    if (!file.startsWith(realOut) || file.equals(realOut)) {
      return null;
    }
    return Build.writes(realOut.relativize(file)) ? "a file the build writes in " + display(root, target) : null;
  }

  /** A usage error found once the options are read, said as picocli says one (Main), for the quick form too. */
  private static int usage(PrintWriter stderr, String message) {
    stderr.println("chartdesk: " + message);
    stderr.println("Try 'chartdesk build --help'.");
    return Main.USAGE;
  }

  /**
   * Writes the report asked for, if any; returns the exit code, a failure when it cannot be
   * written: the outputs are built, but what the job asked to read afterwards is not there.
   */
  private int report(BuildReport result, int code, Path root, PrintWriter stderr) {
    if (report == null) {
      return code;
    }
    try {
      ReportJson.write(report, result, code);
      return code;
    } catch (IOException e) {
      Diagnostics.print(List.of(WriteFailure.report(WriteFailure.shown(root, report), e, root)), stderr);
      return code == Main.OK ? Main.INPUT_ERROR : code;
    }
  }

  /** A line per chart whose files were removed (its spec deleted, its split value gone), a line per other file. */
  static void removed(List<Output> removed, PrintWriter stdout) {
    Map<String, Integer> files = new TreeMap<>();
    for (Output o : removed) {
      if (o.chart() == null) {
        stdout.println("removed " + o.path());
      } else {
        files.merge(o.chart(), 1, Integer::sum);
      }
    }
    files.forEach((chart, n) -> stdout.println("removed " + chart + " (" + Diagnostics.count(n, "file") + ")"));
  }

  /**
   * The formats named, every one when none are.
   *
   * @throws IllegalArgumentException naming what cannot be built, for the usage error
   */
  static Set<Format> formats(List<String> names) {
    if (names == null) {
      return Format.ALL;
    }
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String name : names) {
      chosen.add(Arrays.stream(Format.values()).filter(v -> v.id().equals(name.strip())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(
              "--formats takes png, svg, pdf, xlsx and html, separated by commas, not \"" + name + "\"")));
    }
    if (chosen.contains(Format.XLSX) && !chosen.contains(Format.PNG)) {
      throw new IllegalArgumentException(
          "--formats xlsx needs png too: the workbook shows each chart's PNG beside its native chart");
    }
    if (chosen.contains(Format.HTML) && !chosen.containsAll(EnumSet.of(Format.PNG, Format.XLSX))) {
      throw new IllegalArgumentException(
          "--formats html needs png and xlsx too: the gallery shows the PNGs and links the workbook");
    }
    return chosen;
  }

  private BuildOptions.Shard shard() {
    if (shard == null) {
      return BuildOptions.Shard.WHOLE;
    }
    var m = java.util.regex.Pattern.compile("([0-9]{1,4})/([0-9]{1,4})").matcher(shard);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--shard must be K/N with 1 <= K <= N, such as 2/4, not " + shard);
    }
    return new BuildOptions.Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private static String display(Path root, Path target) {
    return WriteFailure.shown(root, target) + "/";
  }
}
