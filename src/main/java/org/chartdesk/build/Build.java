package org.chartdesk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.chartdesk.check.CitationCheck;
import org.chartdesk.check.Lint;
import org.chartdesk.check.LintResult;
import org.chartdesk.check.FittedHeight;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.check.SilencedRule;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.OutOfMemory;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.export.DrawnText;
import org.chartdesk.export.PdfExporter;
import org.chartdesk.export.PngExporter;
import org.chartdesk.export.SvgExporter;
import org.chartdesk.gallery.GalleryWriter;
import org.chartdesk.io.FileBytes;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.SplitBinder;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookLimits;
import org.chartdesk.workbook.WorkbookWriter;
import org.jfree.chart.JFreeChart;

/**
 * The pipeline: load the story and every spec, check everything, and only when the input is clean
 * render the charts, write the workbook and, last, the manifest. Bad input writes nothing, so the
 * previous good outputs survive.
 */
public final class Build {
  public static final String TOOL = Version.TOOL;
  private static final long MAX_SPEC_BYTES = 256 * 1024;

  private final Path project;
  private final ProjectSettings override;
  /** The command line's and environment's settings, as the manifest records them. */
  private final String commandLine;

  public Build(Path project) {
    this(project, ProjectSettings.NONE);
  }

  /** @param override house settings from the command line, over every spec's and the project's */
  public Build(Path project, ProjectSettings override) {
    this.project = project;
    this.override = override;
    this.commandLine = commandLine(override);
  }

  /**
   * Loads and binds everything, collecting every diagnostic of the run in one pass: spec files are
   * checked even when the data cannot be loaded, so one run shows all that is wrong.
   */
  public Checked check() {
    Diagnostic noProject = noProject();
    if (noProject != null) {
      return new Checked(null, List.of(), List.of(), List.of(noProject), List.of(), Map.of(), Map.of(), Map.of(),
          page(ProjectSettings.NONE));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Story story = null;
    Map<String, String> failedDatasets = Map.of();
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
    Map<String, String> rows = new TreeMap<>();
    Map<String, String> inputs = new TreeMap<>();
    if (story != null) {
      hashInput(inputs, StoryLoader.DESCRIPTOR);
      story.datasets().forEach(d -> inputs.put(d.path(), d.sha256()));
      story.sources().stream().filter(s -> s.text() != null).forEach(s -> hashInput(inputs, "datasets/" + s.text()));
    }
    ProjectSettings settings = settings(inputs, diagnostics);
    List<Path> specFiles = specFiles(diagnostics);
    // Specs whose ids differ only in case all fail, not all but the first: built, the first's
    // files would stand beside the other's from an earlier build, one file on macOS and Windows.
    Map<String, List<String>> byLowerCase = new TreeMap<>();
    for (Path specFile : specFiles) {
      String name = specFile.getFileName().toString();
      byLowerCase.computeIfAbsent(name.substring(0, name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT),
          k -> new ArrayList<>()).add(name);
    }
    // Each spec loaded and bound on the threads of the pool this runs in (a build's --jobs), then
    // gathered in the files' order: the same messages and charts whatever the threads.
    Story loadedStory = story;
    Set<String> failed = failedDatasets.keySet();
    List<SpecOutcome> outcomes = specFiles.parallelStream()
        .map(f -> checkSpec(f, byLowerCase, loadedStory, failed, settings)).toList();
    for (SpecOutcome o : outcomes) {
      // A problem found alike twice is said once.
      o.diagnostics().stream().filter(d -> !diagnostics.contains(d)).forEach(diagnostics::add);
      if (o.hash() != null) {
        inputs.put(o.shown(), o.hash());
      }
      if (o.spec() != null) {
        specs.add(o.spec());
      }
      for (SplitBinder.Bound b : o.bound()) {
        models.add(b.model());
        if (b.rows() != null) {
          rows.put(b.model().frame().id(), b.rows());
        }
      }
    }
    diagnostics.addAll(takenIds(specs, models));
    NewsLocale page = page(settings);
    List<SilencedRule> silenced = List.of();
    if (story != null) {
      diagnostics.addAll(CitationCheck.check(story, project));
      Map<String, Map<String, String>> ignores = new LinkedHashMap<>();
      specs.forEach(s -> ignores.put(s.id(), s.silenced()));
      LintResult lint = Lint.run(models, story, Theme.house(), ignores);
      diagnostics.addAll(lint.diagnostics());
      silenced = lint.silenced();
      diagnostics.addAll(WorkbookLimits.check(story, models, page));
    }
    return new Checked(story, List.copyOf(specs), List.copyOf(models), List.copyOf(diagnostics), silenced,
        Map.copyOf(inputs), Map.copyOf(failedDatasets), Map.copyOf(rows), page);
  }

  /** What one spec file gave: its hash once read, the spec once loaded, its charts once bound. */
  /** The spec's charts, each as tall as its rows need where the spec sets no height ({@link FittedHeight}). */
  private static List<SplitBinder.Bound> fitted(ChartSpec spec, List<SplitBinder.Bound> bound) {
    return spec.heightGiven() ? bound
        : bound.stream().map(b -> new SplitBinder.Bound(FittedHeight.of(b.model()), b.rows())).toList();
  }

  private record SpecOutcome(String shown, String hash, ChartSpec spec, List<SplitBinder.Bound> bound,
      List<Diagnostic> diagnostics) {
    static SpecOutcome failed(String shown, String hash, Diagnostic... diagnostics) {
      return new SpecOutcome(shown, hash, null, List.of(), List.of(diagnostics));
    }
  }

  /**
   * Loads and binds one spec file: its name checked first (ids differing only in case, from
   * {@code byLowerCase}, all fail), then its bytes, then its charts over the story's data.
   */
  private SpecOutcome checkSpec(Path specFile, Map<String, List<String>> byLowerCase, Story story,
      Set<String> failedDatasets, ProjectSettings settings) {
    String name = specFile.getFileName().toString();
    String id = name.substring(0, name.lastIndexOf('.'));
    String shown = "charts/" + name;
    // The id names the chart's files, its sheet and its manifest entries on every machine.
    if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      String better = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
      return SpecOutcome.failed(shown, null, Message.SPEC_FILE_NAME.error(shown, 0, 0,
          "name it with letters, digits, hyphens and underscores" + (better.isEmpty() ? "" : ": " + better + ".yaml"),
          Message.quote(name)));
    }
    List<String> same = byLowerCase.get(id.toLowerCase(java.util.Locale.ROOT));
    if (same.size() > 1) {
      String other = same.get(same.get(0).equals(name) ? 1 : 0);
      return SpecOutcome.failed(shown, null, Message.SPEC_IDS_CASE.error(shown, 0, 0, "rename one of them",
          Message.quote("charts/" + other), Message.quote(shown)));
    }
    String hash = null;
    try {
      long size = Files.size(specFile);
      if (size > MAX_SPEC_BYTES) {
        return SpecOutcome.failed(shown, null, Message.SPEC_TOO_LARGE.error(shown, 0, 0,
            "a chart spec is a few lines; is this the right file?", size, MAX_SPEC_BYTES));
      }
      byte[] bytes = Files.readAllBytes(specFile);
      hash = StoryLoader.sha256(bytes);
      ChartSpec spec = SpecLoader.load(id, shown, bytes);
      // A chart over a dataset that failed to load is not bound: the dataset's errors say why.
      if (story == null || readsAny(spec, failedDatasets)) {
        return new SpecOutcome(shown, hash, spec, List.of(), List.of());
      }
      try {
        return new SpecOutcome(shown, hash, spec, fitted(spec, SplitBinder.bind(story, spec, settings, override)),
            List.of());
      } catch (InputException e) {
        // A row this chart cannot place is its error, said at the row's cell: the other charts
        // over the dataset are drawn (a table shows the row as it is).
        return new SpecOutcome(shown, hash, spec, List.of(), e.diagnostics().stream()
            .map(d -> d.chart() == null && !shown.equals(d.file()) ? d.inChart(id) : d).toList());
      }
    } catch (InputException e) {
      return new SpecOutcome(shown, hash, null, List.of(), e.diagnostics());
    } catch (IOException e) {
      return SpecOutcome.failed(shown, hash, Message.FILE_UNREADABLE.error(shown, 0, 0, null, shown,
          FileBytes.reason(e)));
    }
  }

