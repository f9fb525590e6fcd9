package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.chartdesk.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CD110 as drawn, through a build and a check: the examples' dumbbell chart fits at its own size,
 * but at a phone's width its rows are too tight for its year labels, which no measure of its
 * layout foresaw.
 */
class DrawnTextCheckTest {
  @TempDir Path dir;

  @Test
  void textDrawnOverTextFailsTheChartAndKeepsItsPreviousFiles() throws Exception {
    Path project = dumbbellProject();
    Path out = dir.resolve("out");
    Build build = new Build(project);
    assertThat(build.build(out).errors()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("png/dumbbell.png"));

    Files.writeString(project.resolve("charts/dumbbell.yaml"), "sizes: [phone]\n", StandardOpenOption.APPEND);
    BuildReport report = new Build(project).build(out);
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ChartResult.Status.FAILED));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).anySatisfy(d -> assertThat(d)
        .startsWith("charts/dumbbell.yaml: error: CD110 at size phone (laid out 480 by 600), as drawn, \"1977\"")
        .contains(" overlaps \"1980\" by ").contains("leave phone out of sizes"));
    assertThat(Files.readAllBytes(out.resolve("png/dumbbell.png"))).isEqualTo(before);
    assertThat(out.resolve("png/phone/dumbbell.png")).doesNotExist();

    // The check finds it without writing anything; the lint's measures alone do not.
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).isEmpty();
    assertThat(new Build(project).checkDrawn(checked).diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(d -> assertThat(d).contains("as drawn, \"1977\" overlaps \"1980\""));
  }

  @Test
  void aSpecThatSilencesCd110WithAReasonIsDrawnAsItAsks() throws Exception {
    Path project = dumbbellProject();
    Files.writeString(project.resolve("charts/dumbbell.yaml"),
        "sizes: [phone]\nlint: {ignore: {CD110: \"a proof for the desk, not for publication\"}}\n",
        StandardOpenOption.APPEND);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    assertThat(out.resolve("png/phone/dumbbell.png")).exists();
  }

  /**
   * The examples' kinds that lay out at a phone's width do so with nothing cut or drawn over (a
   * wrapped key over stacked columns, panels' last year labels kept inside them, the lollipop's
   * long names above their rows); the others are refused, with what does not fit
   * (docs/chart-spec.md lists them). The column with an arrow stands its note off, clear of the
   * value labels; the line's label at its last point stands above the point and its value label;
   * the table's rows stand one under another.
   */
  @Test
  void mostKindsDrawAtAPhonesWidthWithNothingCutOrOverlapping() throws Exception {
    Path project = examplesData();
    java.util.Set<String> refused = java.util.Set.of("dumbbell");
    try (Stream<Path> specs = Files.list(Path.of("examples/charts"))) {
      for (Path spec : specs.toList()) {
        String id = spec.getFileName().toString().replace(".yaml", "");
        if (!refused.contains(id)) {
          Files.writeString(project.resolve("charts/" + id + ".yaml"), Files.readString(spec) + "sizes: [phone]\n");
        } else if (id.equals("dumbbell")) {
          // Indira Gandhi's 1977 and 1980 would touch at the web size: the later year hangs below.
          Files.writeString(project.resolve("charts/" + id + ".yaml"), Files.readString(spec) + "sizes: [web]\n");
        }
      }
    }
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).isEmpty();
    assertThat(report.results()).hasSizeGreaterThanOrEqualTo(15)
        .allSatisfy(r -> assertThat(r.outputs()).anySatisfy(o -> assertThat(o.path()).matches("png/(phone|web)/.*")));
  }

  /** The examples' data with their dumbbell chart alone. */
  private Path dumbbellProject() throws Exception {
    Path project = examplesData();
    Files.copy(Path.of("examples/charts/dumbbell.yaml"), project.resolve("charts/dumbbell.yaml"));
    return project;
  }

  /** The examples' datasets, and an empty charts folder. */
  private Path examplesData() throws Exception {
    Path project = dir.resolve("project");
    Path examples = Path.of("examples");
    try (Stream<Path> files = Files.walk(examples.resolve("datasets"))) {
      for (Path f : files.toList()) {
        Path to = project.resolve(examples.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Files.createDirectories(project.resolve("charts"));
    return project;
  }
}
