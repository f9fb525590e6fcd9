package org.chartdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.chartdesk.build.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chartdesk}: the command line. The only place that calls {@code System.exit}. */
@Command(
    name = "chartdesk",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ToolVersion.class,
    description = "Builds publication charts and an Excel workbook from curated datasets and chart specs.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input has errors, or a chart failed",
      "2:usage error",
      "3:internal error",
      "75:another build holds the output folder"
    })
public final class Main implements Runnable {
  /** The version with which build of the tool this is, as the manifest records it: 0.1.0+digits. */
  static final class ToolVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.TOOL};
    }
  }

  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;
  /** EX_TEMPFAIL: another build holds the output folder; try again. */
  public static final int LOCKED = 75;

  /**
   * The commands, added by code rather than named in the annotation: picocli reads a command's
   * annotations when it is added, and a build that finds nothing to do spent a good part of its
   * time on those of commands it never ran. All are added when the first argument names none.
   */
  private static final List<Map.Entry<String, Supplier<Object>>> COMMANDS = List.of(
      Map.entry("build", BuildCommand::new), Map.entry("check", CheckCommand::new),
      Map.entry("schema", SchemaCommand::new), Map.entry("merge", MergeCommand::new));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    List<String> names = COMMANDS.stream().map(Map.Entry::getKey).toList();
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
        + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
  }

  /** Runs the command in this JVM; the jar starts at {@link Launcher}, which may start a tuned one. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // picocli registers converters for the java.time and java.sql types by loading them; no option
    // has such a type, and loading them is a good part of the start of a build with nothing to do.
    System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
    java.nio.charset.Charset written = AsciiLocale.output();
    String unreadable = AsciiLocale.unreadable(args);
    if (unreadable != null) {
      System.err.println(AsciiLocale.error(unreadable));
      System.exit(USAGE);
    }
    PrintWriter out = EscapedOutput.of(System.out, written);
    PrintWriter err = EscapedOutput.of(System.err, written);
    int code = run(args, out, err);
    // A log that could not be written (a full disk, a closed pipe) fails the job, or cron and CI
    // would see a success with nothing to read.
    if (System.out.checkError() && code == OK) {
      err.println("chartdesk: error: standard output could not be written (a full disk or a closed pipe); "
          + "the command itself finished");
      code = INPUT_ERROR;
    }
    System.exit(code);
  }

  /** Runs the CLI with the given streams; returns the exit code. Tests call this in-process. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Optional<BuildCommand> quick = QuickRebuild.of(args);
    Optional<CheckCommand> quickCheck = quick.isPresent() ? Optional.empty() : QuickRebuild.check(args);
    if (quick.isPresent() || quickCheck.isPresent()) {
      int code;
      try {
        code = quick.isPresent() ? quick.get().run(out, err) : quickCheck.get().run(out, err);
      } catch (Exception | Error e) {
        code = internalError(err, e);
      }
      out.flush();
      err.flush();
      return code;
    }
    CommandLine cli = new CommandLine(new Main());
    String first = args.length == 0 ? "" : args[0];
    boolean named = COMMANDS.stream().anyMatch(c -> c.getKey().equals(first));
    for (Map.Entry<String, Supplier<Object>> c : COMMANDS) {
      if (!named || c.getKey().equals(first)) {
        cli.addSubcommand(c.getKey(), c.getValue().get());
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(commandLine.getErr(), e));
    cli.setParameterExceptionHandler((e, args2) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("chartdesk: " + e.getMessage());
      // The help of the command that was run: its options, not just the list of commands.
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      c.getErr().flush();
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable e) {
      // An Error (out of memory, a broken installation) escapes picocli's handler: still one line.
      code = internalError(err, e);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A bug of ours, not the user's: one line, no stack trace. Unless the machine is the cause: an
   * I/O error no part of the build handled (a full or read-only temporary folder, where Java copies
   * the fonts it draws with, a limit on open files) is said as such, with the hint for its cause
   * ({@link org.chartdesk.build.WriteFailure#temporary}), and the build failed (exit code 1), as it
   * does when outputs cannot be written; a jar copied without its libraries says where it looked
   * for them. Running out of memory is said as such, with how to give Java more (exit code 1).
   */
  private static int internalError(PrintWriter err, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.UncheckedIOException || t instanceof java.io.IOException) {
        java.io.IOException io = t instanceof java.io.UncheckedIOException u ? u.getCause() : (java.io.IOException) t;
        org.chartdesk.build.WriteFailure.Temporary said = org.chartdesk.build.WriteFailure.temporary(io,
            System.getProperty("java.io.tmpdir"));
        err.println("chartdesk: error: " + (t.getMessage() == null || t == io ? "" : t.getMessage() + ": ")
            + said.reason());
        err.println("    " + said.hint());
        err.flush();
        return INPUT_ERROR;
      }
    }
    if (org.chartdesk.diagnostics.OutOfMemory.shortage(e)) {
      // The machine's limit or the user's -Xmx, not a bug: said as each chart's is (Build).
      err.print(org.chartdesk.diagnostics.OutOfMemory.said(e));
      err.flush();
      return INPUT_ERROR;
    }
    for (Throwable t = e; t != null && AsciiLocale.ascii(); t = t.getCause()) {
      if (t instanceof java.nio.file.InvalidPathException p) {
        // A name in the project this JVM cannot make, where names are read as ASCII (AsciiLocale).
        err.println(AsciiLocale.error("the path " + org.chartdesk.diagnostics.Message.quote(p.getInput())));
        err.flush();
        return INPUT_ERROR;
      }
    }
    String incomplete = Installation.incomplete(e);
    err.println(incomplete != null ? incomplete : "chartdesk: internal error: " + e);
    err.flush();
    return INTERNAL;
  }

}