  /** The error of a project folder that is not there (or is a file), or null when it is a folder. */
  private Diagnostic noProject() {
    if (Files.isDirectory(project)) {
      return null;
    }
    String shown = project.toAbsolutePath().normalize().toString().replace('\\', '/');
    return Message.NO_PROJECT.error(shown, 0, 0,
        "pass --project with the folder that holds datasets/ and charts/, or run chartdesk in it", shown,
        Files.exists(project) ? "is a file, not a folder" : "does not exist");
  }

  /** The locale of the gallery's and the workbook's own words: the command line's, else the project's. */
  private NewsLocale page(ProjectSettings settings) {
    return NewsLocale.named(ProjectSettings.first(override.locale(), settings.locale(), NewsLocale.DEFAULT));
  }

  /**
   * The checks of {@code check} with the text of every chart as drawn too (CD110 as drawn), which
   * a build finds while drawing: each chart is drawn on its own canvas and each size's, without
   * encoding anything. Only the charts a build would draw: one already refused (a table of a
   * million rows, too tall for any canvas) was drawn here for minutes, to say no more.
   */
  public Checked checkDrawn(Checked c) {
    List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
    Set<String> failing = failingSpecs(c, false);
    if (failing != null) {
      c.models().parallelStream().filter(m -> !failing.contains(m.frame().spec()))
          .filter(m -> !c.silences(m.frame().spec(), "CD110")).map(m -> {
            Theme theme = Theme.named(m.frame().theme());
            JFreeChart chart = ChartRenderer.render(m, theme);
            Frame f = m.frame();
            List<Diagnostic> found = new ArrayList<>(
                DrawnTextCheck.findings(m, null, f.width(), f.height(), DrawnText.of(chart, f.width(), f.height())));
            for (String name : f.sizes()) {
              SizePreset p = PresetLayout.of(SizePreset.named(name), m, theme);
              found.addAll(DrawnTextCheck.findings(m, name, p.layoutWidth(), p.layoutHeight(),
                  DrawnText.of(chart, p.layoutWidth(), p.layoutHeight())));
            }
            return found;
          }).toList().forEach(diagnostics::addAll);
    }
    return new Checked(c.story(), c.specs(), c.models(), List.copyOf(diagnostics), c.silenced(), c.inputs(),
        c.failedDatasets(), c.rows(), c.page());
  }

