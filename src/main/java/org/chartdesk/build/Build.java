package org.chartdesk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.chartdesk.check.CitationCheck;
import org.chartdesk.check.Lint;
import org.chartdesk.check.LintResult;
import org.chartdesk.check.SilencedRule;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.export.PdfExporter;
import org.chartdesk.gallery.GalleryWriter;
import org.chartdesk.export.PngExporter;
import org.chartdesk.export.SvgExporter;
import org.chartdesk.model.Binder;
import org.chartdesk.model.ChartModel;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.jfree.chart.JFreeChart;

/**
 * The pipeline: load the story and every spec, check everything, and only when the input is clean
 * render the charts, write the workbook and, last, the manifest. Bad input writes nothing, so the
 * previous good outputs survive.
 */
public final class Build {
  public static final String TOOL = "chartdesk " + Version.VERSION;
  private static final long MAX_SPEC_BYTES = 256 * 1024;

  private final Path project;
  private final ProjectSettings override;

  public Build(Path project) {
    this(project, ProjectSettings.NONE);
  }

  /** @param override house settings from the command line, over every spec's and the project's */
  public Build(Path project, ProjectSettings override) {
    this.project = project;
    this.override = override;
  }

  /**
   * Loads and binds everything, collecting every diagnostic of the run in one pass: spec files are
   * checked even when the data cannot be loaded, so one run shows all that is wrong.
   */
  public Checked check() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Story story = null;
    List<String> failedDatasets = List.of();
    try {
      StoryLoader.Partial loaded = new StoryLoader(project).loadPartial();
      story = loaded.story();
      failedDatasets = loaded.failedDatasets();
      diagnostics.addAll(loaded.diagnostics());
    } catch (InputException e) {
      diagnostics.addAll(e.diagnostics());
    }
    List<ChartSpec> specs = new ArrayList<>();
    List<ChartModel> models = new ArrayList<>();
    Map<String, String> inputs = new TreeMap<>();
    if (story != null) {
      hashInput(inputs, StoryLoader.DESCRIPTOR);
      story.datasets().forEach(d -> inputs.put(d.path(), d.sha256()));
      story.sources().stream().filter(s -> s.text() != null).forEach(s -> hashInput(inputs, "datasets/" + s.text()));
    }
    ProjectSettings settings = settings(inputs, diagnostics);
    for (Path specFile : specFiles(diagnostics)) {
      String name = specFile.getFileName().toString();
      String id = name.substring(0, name.lastIndexOf('.'));
      String shown = "charts/" + name;
      try {
        long size = Files.size(specFile);
        if (size > MAX_SPEC_BYTES) {
          diagnostics.add(Message.SPEC_TOO_LARGE.error(shown, 0, 0,
              "a chart spec is a few lines; is this the right file?", size, MAX_SPEC_BYTES));
          continue;
        }
        byte[] bytes = Files.readAllBytes(specFile);
        inputs.put(shown, StoryLoader.sha256(bytes));
        ChartSpec spec = SpecLoader.load(id, shown, bytes);
        specs.add(spec);
        // A chart over a dataset that failed to load is not bound: the dataset's errors say why.
        if (story != null && !readsAny(spec, failedDatasets)) {
          models.add(Binder.bind(story, spec, settings, override));
        }
      } catch (InputException e) {
        diagnostics.addAll(e.diagnostics());
      } catch (IOException e) {
        diagnostics.add(Message.FILE_UNREADABLE.error(shown, 0, 0, null, shown, e.getClass().getSimpleName()));
      }
    }
    List<SilencedRule> silenced = List.of();
    if (story != null) {
      diagnostics.addAll(CitationCheck.check(story, project));
      Map<String, Map<String, String>> ignores = new LinkedHashMap<>();
      specs.forEach(s -> ignores.put(s.id(), s.silenced()));
      LintResult lint = Lint.run(models, story, Theme.house(), ignores);
      diagnostics.addAll(lint.diagnostics());
      silenced = lint.silenced();
    }
    return new Checked(story, List.copyOf(specs), List.copyOf(models), List.copyOf(diagnostics), silenced,
        Map.copyOf(inputs), List.copyOf(failedDatasets));
  }

  /** The project's {@code chartdesk.yaml}, when it has one; its hash goes into every chart's key. */
  private ProjectSettings settings(Map<String, String> inputs, List<Diagnostic> diagnostics) {
    Path file = project.resolve(ProjectSettings.FILE);
    if (!Files.isRegularFile(file)) {
      return ProjectSettings.NONE;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      inputs.put(ProjectSettings.FILE, StoryLoader.sha256(bytes));
      return SpecLoader.settings(ProjectSettings.FILE, bytes);
    } catch (InputException e) {
      diagnostics.addAll(e.diagnostics());
    } catch (IOException e) {
      diagnostics.add(Message.FILE_UNREADABLE.error(ProjectSettings.FILE, 0, 0, null, ProjectSettings.FILE,
          e.getClass().getSimpleName()));
    }
    return ProjectSettings.NONE;
  }

  private static boolean readsAny(ChartSpec spec, List<String> datasets) {
    return datasets.contains(spec.data()) || (spec.marks() != null && datasets.contains(spec.marks().data()));
  }

  private void hashInput(Map<String, String> inputs, String relative) {
    try {
      inputs.put(relative, StoryLoader.sha256(Files.readAllBytes(project.resolve(relative))));
    } catch (IOException e) {
      // A missing source text is reported by the citation check; it simply has no hash here.
    }
  }

  /** Checks, then renders and writes every output into {@code out}. */
  public BuildReport build(Path out) throws IOException {
    return build(out, new BuildOptions(false, false, 1, false));
  }

  /**
   * Builds into {@code out}, redoing only what changed: when no input file changed since the last
   * build and its outputs are all there, nothing is read beyond the inputs' bytes and nothing is
   * written; otherwise everything is checked, and a chart whose own inputs are unchanged keeps its
   * files. Outputs are written atomically, the manifest last, under a lock on the folder.
   *
   * @throws LockHeldException when another build holds the folder and options say not to wait
   */
  public BuildReport build(Path out, BuildOptions options) throws IOException {
    try (OutputLock lock = OutputLock.acquire(out, options.waitForLock())) {
      OutputWriter.removeLeftovers(out);
      Map<String, String> inputs = InputFiles.hash(project);
      Manifest.Previous previous = options.force() ? null : Manifest.read(out);
      String shard = options.shard().whole() ? null : options.shard().toString();
      // Nothing to do only when the same part was built from the same inputs and everything it
      // lists is there; a whole build also needs its workbook and gallery (a merged folder lacks them).
      if (previous != null && previous.tool().equals(TOOL) && previous.inputs().equals(inputs)
          && java.util.Objects.equals(previous.shard(), shard) && allPresent(out, previous.outputs())
          && (shard != null || previous.outputs().stream().anyMatch(e -> e.chart() == null))) {
        return unchanged(out, previous);
      }
      return buildChanged(out, options, inputs, previous);
    }
  }

  private BuildReport buildChanged(Path out, BuildOptions options, Map<String, String> inputs,
      Manifest.Previous previous) throws IOException {
    Checked checked = check();
    Set<String> failing = checked.story() == null ? null : failingCharts(checked, options.strict());
    List<String> ids = checked.specs().stream().map(ChartSpec::id).sorted().toList();
    if (failing != null) {
      failing.removeIf(id -> !options.shard().owns(ids.indexOf(id)));
    }
    List<ChartModel> drawable = failing == null ? List.of()
        : checked.models().stream().filter(m -> !failing.contains(m.frame().id()))
            .filter(m -> options.shard().owns(ids.indexOf(m.frame().id()))).toList();
    if (checked.failed(options.strict()) && drawable.isEmpty()) {
      return new BuildReport(List.of(), List.of(), checked.diagnostics(), List.of());
    }
    Map<String, ChartSpec> specs = new LinkedHashMap<>();
    checked.specs().forEach(s -> specs.put(s.id(), s));
    Map<String, String> keys = new LinkedHashMap<>();
    for (ChartModel m : drawable) {
      keys.put(m.frame().id(), chartKey(specs.get(m.frame().id()), inputs));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    List<ChartResult> results = new ArrayList<>(render(out, drawable, keys, previous, options, diagnostics));

    List<Output> outputs = new ArrayList<>();
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    List<ChartModel> drawn = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ChartResult r = results.get(i);
      if (r.status() == ChartResult.Status.FAILED) {
        keys.remove(r.id());
        continue;
      }
      drawn.add(drawable.get(i));
      outputs.addAll(r.outputs());
      r.outputs().stream().filter(o -> o.path().equals("png/" + r.id() + ".png")).forEach(o -> pngs.put(r.id(), o.bytes()));
    }
    // A chart whose input has errors is not drawn: its previous files stay as they were.
    for (String id : failing) {
      List<Output> kept = previous == null ? null : kept(out, id, previous.outputs());
      results.add(new ChartResult(id, ChartResult.Status.FAILED, kept == null ? List.of() : kept, 0));
      if (kept != null) {
        outputs.addAll(kept);
      }
    }
    results.sort(java.util.Comparator.comparing(ChartResult::id));
    boolean partial = results.stream().anyMatch(r -> r.status() == ChartResult.Status.FAILED);
    Story story = checked.story();
    if (!options.shard().whole()) {
      return writeShard(out, options.shard(), story, inputs, keys, results, outputs, diagnostics);
    }
    String workbook = story.name() + ".xlsx";
    // The workbook and gallery are made from everything: with a part failing, a previous one is
    // kept rather than overwritten by a lesser one.
    outputs.add(keptOr(out, partial, new Output(workbook, "xlsx", null, null),
        () -> WorkbookWriter.write(story, drawn, pngs, Theme.house(), buildInfo(checked))));
    // (The workbook's sheets are white, so its native charts use the house colours.)
    List<Output> sofar = List.copyOf(outputs);
    outputs.add(keptOr(out, partial, new Output("index.html", "html", null, null),
        () -> GalleryWriter.write(story, drawn, sofar, workbook, diagnostics, checked.silenced())));
    OutputWriter writer = new OutputWriter(out);
    List<String> written = new ArrayList<>();
    for (Output o : outputs) {
      if (writer.writeIfChanged(o.path(), o.bytes())) {
        written.add(o.path());
      }
    }
    // With a chart failed, the manifest records no inputs: the next build checks everything again,
    // and the failed chart, having no key, is redone.
    if (writer.writeIfChanged(Manifest.PATH, Manifest.of(TOOL, story.name(), null, partial ? Map.of() : inputs, keys,
        outputs))) {
      written.add(Manifest.PATH);
    }
    return new BuildReport(results, List.copyOf(outputs), List.copyOf(diagnostics), List.copyOf(written));
  }

  /** A part of a sharded build: its charts' files and a manifest saying which part it is. */
  private static BuildReport writeShard(Path out, BuildOptions.Shard shard, Story story, Map<String, String> inputs,
      Map<String, String> keys, List<ChartResult> results, List<Output> outputs, List<Diagnostic> diagnostics)
      throws IOException {
    OutputWriter writer = new OutputWriter(out);
    List<String> written = new ArrayList<>();
    for (Output o : outputs) {
      if (writer.writeIfChanged(o.path(), o.bytes())) {
        written.add(o.path());
      }
    }
    boolean partial = results.stream().anyMatch(r -> r.status() == ChartResult.Status.FAILED);
    if (writer.writeIfChanged(Manifest.PATH, Manifest.of(TOOL, story.name(), shard.toString(),
        partial ? Map.of() : inputs, keys, outputs))) {
      written.add(Manifest.PATH);
    }
    return new BuildReport(results, List.copyOf(outputs), List.copyOf(diagnostics), List.copyOf(written));
  }

  /** Something that makes bytes and may fail with an I/O error. */
  private interface Maker {
    byte[] make() throws IOException;
  }

  /** The file as it is, when the build is partial and it exists; otherwise made anew. */
  private static Output keptOr(Path out, boolean partial, Output what, Maker maker) throws IOException {
    Path file = out.resolve(what.path());
    byte[] bytes = partial && Files.isRegularFile(file) ? Files.readAllBytes(file) : maker.make();
    return new Output(what.path(), what.format(), what.chart(), bytes);
  }

  /**
   * The charts an error (or, when strict, a warning) belongs to: its spec's, or those reading a
   * dataset that failed or whose citations fail. Null when a problem belongs to no chart (the
   * data package itself), which stops the whole build.
   */
  private static Set<String> failingCharts(Checked c, boolean strict) {
    Map<String, String> datasetByPath = new LinkedHashMap<>();
    c.story().datasets().forEach(d -> datasetByPath.put(d.path(), d.name()));
    Set<String> failing = new TreeSet<>();
    List<String> badDatasets = new ArrayList<>(c.failedDatasets());
    for (Diagnostic d : c.diagnostics()) {
      if (!strict && d.severity() != Severity.ERROR) {
        continue;
      }
      String file = d.file();
      if (file != null && file.startsWith("charts/") && file.endsWith(".yaml")) {
        failing.add(file.substring("charts/".length(), file.length() - ".yaml".length()));
      } else if (file != null && datasetByPath.containsKey(file)) {
        badDatasets.add(datasetByPath.get(file));
      } else if (file == null || !file.startsWith("datasets/") || file.equals(StoryLoader.DESCRIPTOR)) {
        return null;
      }
      // Any other file under datasets/ is a dataset that failed to load: in failedDatasets.
    }
    for (ChartSpec spec : c.specs()) {
      if (readsAny(spec, badDatasets)) {
        failing.add(spec.id());
      }
    }
    return failing;
  }

  /** Renders the charts whose key changed, on up to {@code jobs} threads; results in chart order. */
  private static List<ChartResult> render(Path out, List<ChartModel> models, Map<String, String> keys,
      Manifest.Previous previous, BuildOptions options, List<Diagnostic> diagnostics) throws IOException {
    int jobs = options.jobs();
    List<ChartResult> results = new ArrayList<>();
    List<Callable<ChartResult>> tasks = new ArrayList<>();
    for (ChartModel m : models) {
      String id = m.frame().id();
      List<Output> kept = previous == null || !keys.get(id).equals(previous.chartKeys().get(id))
          ? null : kept(out, id, previous.outputs());
      if (kept != null) {
        results.add(new ChartResult(id, ChartResult.Status.UNCHANGED, kept, 0));
        options.progress().accept(results.get(results.size() - 1));
      } else {
        results.add(null);
        tasks.add(() -> {
          ChartResult r = renderOne(m);
          options.progress().accept(r);
          return r;
        });
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, Math.max(1, tasks.size()))));
    try {
      List<Future<ChartResult>> done = pool.invokeAll(tasks);
      int t = 0;
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) != null) {
          continue;
        }
        String id = models.get(i).frame().id();
        try {
          results.set(i, done.get(t++).get());
        } catch (ExecutionException e) {
          // One chart failing does not stop the others: it is reported and left out.
          diagnostics.add(Message.CHART_FAILED.error("charts/" + id + ".yaml", 0, 0, null, Message.quote(id),
              String.valueOf(e.getCause())));
          results.set(i, new ChartResult(id, ChartResult.Status.FAILED, List.of(), 0));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private static ChartResult renderOne(ChartModel model) {
    long start = System.nanoTime();
    String id = model.frame().id();
    JFreeChart chart = ChartRenderer.render(model, Theme.named(model.frame().theme()));
    int w = model.frame().width();
    int h = model.frame().height();
    String alt = model.altText();
    String title = model.frame().title();
    List<Output> outputs = new ArrayList<>();
    outputs.add(new Output("png/" + id + ".png", "png", id, PngExporter.export(chart, w, h, 1, alt)));
    outputs.add(new Output("png/" + id + "@2x.png", "png", id, PngExporter.export(chart, w, h, 2, alt)));
    outputs.add(new Output("png/" + id + ".txt", "txt", id, (alt + "\n").getBytes(StandardCharsets.UTF_8)));
    outputs.add(new Output("svg/" + id + ".svg", "svg", id, SvgExporter.export(chart, id, w, h, title, alt)));
    outputs.add(new Output("pdf/" + id + ".pdf", "pdf", id, PdfExporter.export(chart, w, h, title)));
    for (String name : model.frame().sizes()) {
      outputs.addAll(presetOutputs(chart, model, SizePreset.named(name)));
    }
    return new ChartResult(id, ChartResult.Status.BUILT, List.copyOf(outputs), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * What a chart is made from, as one hash: the tool (and so its fonts, themes and locales), the spec,
   * the project's settings and the command line's, and the bytes of the data package, the datasets
   * and source texts it reads.
   */
  private String chartKey(ChartSpec spec, Map<String, String> inputs) {
    StringBuilder sb = new StringBuilder(TOOL).append('\n').append(inputs.get(spec.file())).append('\n')
        .append(inputs.get(StoryLoader.DESCRIPTOR)).append('\n').append(inputs.get(ProjectSettings.FILE))
        .append('\n').append(override);
    for (String data : new String[] {spec.data(), spec.marks() == null ? null : spec.marks().data()}) {
      if (data != null) {
        inputs.forEach((path, hash) -> {
          if (path.equals("datasets/" + data + ".csv")) {
            sb.append('\n').append(hash);
          }
        });
      }
    }
    inputs.forEach((path, hash) -> {
      if (path.startsWith("datasets/sources/")) {
        sb.append('\n').append(hash);
      }
    });
    return StoryLoader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The chart's previous files, read back, when every one is there unchanged; else null. */
  private static List<Output> kept(Path out, String id, List<Manifest.Entry> entries) throws IOException {
    List<Output> kept = new ArrayList<>();
    for (Manifest.Entry e : entries) {
      if (!id.equals(e.chart())) {
        continue;
      }
      Path file = out.resolve(e.path());
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (!StoryLoader.sha256(bytes).equals(e.sha256())) {
        return null;
      }
      kept.add(new Output(e.path(), e.format(), e.chart(), bytes));
    }
    return kept.isEmpty() ? null : kept;
  }

  private static boolean allPresent(Path out, List<Manifest.Entry> entries) {
    for (Manifest.Entry e : entries) {
      try {
        Path file = out.resolve(e.path());
        if (!Files.isRegularFile(file) || Files.size(file) != e.bytes()) {
          return false;
        }
      } catch (IOException ex) {
        return false;
      }
    }
    return !entries.isEmpty();
  }

  /** Nothing changed: report every chart as unchanged from the manifest alone. */
  private static BuildReport unchanged(Path out, Manifest.Previous previous) {
    List<ChartResult> results = new ArrayList<>();
    for (String id : previous.chartKeys().keySet()) {
      List<Output> files = previous.outputs().stream().filter(e -> id.equals(e.chart()))
          .map(e -> new Output(e.path(), e.format(), e.chart(), new byte[0])).toList();
      results.add(new ChartResult(id, ChartResult.Status.UNCHANGED, files, 0));
    }
    List<Output> all = previous.outputs().stream()
        .map(e -> new Output(e.path(), e.format(), e.chart(), new byte[0])).toList();
    return new BuildReport(results, all, List.of(), List.of());
  }

  private static BuildInfo buildInfo(Checked checked) {
    return new BuildInfo(TOOL, new TreeMap<>(checked.inputs()),
        checked.diagnostics().stream().map(Diagnostic::format).toList(), checked.silenced());
  }

  /** The chart laid out again for a size preset: PNG (1x and 2x, or at print dpi), SVG and PDF. */
  private static List<Output> presetOutputs(JFreeChart chart, ChartModel model, SizePreset p) {
    String id = model.frame().id();
    String alt = model.altText();
    String dir = "/" + p.name() + "/";
    double lw = p.layoutWidth();
    double lh = p.layoutHeight();
    List<Output> out = new ArrayList<>();
    out.add(new Output("png" + dir + id + ".png", "png", id,
        PngExporter.export(chart, lw, lh, p.pixelWidth(), p.pixelHeight(), alt)));
    if (!p.print()) {
      out.add(new Output("png" + dir + id + "@2x.png", "png", id,
          PngExporter.export(chart, lw, lh, 2 * p.pixelWidth(), 2 * p.pixelHeight(), alt)));
    }
    String title = model.frame().title();
    out.add(new Output("svg" + dir + id + ".svg", "svg", id,
        SvgExporter.export(chart, id, lw, lh, p.width(), p.height(), title, alt)));
    out.add(new Output("pdf" + dir + id + ".pdf", "pdf", id, PdfExporter.export(chart, lw, lh, p.width(), p.height(), title)));
    return out;
  }

  private List<Path> specFiles(List<Diagnostic> diagnostics) {
    Path charts = project.resolve("charts");
    try (Stream<Path> files = Files.list(charts)) {
      List<Path> specs = files
          .filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
          .sorted()
          .toList();
      if (specs.isEmpty()) {
        diagnostics.add(Message.NO_CHARTS.error("charts", 0, 0, "add a file such as charts/my-chart.yaml", "charts/"));
      }
      return specs;
    } catch (IOException e) {
      diagnostics.add(Message.NO_CHARTS.error("charts", 0, 0, "add a file such as charts/my-chart.yaml", "charts/"));
      return List.of();
    }
  }

  /**
   * The result of checking: the story, the specs and bound charts, every diagnostic, and the lint
   * rules specs silenced (with their reasons, for the outputs to show).
   */
  public record Checked(Story story, List<ChartSpec> specs, List<ChartModel> models, List<Diagnostic> diagnostics,
      List<SilencedRule> silenced, Map<String, String> inputs, List<String> failedDatasets) {
    public boolean hasErrors() {
      return failed(false);
    }

    /** True when there is an error, or, when strict, any diagnostic at all. */
    public boolean failed(boolean strict) {
      return diagnostics.stream().anyMatch(d -> strict || d.severity() == Severity.ERROR);
    }
  }
}
