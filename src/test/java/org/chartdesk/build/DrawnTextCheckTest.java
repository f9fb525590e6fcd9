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
 * CD110 as drawn, through a build and a check: the story's leaders chart lays out, until a second
 * visit in the same year as another puts its mark's label over the first's, which no measure of
 * the chart's layout foresees.
 */
class DrawnTextCheckTest {
  /** Indira Gandhi's 1953 visit again, dated to June 1953 as a source might: a mark beside hers. */
  private static final String SAME_YEAR_VISIT = "Indira Gandhi,,India,Soviet Union,,1953,june,June 1953,,"
      + "\"The KGB carefully cultivated a close relationship with Indira Gandhi, surrounding her with male admirers"
      + " during her 1953 visit to the Soviet Union.\"\n";

  @TempDir Path dir;

  @Test
  void textDrawnOverTextFailsTheChartAndKeepsItsPreviousFiles() throws Exception {
    Path project = leadersProject();
    Path out = dir.resolve("out");
    Build build = new Build(project);
    assertThat(build.build(out).errors()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("png/leaders-in-office.png"));

    Files.writeString(project.resolve("datasets/leader-visits.csv"), SAME_YEAR_VISIT, StandardOpenOption.APPEND);
    BuildReport report = new Build(project).build(out);
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ChartResult.Status.FAILED));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).anySatisfy(d -> assertThat(d)
        .startsWith("charts/leaders-in-office.yaml: error: CD110 as drawn, \"1953\" overlaps \"June 1953\" by ")
        .contains("widen the chart"));
    assertThat(Files.readAllBytes(out.resolve("png/leaders-in-office.png"))).isEqualTo(before);

    // The check finds it without writing anything; the lint's measures alone do not.
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).isEmpty();
    assertThat(new Build(project).checkDrawn(checked).diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(d -> assertThat(d).contains("as drawn, \"1953\" overlaps \"June 1953\""));
  }

  @Test
  void aSpecThatSilencesCd110WithAReasonIsDrawnAsItAsks() throws Exception {
    Path project = leadersProject();
    Files.writeString(project.resolve("datasets/leader-visits.csv"), SAME_YEAR_VISIT, StandardOpenOption.APPEND);
    Files.writeString(project.resolve("charts/leaders-in-office.yaml"),
        "lint: {ignore: {CD110: \"a proof for the desk, not for publication\"}}\n", StandardOpenOption.APPEND);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    assertThat(out.resolve("png/phone/leaders-in-office.png")).exists();
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

  /** The story's data with its leaders chart alone. */
  private Path leadersProject() throws Exception {
    Path project = dir.resolve("project");
    copy(Path.of("datasets"), project.resolve("datasets"));
    Files.createDirectories(project.resolve("charts"));
    Files.copy(Path.of("charts/leaders-in-office.yaml"), project.resolve("charts/leaders-in-office.yaml"));
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
