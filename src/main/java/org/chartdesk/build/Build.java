package org.chartdesk.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  /** The workbook's sheets are white, so its native charts use the house colours. */
  private final Theme workbookTheme = Theme.house();

  public Build(Path project) {
    this.project = project;
  }

  /**
   * Loads and binds everything, collecting every diagnostic of the run in one pass: spec files are
   * checked even when the data cannot be loaded, so one run shows all that is wrong.
   */
  public Checked check() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Story story = null;
    try {
      StoryLoader loader = new StoryLoader(project);
      story = loader.load();
      diagnostics.addAll(loader.warnings());
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
        if (story != null) {
          models.add(Binder.bind(story, spec));
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
        Map.copyOf(inputs));
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
    return build(out, false);
  }

  /**
   * Checks, then renders and writes every output into {@code out}; with {@code strict}, a warning
   * stops the build like an error.
   */
  public BuildReport build(Path out, boolean strict) throws IOException {
    Checked checked = check();
    if (checked.failed(strict)) {
      return new BuildReport(List.of(), List.of(), checked.diagnostics());
    }
    List<Output> outputs = new ArrayList<>();
    Map<String, byte[]> pngs = new LinkedHashMap<>();
    List<String> built = new ArrayList<>();
    for (ChartModel model : checked.models()) {
      String id = model.frame().id();
      JFreeChart chart = ChartRenderer.render(model, Theme.named(model.frame().theme()));
      int w = model.frame().width();
      int h = model.frame().height();
      String alt = model.altText();
      byte[] png = PngExporter.export(chart, w, h, 1, alt);
      pngs.put(id, png);
      outputs.add(new Output("png/" + id + ".png", "png", id, png));
      outputs.add(new Output("png/" + id + "@2x.png", "png", id, PngExporter.export(chart, w, h, 2, alt)));
      outputs.add(new Output("png/" + id + ".txt", "txt", id, (alt + "\n").getBytes(StandardCharsets.UTF_8)));
      String title = model.frame().title();
      outputs.add(new Output("svg/" + id + ".svg", "svg", id, SvgExporter.export(chart, id, w, h, title, alt)));
      outputs.add(new Output("pdf/" + id + ".pdf", "pdf", id, PdfExporter.export(chart, w, h, title)));
      for (String name : model.frame().sizes()) {
        outputs.addAll(presetOutputs(chart, model, SizePreset.named(name)));
      }
      built.add(id);
    }
    Story story = checked.story();
    String workbook = story.name() + ".xlsx";
    outputs.add(new Output(workbook, "xlsx", null,
        WorkbookWriter.write(story, checked.models(), pngs, workbookTheme, buildInfo(checked))));
    outputs.add(new Output("index.html", "html", null, GalleryWriter.write(story, checked.models(), outputs,
        workbook, checked.diagnostics(), checked.silenced())));
    OutputWriter writer = new OutputWriter(out);
    for (Output o : outputs) {
      writer.write(o.path(), o.bytes());
    }
    writer.write(Manifest.PATH, Manifest.of(TOOL, story.name(), outputs));
    return new BuildReport(List.copyOf(built), List.copyOf(outputs), checked.diagnostics());
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
      List<SilencedRule> silenced, Map<String, String> inputs) {
    public boolean hasErrors() {
      return failed(false);
    }

    /** True when there is an error, or, when strict, any diagnostic at all. */
    public boolean failed(boolean strict) {
      return diagnostics.stream().anyMatch(d -> strict || d.severity() == Severity.ERROR);
    }
  }
}
