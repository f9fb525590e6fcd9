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
 * but made 350 px tall its rows run into each other, which the lint's measures (which do not
 * count a dumbbell's rows at a width where its names keep their column) do not foresee.
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

    Files.writeString(project.resolve("charts/dumbbell.yaml"), "size: {width: 1200, height: 350}\n",
        StandardOpenOption.APPEND);
    BuildReport report = new Build(project).build(out);
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ChartResult.Status.FAILED));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).anySatisfy(d -> assertThat(d)
        .startsWith("charts/dumbbell.yaml: error: CD110 as drawn, \"Indira Gandhi\" overlaps \"Rajiv Gandhi\" by ")
        .contains("make the chart taller (size.height)"));
    assertThat(Files.readAllBytes(out.resolve("png/dumbbell.png"))).isEqualTo(before);

    // The check finds it without writing anything; the lint's measures alone do not.
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).isEmpty();
    assertThat(new Build(project).checkDrawn(checked).diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(d -> assertThat(d).contains("as drawn, \"Indira Gandhi\" overlaps \"Rajiv Gandhi\""));
  }

  @Test
  void aSpecThatSilencesCd110WithAReasonIsDrawnAsItAsks() throws Exception {
    Path project = dumbbellProject();
    Files.writeString(project.resolve("charts/dumbbell.yaml"), "size: {width: 1200, height: 350}\n"
        + "lint: {ignore: {CD110: \"a proof for the desk, not for publication\"}}\n", StandardOpenOption.APPEND);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    assertThat(out.resolve("png/dumbbell.png")).exists();
  }

  /**
   * Every example kind lays out at a phone's width with nothing cut or drawn over (a wrapped key
   * over stacked columns, panels' last year labels kept inside them, the lollipop's long names
   * above their rows, the dumbbell's names above its rows with their years after them). The
   * column with an arrow stands its note off, clear of the value labels; the line's label at its
   * last point stands above the point and its value label; the table's rows stand one under
   * another.
   */
  @Test
  void everyExampleKindDrawsAtAPhonesWidthWithNothingCutOrOverlapping() throws Exception {
    Path project = examplesData();
    try (Stream<Path> specs = Files.list(Path.of("examples/charts"))) {
      for (Path spec : specs.toList()) {
        Files.writeString(project.resolve("charts/" + spec.getFileName()), Files.readString(spec) + "sizes: [phone]\n");
      }
    }
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).isEmpty();
    assertThat(report.results()).hasSizeGreaterThanOrEqualTo(16)
        .allSatisfy(r -> assertThat(r.outputs()).anySatisfy(o -> assertThat(o.path()).matches("png/phone/.*")));
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
    copy(Path.of("examples/datasets"), project.resolve("datasets"));
    Files.createDirectories(project.resolve("charts"));
    return project;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