  /** A chart of a split spec must not take the id, and so the files, of another spec's chart. */
  private static List<Diagnostic> takenIds(List<ChartSpec> specs, List<ChartModel> models) {
    Set<String> specIds = new TreeSet<>();
    specs.forEach(s -> specIds.add(s.id()));
    return models.stream().filter(m -> m.frame().template() != null && specIds.contains(m.frame().id()))
        .map(m -> Message.SPLIT_ID_TAKEN.error(m.frame().file(), 0, 0,
            "rename one of the specs, or the value", m.frame().id(), "charts/" + m.frame().id() + ".yaml"))
        .toList();
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
      ProjectSettings settings = SpecLoader.settings(ProjectSettings.FILE, bytes, project);
      if (settings.logo() != null) {
        // The logo is an input every chart is made from, like the settings file itself.
        hashInput(inputs, project.relativize(Path.of(settings.logo())).toString().replace('\\', '/'));
      }
      return settings;
    } catch (InputException e) {
      diagnostics.addAll(e.diagnostics());
    } catch (IOException e) {
      diagnostics.add(Message.FILE_UNREADABLE.error(ProjectSettings.FILE, 0, 0, null, ProjectSettings.FILE,
          FileBytes.reason(e)));
    }
    return ProjectSettings.NONE;
  }

  private static boolean readsAny(ChartSpec spec, Collection<String> datasets) {
    return spec.datasetsRead().stream().anyMatch(datasets::contains);
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
    Diagnostic noProject = noProject();
    if (noProject != null) {
      // A mistyped --project in a cron line makes no output folder under it.
      return new BuildReport(List.of(), List.of(), List.of(noProject), List.of(), List.of());
    }
    OutputLock held;
    try {
      held = OutputLock.acquire(out, options.waitForLock());
    } catch (LockHeldException e) {
      throw e;
    } catch (IOException e) {
      // A folder that cannot be made or written: nothing can be built, and the user is told why.
      return new BuildReport(List.of(), List.of(), List.of(WriteFailure.of(WriteFailure.shown(project, out) + "/", e,
          project)), List.of(), List.of());
    }
    try (OutputLock lock = held) {
      OutputWriter.removeLeftovers(out);
      Manifest.Previous previous = Manifest.read(out);
      // A part into the folder of a whole build (a published one, perhaps) would leave a part of it.
      if (!options.shard().whole() && previous != null && previous.shard() == null) {
        String shown = WriteFailure.shown(project, out) + "/";
        return new BuildReport(List.of(), List.of(), List.of(Message.SHARD_INTO_WHOLE.error(shown, 0, 0,
            "build each part into a folder of its own and merge them (docs/scaling.md), or remove the folder first",
            shown, options.shard())), List.of(), List.of());
      }
      // Hashed first only when the files may be those of the last build: otherwise the files a
      // build loads are hashed as they are loaded (a million-row CSV once, not twice).
      boolean mayBeUnchanged = !options.force() && previous != null && previous.tool().equals(TOOL);
      Map<String, String> inputs = mayBeUnchanged ? InputFiles.hash(project, unread(previous.inputs())) : null;
      String shard = options.shard().whole() ? null : options.shard().toString();
      // Nothing to do only when the same part was built in the same formats from the same inputs
      // and everything it lists is there; a whole build of every format also needs its workbook and
      // gallery (a merged folder lacks them).
      if (mayBeUnchanged && previous.inputs().equals(inputs) && previous.settings().equals(commandLine)
          && previous.warnings() == 0 && java.util.Objects.equals(previous.shard(), shard)
          && java.util.Objects.equals(previous.formats(), formats(options)) && allPresent(out, previous.outputs())
          && (shard != null || !options.allFormats()
              || previous.outputs().stream().anyMatch(e -> e.chart() == null))) {
        return unchanged(previous, options.progress());
      }
      return buildChanged(out, options, inputs, previous);
    }
  }

  /**
   * The files the last build read outside datasets/ and charts/ (the logo), each to be hashed
   * afresh: their names, with no hash known yet.
   */
  private static Map<String, String> unread(Map<String, String> previous) {
    Map<String, String> names = new java.util.HashMap<>();
    previous.keySet().stream().filter(p -> !p.startsWith("datasets/") && !p.startsWith("charts/"))
        .forEach(p -> names.put(p, null));
    return names;
  }

  /** @param hashed the hashes of the input files, or null when they are to be taken from the check */
  private BuildReport buildChanged(Path out, BuildOptions options, Map<String, String> hashed,
      Manifest.Previous previous) throws IOException {
    // A fork-join pool, because the parallel work of the check and inside a chart (PNG deflate)
    // then runs on the same threads rather than on the common pool: --jobs N means N threads at
    // work, as make -j. As many even for fewer charts: the workbook's steps and a chart's deflate
    // use them too (a build of one chart took 2.10 s with one thread, 1.92 s with two, medians of
    // four).
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.jobs()));
    try {
      return checkAndDraw(out, options, hashed, previous, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The project read and checked on the pool, its failure thrown as it was. */
  private Checked checked(ForkJoinPool pool) throws IOException {
    try {
      return PoolWait.result(pool, pool.submit(this::check), "reading the project");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private BuildReport checkAndDraw(Path out, BuildOptions options, Map<String, String> hashed,
      Manifest.Previous previous, ForkJoinPool pool) throws IOException {
    Checked checked = checked(pool);
    // What the check read is what the outputs are made from: its hashes first, then those hashed
    // before it (a logo the settings name only now is among the first).
    Map<String, String> known = new java.util.HashMap<>(hashed != null ? hashed : Map.of());
    known.putAll(checked.inputs());
    Map<String, String> inputs = InputFiles.hash(project, known);
    Set<String> failing = checked.story() == null ? null : failingSpecs(checked, options.strict());
    // The parts of a sharded build go by chart, a split spec's charts each on their own.
    List<String> ids = checked.chartIds();
    if (failing != null) {
      failing.removeIf(spec -> checked.chartsOf(spec).stream().noneMatch(id -> options.shard().owns(ids.indexOf(id))));
    }
    List<ChartModel> drawable = failing == null ? List.of()
        : checked.models().stream().filter(m -> !failing.contains(m.frame().spec()))
            .filter(m -> options.shard().owns(ids.indexOf(m.frame().id()))).toList();
    if (checked.failed(options.strict()) && drawable.isEmpty()) {
      return new BuildReport(List.of(), List.of(), checked.diagnostics(), List.of(), List.of());
    }
    options.progress().charts(drawable.size());
    Map<String, ChartSpec> specs = new LinkedHashMap<>();
    checked.specs().forEach(s -> specs.put(s.id(), s));
    Map<String, String> keys = new LinkedHashMap<>();
    for (ChartModel m : drawable) {
      String id = m.frame().id();
      keys.put(id, chartKey(specs.get(m.frame().spec()), inputs, checked.rows().get(id), formats(options)));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    java.util.Optional<Diagnostic> another = anotherStory(out, previous, checked.story())
        .or(() -> anotherPart(out, previous, options.shard()));
    unreadableManifest(out, previous).ifPresent(diagnostics::add);
    if (another.isPresent() && options.strict()) {
      // Strict, the warning is an error: the other build's files are left as they are.
      diagnostics.add(another.get().asError());
      return new BuildReport(List.of(), List.of(), diagnostics, List.of(), List.of());
    }
    another.ifPresent(diagnostics::add);
    // A part draws no workbook, which needs every chart; with inputs failing, the workbook is
    // written after the charts, from those drawn, if at all.
    WorkbookPipeline pipeline = options.shard().whole() && options.formats().contains(Format.XLSX)
        && failing != null && failing.isEmpty() && !anyDatasetFails(checked, options.strict())
        ? new WorkbookPipeline(pool, checked.story(), drawable, buildInfo(checked), checked.page()) : null;
    try {
      return drawAndCommit(out, options, inputs, previous, checked, failing, drawable, keys, diagnostics, pool,
          pipeline);
    } finally {
      if (pipeline != null) {
        pipeline.end();
      }
    }
  }

  /**
   * A folder that held another project's build: two nightly jobs given one --out replaced each
   * other's published charts every night, saying only "removed" for each file.
   */
  private java.util.Optional<Diagnostic> anotherStory(Path out, Manifest.Previous previous, Story story) {
    String before = previous == null ? null : previous.story();
    if (before == null || story == null || before.equals(story.name())) {
      return java.util.Optional.empty();
    }
    String shown = WriteFailure.shown(project, out) + "/";
    return java.util.Optional.of(Message.OUT_OF_ANOTHER_STORY.warning(shown, 0, 0,
        "build each project into a folder of its own (--out DIR)", shown, before, story.name()));
  }

  /**
   * A manifest there but not readable (edited by hand, cut short by a full disk): the build starts
   * over, which a nightly log should say, and the files it listed are no longer known to be ours.
   */
  private java.util.Optional<Diagnostic> unreadableManifest(Path out, Manifest.Previous previous) {
    if (previous != null || !Files.isRegularFile(out.resolve(Manifest.PATH))) {
      return java.util.Optional.empty();
    }
    String shown = WriteFailure.shown(project, out.resolve(Manifest.PATH));
    Manifest.Unreadable why = Manifest.unreadable(out);
    return java.util.Optional.ofNullable(why).map(w -> Message.MANIFEST_UNREADABLE.warning(shown, w.line(),
        w.column(), "this build writes it anew; to be rid of files no chart makes, build once into an empty folder",
        w.reason()));
  }

  /**
   * A folder that held another part of as many: parts run one after another on one machine,
   * given one --out, left the last part alone to merge, each saying only "removed" for the charts
   * of the one before. A part of another number is the matrix resized, and replaces it quietly.
   */
  private java.util.Optional<Diagnostic> anotherPart(Path out, Manifest.Previous previous, BuildOptions.Shard shard) {
    if (shard.whole() || previous == null || previous.shard() == null
        || previous.shard().equals(shard.toString()) || !previous.shard().endsWith("/" + shard.n())) {
      return java.util.Optional.empty();
    }
    String shown = WriteFailure.shown(project, out) + "/";
    return java.util.Optional.of(Message.SHARD_INTO_OTHER_PART.warning(shown, 0, 0,
        "build each part into a folder of its own and merge them (docs/scaling.md)", shown, previous.shard(), shard));
  }

  private BuildReport drawAndCommit(Path out, BuildOptions options, Map<String, String> inputs,
      Manifest.Previous previous, Checked checked, Set<String> failing, List<ChartModel> drawable,
      Map<String, String> keys, List<Diagnostic> diagnostics, ForkJoinPool pool, WorkbookPipeline pipeline)
      throws IOException {
    Story story = checked.story();
    String shard = options.shard().whole() ? null : options.shard().toString();
    ChartFiles files = new ChartFiles(new OutputWriter(out));
    List<ChartResult> results = new ArrayList<>(render(out, drawable, keys, options.force() ? null : previous,
        options, diagnostics, pool, files, m -> !checked.silences(m.frame().spec(), "CD110"), r -> {
          if (pipeline != null) {
            pipeline.drawn(r);
          }
        }, pipeline != null ? pipeline::imageChecked : (id, png) -> {}));

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
      r.outputs().stream().filter(o -> o.path().equals(workbookImage(r.id())))
          .forEach(o -> pngs.put(r.id(), o.bytes()));
    }
    boolean partial = !failing.isEmpty() || anyDatasetFails(checked, options.strict())
        || results.stream().anyMatch(r -> r.status() == ChartResult.Status.FAILED);
    // A chart whose input has errors is not drawn: its previous files stay as they were, and so
    // do those of charts since removed, until a build without failures removes them.
    List<Output> kept = partial && previous != null ? carried(out, keys.keySet(), previous.outputs()) : List.of();
    outputs.addAll(kept);
    for (String spec : failing) {
      results.add(new ChartResult(spec, ChartResult.Status.FAILED,
          kept.stream().filter(o -> checked.isOf(o.chart(), spec)).toList(), 0));
    }
    results.sort(java.util.Comparator.comparing(ChartResult::id));
    // For the report, which gives each chart the diagnostics about it.
    results.replaceAll(r -> r.madeFrom(checked.filesOf(r.id())));
    if (pipeline != null && partial) {
      pipeline.end();
    }
    // A part draws no workbook or gallery, which need every chart.
    if (shard == null) {
      String workbook = story.name() + ".xlsx";
      // The gallery links the charts' files and names the workbook: it is made while the workbook's
      // last steps run on one thread, on a thread they leave free.
      List<Output> drawnFiles = List.copyOf(outputs);
      List<Diagnostic> said = List.copyOf(diagnostics);
      Maker gallery = () -> GalleryWriter.write(story, drawn, checked.specs().stream()
          .collect(java.util.stream.Collectors.toMap(ChartSpec::id, ChartSpec::datasetsRead)), drawnFiles, workbook,
          said, checked.silenced(), checked.page());
      boolean html = options.formats().contains(Format.HTML);
      ForkJoinTask<byte[]> galleryAhead = html && !partial ? pool.submit(gallery::make) : null;
      // The workbook and gallery are made from everything: with a part failing, a previous one is
      // kept rather than overwritten by a lesser one.
      try {
        if (options.formats().contains(Format.XLSX)) {
          outputs.add(keptOr(out, partial, new Output(workbook, "xlsx", null, null), partial || pipeline == null
              ? () -> WorkbookWriter.write(story, drawn, pngs, Theme.house(), buildInfo(checked), checked.page())
              : pipeline::bytes));
        }
      } catch (IOException e) {
        // Made through a temporary file: a full temporary folder fails the workbook alone.
        diagnostics.add(WriteFailure.temporary(WriteFailure.shown(project, out.resolve(workbook)), e));
        partial = true;
      }
      if (html) {
        // Made before the workbook was known to fail: then the last build's is kept, as for any part failing.
        outputs.add(keptOr(out, partial, new Output("index.html", "html", null, null),
            galleryAhead != null ? galleryAhead::join : gallery));
      }
    }
    return commit(out, results, outputs, diagnostics, files, partial, previous,
        (written, failed) -> pool.submit(() -> Manifest.of(TOOL, story.name(), shard, formats(options),
            // With a chart or a file failed, the manifest records no inputs: the next build checks
            // everything again, and the failed chart, having no key, is redone.
            failed ? Map.of() : inputs, keys, written, commandLine,
            diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count())).join());
  }

  /**
   * What outputs are made with besides the input files, as the manifest records it: the command
   * line's theme, locale and byline, and SOURCE_DATE_EPOCH (the date in PDFs and the workbook).
   * Any change redraws, as a changed input does; "" when there is none of them.
   */
  private static String commandLine(ProjectSettings override) {
    List<String> parts = new ArrayList<>();
    if (override.theme() != null) {
      parts.add("--theme " + override.theme());
    }
    if (override.locale() != null) {
      parts.add("--locale " + override.locale());
    }
    if (override.byline() != null) {
      parts.add("--byline " + override.byline());
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    // Blank is unset, the fixed date (BuildDate).
    if (epoch != null && !epoch.isBlank()) {
      parts.add("SOURCE_DATE_EPOCH=" + epoch);
    }
    return String.join(", ", parts);
  }

  /** The formats a build was asked for, as the manifest records them: null for all of them. */
  private static String formats(BuildOptions options) {
    return options.allFormats() ? null : Format.ids(options.formats());
  }

  /** Makes the manifest of the files a build wrote or kept; whether any failed to be written. */
  private interface ManifestMaker {
    byte[] make(List<Output> outputs, boolean failed);
  }

  /**
   * Writes the files that changed, those the charts did not write as they were drawn; when all is
   * well, removes those the previous build listed and this one does not make (a deleted spec's, a
   * split value gone from the data); then writes the manifest, last. A file that cannot be written
   * is an error naming it; the others are still written, and the manifest leaves it out.
   *
   * @param partial whether a chart failed, in which case no leftovers are removed
   */
  private BuildReport commit(Path out, List<ChartResult> results, List<Output> outputs,
      List<Diagnostic> diagnostics, ChartFiles files, boolean partial, Manifest.Previous previous,
      ManifestMaker manifest) throws IOException {
    OutputWriter writer = new OutputWriter(out);
    List<String> written = new ArrayList<>();
    List<Output> made = new ArrayList<>();
    for (Output o : outputs) {
      try {
        // A file without its bytes is in place: written as its chart was drawn, or found intact.
        if (files.has(o.path()) ? files.changed(o.path())
            : o.bytes() != null && writer.writeIfChanged(o.path(), o.bytes())) {
          written.add(o.path());
        }
        made.add(o);
      } catch (IOException e) {
        diagnostics.add(WriteFailure.of(WriteFailure.shown(project, out.resolve(o.path())), e, project));
      }
    }
    boolean failed = partial || made.size() < outputs.size();
    List<Output> removed = new ArrayList<>();
    Set<String> making = new java.util.HashSet<>();
    outputs.forEach(o -> making.add(o.path()));
    for (Manifest.Entry e : failed || previous == null ? List.<Manifest.Entry>of() : previous.outputs()) {
      try {
        if (!making.contains(e.path()) && writer.remove(e.path())) {
          removed.add(new Output(e.path(), e.format(), e.chart(), new byte[0]));
        }
      } catch (IOException x) {
        // Still there, so still listed, for the next build to remove: it stopped the build, said
        // as a fault of the temporary folder, with the manifest unwritten and the files before it removed.
        diagnostics.add(WriteFailure.removal(WriteFailure.shown(project, out.resolve(e.path())), x, project));
        made.add(new Output(e.path(), e.format(), e.chart(), null, e.bytes(), e.sha256()));
        failed = true;
      }
    }
    try {
      if (writer.writeIfChanged(Manifest.PATH, manifest.make(made, failed))) {
        written.add(Manifest.PATH);
      }
    } catch (IOException e) {
      diagnostics.add(WriteFailure.of(WriteFailure.shown(project, out.resolve(Manifest.PATH)), e, project));
    }
    return new BuildReport(results, List.copyOf(made), List.copyOf(diagnostics), List.copyOf(written),
        List.copyOf(removed));
  }

  /** Something that makes bytes and may fail with an I/O error. */
  private interface Maker {
    byte[] make() throws IOException;
  }

  /** The file as it is, when the build is partial and it exists; otherwise made anew. */
  private static Output keptOr(Path out, boolean partial, Output what, Maker maker) throws IOException {
    Path file = out.resolve(what.path());
    byte[] bytes = partial && Files.isRegularFile(file) ? FileBytes.read(file) : maker.make();
    return new Output(what.path(), what.format(), what.chart(), bytes);
  }

  /**
   * Whether a dataset failed to load or has an error (or, when strict, a warning), read by a chart
   * or not: the workbook and gallery, made from every dataset, are then kept as they were rather
   * than made again without it.
   */
  private static boolean anyDatasetFails(Checked c, boolean strict) {
    if (c.story() == null || !c.failedDatasets().isEmpty()) {
      return true;
    }
    Set<String> paths = new java.util.HashSet<>();
    c.story().datasets().forEach(d -> paths.add(d.path()));
    return c.diagnostics().stream().anyMatch(d -> (strict || d.severity() == Severity.ERROR) && paths.contains(d.file()));
  }

  /**
   * The specs an error (or, when strict, a warning) belongs to: its own, or those reading a
   * dataset that failed or whose citations fail; all the charts of a failing split spec fail.
   * Null when a problem belongs to no chart (the data package itself), which stops the whole build.
   */
  private static Set<String> failingSpecs(Checked c, boolean strict) {
    Map<String, String> datasetByPath = new LinkedHashMap<>();
    c.story().datasets().forEach(d -> datasetByPath.put(d.path(), d.name()));
    Set<String> failing = new TreeSet<>();
    List<String> badDatasets = new ArrayList<>(c.failedDatasets().keySet());
    for (Diagnostic d : c.diagnostics()) {
      if (!strict && d.severity() != Severity.ERROR) {
        continue;
      }
      String file = d.file();
      if (file != null && file.startsWith("charts/") && file.endsWith(".yaml")) {
        failing.add(file.substring("charts/".length(), file.length() - ".yaml".length()));
      } else if (file != null && datasetByPath.containsKey(file)) {
        String spec = d.chart() == null ? null : specOf(c.specs(), d.chart());
        if (spec != null) {
          failing.add(spec);
        } else {
          badDatasets.add(datasetByPath.get(file));
        }
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

  /** The id of the spec that makes a chart: its own, or a split spec's ({@code <spec>--<value>}). */
  private static String specOf(List<ChartSpec> specs, String chart) {
    String best = null;
    for (ChartSpec s : specs) {
      if (chart.equals(s.id())) {
        return s.id();
      }
      if (chart.startsWith(s.id() + "--") && (best == null || s.id().length() > best.length())) {
        best = s.id();
      }
    }
    return best;
  }

  /** Renders the charts whose key changed, on up to {@code jobs} threads; results in chart order. */
  private List<ChartResult> render(Path out, List<ChartModel> models, Map<String, String> keys,
      Manifest.Previous previous, BuildOptions options, List<Diagnostic> diagnostics, ForkJoinPool pool,
      ChartFiles files, Predicate<ChartModel> checksText, Consumer<ChartResult> drawn,
      BiConsumer<String, byte[]> imageChecked) throws IOException {
    List<ChartResult> results = new ArrayList<>();
    List<Callable<ChartResult>> tasks = new ArrayList<>();
    for (ChartModel m : models) {
      String id = m.frame().id();
      List<Output> kept = previous == null || !keys.get(id).equals(previous.chartKeys().get(id))
          ? null : kept(out, id, previous.outputs());
      if (kept != null) {
        results.add(new ChartResult(id, ChartResult.Status.UNCHANGED, kept, 0));
        options.progress().done(results.get(results.size() - 1));
        drawn.accept(results.get(results.size() - 1));
      } else {
        results.add(null);
        tasks.add(() -> {
          ChartResult r = files.write(renderOne(m, options.formats(), checksText.test(m), imageChecked));
          options.progress().done(r);
          drawn.accept(r);
          return r;
        });
      }
    }
    try {
      List<Future<ChartResult>> done = tasks.stream().<Future<ChartResult>>map(pool::submit).toList();
      int t = 0;
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) != null) {
          continue;
        }
        String id = models.get(i).frame().id();
        try {
          results.set(i, PoolWait.result(pool, done.get(t++), "drawing chart " + Message.quote(id)));
        } catch (ExecutionException e) {
          // One chart failing does not stop the others: it is reported and left out.
          ChartFiles.Failed failed = ChartFiles.Failed.in(e);
          InputException misfits = inputError(e);
          if (misfits != null) {
            diagnostics.addAll(misfits.diagnostics());
          } else if (failed != null) {
            diagnostics.add(WriteFailure.of(WriteFailure.shown(project, out.resolve(failed.path)),
                (IOException) failed.getCause(), project).inChart(id));
          } else if (OutOfMemory.cause(e)) {
            diagnostics.add(inItsChart(models.get(i), Message.CHART_OUT_OF_MEMORY.error(models.get(i).frame().file(),
                0, 0, Message.OUT_OF_MEMORY_HINT, Message.quote(id), Runtime.getRuntime().maxMemory() >> 20)));
          } else {
            diagnostics.add(inItsChart(models.get(i), Message.CHART_FAILED.error(models.get(i).frame().file(), 0, 0,
                null, Message.quote(id), String.valueOf(e.getCause()))));
          }
          results.set(i, new ChartResult(id, ChartResult.Status.FAILED, List.of(), 0));
          drawn.accept(results.get(i));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return results;
  }

  /** A diagnostic about a split spec's chart, said to be in it; one about a spec's only chart as it is. */
  private static Diagnostic inItsChart(ChartModel m, Diagnostic d) {
    return m.frame().id().equals(m.frame().spec()) ? d : d.inChart(m.frame().id());
  }

  /**
   * Draws a chart in every format and size asked for. Its text as drawn is checked on each canvas
   * (the 1x PNG's drawing notes it; without PNGs, a drawing of its own), unless the spec silences
   * CD110: a chart whose text runs off it or over other text fails with what was found. Its 1x PNG,
   * once checked, goes to {@code imageChecked} at once, for the workbook's sheet not to wait for
   * the SVG and PDF.
   */
  private static ChartResult renderOne(ChartModel model, Set<Format> formats, boolean checkText,
      BiConsumer<String, byte[]> imageChecked) throws InputException {
    long start = System.nanoTime();
    String id = model.frame().id();
    Theme theme = Theme.named(model.frame().theme());
    JFreeChart chart = ChartRenderer.render(model, theme);
    int w = model.frame().width();
    int h = model.frame().height();
    String alt = model.altText();
    String title = model.frame().title();
    String lang = model.frame().locale().language();
    List<Output> outputs = new ArrayList<>();
    List<Diagnostic> misfits = new ArrayList<>();
    List<DrawnText.Box> text = checkText ? new ArrayList<>() : null;
    byte[] png = null;
    if (formats.contains(Format.PNG)) {
      png = PngExporter.export(chart, w, h, w, h, alt, lang, text, 0);
      outputs.add(new Output(workbookImage(id), "png", id, png));
      outputs.add(new Output("png/" + id + "@2x.png", "png", id,
          PngExporter.export(chart, w, h, 2 * w, 2 * h, alt, lang, null, 0)));
      outputs.add(new Output("png/" + id + ".txt", "txt", id, (alt + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    if (checkText) {
      misfits.addAll(DrawnTextCheck.findings(model, null, w, h, drawnText(text, formats, chart, w, h)));
    }
    if (misfits.isEmpty() && png != null) {
      imageChecked.accept(id, png);
    }
    if (formats.contains(Format.SVG)) {
      outputs.add(new Output("svg/" + id + ".svg", "svg", id, SvgExporter.export(chart, id, w, h, title, alt, lang)));
    }
    if (formats.contains(Format.PDF)) {
      outputs.add(new Output("pdf/" + id + ".pdf", "pdf", id, PdfExporter.export(chart, w, h, title, lang)));
    }
    for (String name : model.frame().sizes()) {
      SizePreset p = PresetLayout.of(SizePreset.named(name), model, theme);
      List<DrawnText.Box> sized = checkText ? new ArrayList<>() : null;
      outputs.addAll(presetOutputs(chart, model, p, formats, sized));
      if (checkText) {
        misfits.addAll(DrawnTextCheck.findings(model, name, p.layoutWidth(), p.layoutHeight(),
            drawnText(sized, formats, chart, p.layoutWidth(), p.layoutHeight())));
      }
    }
    if (!misfits.isEmpty()) {
      throw new InputException(misfits);
    }
    return new ChartResult(id, ChartResult.Status.BUILT, List.copyOf(outputs), (System.nanoTime() - start) / 1_000_000);
  }

  /** The text a canvas's 1x PNG drawing noted or, with no PNG drawn, what a drawing for it alone notes. */
  private static List<DrawnText.Box> drawnText(List<DrawnText.Box> noted, Set<Format> formats, JFreeChart chart,
      double width, double height) {
    return formats.contains(Format.PNG) ? noted : DrawnText.of(chart, width, height);
  }

  /** The input error a chart's drawing failed with, through the pool's wrapping, or null for another failure. */
  private static InputException inputError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputException ie) {
        return ie;
      }
    }
    return null;
  }

  /**
   * What a chart is made from, as one hash: the tool (and so its fonts, themes and locales), the spec,
   * the project's settings (and logo) and the command line's, and the bytes of the data package, the
   * datasets and source texts it reads. A chart of a split spec reads only its value's rows: a change
   * to another value's rows leaves it as it is.
   *
   * @param rows the digest of a split chart's rows, or null for a spec's only chart
   * @param formats the formats asked for, null for all of them
   */
  private String chartKey(ChartSpec spec, Map<String, String> inputs, String rows, String formats) {
    StringBuilder sb = new StringBuilder(TOOL).append('\n').append(inputs.get(spec.file())).append('\n')
        .append(inputs.get(StoryLoader.DESCRIPTOR)).append('\n').append(commandLine);
    if (formats != null) {
      // Files of some formats only: the next build of the others redraws the chart.
      sb.append("\nformats ").append(formats);
    }
    // Inputs outside datasets/ and charts/ are the house's: chartdesk.yaml and the logo it names.
    inputs.forEach((path, hash) -> {
      if (!path.startsWith("datasets/") && !path.startsWith("charts/")) {
        sb.append('\n').append(hash);
      }
    });
    if (rows != null) {
      sb.append('\n').append(rows);
    }
    for (String data : spec.datasetsRead()) {
      // A split chart's own dataset is in its rows' digest.
      String hash = rows != null && data.equals(spec.data()) ? null : inputs.get("datasets/" + data + ".csv");
      if (hash != null) {
        sb.append('\n').append(hash);
      }
    }
    inputs.forEach((path, hash) -> {
      if (path.startsWith("datasets/sources/")) {
        sb.append('\n').append(hash);
      }
    });
    return StoryLoader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The previous files of the charts not made now, those still as the manifest says; the whole
   * build's files (workbook, gallery) are kept or made on their own.
   */
  private static List<Output> carried(Path out, Set<String> made, List<Manifest.Entry> entries) throws IOException {
    return intact(out, entries.stream().filter(e -> e.chart() != null && !made.contains(e.chart())).toList());
  }

  /** The chart's previous files, read back, when every one is there unchanged; else null. */
  private static List<Output> kept(Path out, String id, List<Manifest.Entry> entries) throws IOException {
    List<Manifest.Entry> mine = entries.stream().filter(e -> id.equals(e.chart())).toList();
    List<Output> kept = intact(out, mine);
    return kept.isEmpty() || kept.size() < mine.size() ? null : kept;
  }

  /**
   * The files whose bytes are still the ones the manifest lists, in place; a chart's 1x PNG with
   * its bytes, for the workbook.
   */
  private static List<Output> intact(Path out, List<Manifest.Entry> entries) throws IOException {
    List<Output> intact = new ArrayList<>();
    for (Manifest.Entry e : entries) {
      Path file = out.resolve(e.path());
      byte[] bytes = Files.isRegularFile(file) ? FileBytes.read(file) : null;
      if (bytes != null && StoryLoader.sha256(bytes).equals(e.sha256())) {
        Output o = new Output(e.path(), e.format(), e.chart(), bytes).hashed(e.sha256());
        intact.add(e.path().equals(workbookImage(e.chart())) ? o : o.inPlace());
      }
    }
    return intact;
  }

  /** The folders of the charts' files in an output folder, each file of which is a build's to write. */
  static final List<String> CHART_FOLDERS = List.of("png", "svg", "pdf");

  /**
   * Whether a build may write the file at this path of its output folder, or a file under it: its
   * manifest, lock, gallery, workbook, or anything in the folders of the charts' files.
   */
  public static boolean writes(Path inOut) {
    String name = inOut.toString();
    return inOut.getNameCount() == 1
        ? name.equals(Manifest.PATH) || name.equals(OutputLock.FILE) || name.equals("index.html")
            || name.endsWith(".xlsx")
        : CHART_FOLDERS.contains(inOut.getName(0).toString());
  }

  /** The file of a chart that its workbook sheet shows: its 1x PNG. */
  static String workbookImage(String chart) {
    return "png/" + chart + ".png";
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

  /** Nothing changed: report every chart as unchanged from the manifest alone, each as it is found. */
  private static BuildReport unchanged(Manifest.Previous previous, BuildProgress progress) {
    progress.charts(previous.chartKeys().size());
    List<ChartResult> results = new ArrayList<>();
    for (String id : previous.chartKeys().keySet()) {
      List<Output> files = previous.outputs().stream().filter(e -> id.equals(e.chart()))
          .map(e -> new Output(e.path(), e.format(), e.chart(), null, e.bytes(), e.sha256())).toList();
      results.add(new ChartResult(id, ChartResult.Status.UNCHANGED, files, 0));
      progress.done(results.get(results.size() - 1));
    }
    List<Output> all = previous.outputs().stream()
        .map(e -> new Output(e.path(), e.format(), e.chart(), null, e.bytes(), e.sha256())).toList();
    return new BuildReport(results, all, List.of(), List.of(), List.of());
  }

  private static BuildInfo buildInfo(Checked checked) {
    return new BuildInfo(TOOL, new TreeMap<>(checked.inputs()),
        checked.diagnostics().stream().map(Diagnostic::format).toList(), checked.silenced());
  }

  /**
   * The chart laid out again for a size preset: PNG (1x and 2x, or at print dpi), SVG and PDF; the
   * first PNG's drawing notes its text onto {@code text} when that is not null.
   */
  private static List<Output> presetOutputs(JFreeChart chart, ChartModel model, SizePreset p, Set<Format> formats,
      List<DrawnText.Box> text) {
    String id = model.frame().id();
    String alt = model.altText();
    String lang = model.frame().locale().language();
    String dir = "/" + p.name() + "/";
    double lw = p.layoutWidth();
    double lh = p.layoutHeight();
    List<Output> out = new ArrayList<>();
    if (formats.contains(Format.PNG)) {
      out.add(new Output("png" + dir + id + ".png", "png", id,
          PngExporter.export(chart, lw, lh, p.pixelWidth(), p.pixelHeight(), alt, lang, text, p.dpi())));
      if (!p.print()) {
        out.add(new Output("png" + dir + id + "@2x.png", "png", id,
            PngExporter.export(chart, lw, lh, 2 * p.pixelWidth(), 2 * p.pixelHeight(), alt, lang, null, 0)));
      }
    }
    String title = model.frame().title();
    if (formats.contains(Format.SVG)) {
      out.add(new Output("svg" + dir + id + ".svg", "svg", id,
          SvgExporter.export(chart, id, lw, lh, p.width(), p.height(), p.print(), title, alt, lang)));
    }
    if (formats.contains(Format.PDF)) {
      out.add(new Output("pdf" + dir + id + ".pdf", "pdf", id,
          PdfExporter.export(chart, lw, lh, p.width(), p.height(), title, lang)));
    }
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
   *
   * @param failedDatasets the datasets that did not load, each name to its file
   * @param rows for each chart of a split spec, a digest of the rows it is drawn from
   * @param page the locale of the gallery page's own words: the command line's, else the project's
   */
  public record Checked(Story story, List<ChartSpec> specs, List<ChartModel> models, List<Diagnostic> diagnostics,
      List<SilencedRule> silenced, Map<String, String> inputs, Map<String, String> failedDatasets,
      Map<String, String> rows, NewsLocale page) {
    /** Whether a spec silences a lint rule, with a reason (without one, the ignore silences nothing). */
    boolean silences(String spec, String code) {
      return specs.stream().anyMatch(s -> s.id().equals(spec) && s.silenced().get(code) != null
          && !s.silenced().get(code).isBlank());
    }

    /** Every chart bound, and every spec that made none (its errors say why), by id in name order. */
    List<String> chartIds() {
      Set<String> ids = new TreeSet<>();
      specs.forEach(s -> ids.addAll(chartsOf(s.id())));
      return List.copyOf(ids);
    }

    /** The charts a spec makes: its one, or a split spec's; the spec's own id when none was bound. */
    List<String> chartsOf(String spec) {
      List<String> ids = models.stream().filter(m -> m.frame().spec().equals(spec)).map(m -> m.frame().id()).toList();
      return ids.isEmpty() ? List.of(spec) : ids;
    }

    /**
     * The project's files a chart (or a spec that made none) is made from, as its diagnostics name
     * them: its spec file, and the file of each dataset it reads.
     */
    List<String> filesOf(String chart) {
      String spec = models.stream().filter(m -> m.frame().id().equals(chart)).map(m -> m.frame().spec())
          .findFirst().orElse(chart);
      List<String> files = new ArrayList<>();
      files.add(Frame.fileOf(spec));
      for (String name : specs.stream().filter(s -> s.id().equals(spec)).findFirst()
          .map(ChartSpec::datasetsRead).orElse(List.of())) {
        story.datasets().stream().filter(d -> d.name().equals(name)).forEach(d -> files.add(d.path()));
        if (failedDatasets.containsKey(name)) {
          files.add(failedDatasets.get(name));
        }
      }
      return files;
    }

    /**
     * Whether a chart of an earlier build is the spec's: one it makes now or, when it made none
     * now (a split spec with errors), one its id or a split of it names.
     */
    boolean isOf(String chart, String spec) {
      List<String> now = chartsOf(spec);
      return now.contains(chart) || (now.equals(List.of(spec)) && chart.startsWith(spec + "--")
          && specs.stream().noneMatch(s -> s.id().equals(chart)));
    }

    public boolean hasErrors() {
      return failed(false);
    }

    /** True when there is an error, or, when strict, any diagnostic at all. */
    public boolean failed(boolean strict) {
      return diagnostics.stream().anyMatch(d -> strict || d.severity() == Severity.ERROR);
    }
  }
}
