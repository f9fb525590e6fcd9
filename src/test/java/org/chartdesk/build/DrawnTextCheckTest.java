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
 * CD110 as drawn, through a build and a check: the examples' line chart fits at its own size and
 * at 640 by 400 (its arrow's note wrapped wider there, clear of the gap's label under it), but
 * with that note three times as long, no place in the plot is clear of the value labels, which no
 * measure of the lint foresees.
 */
class DrawnTextCheckTest {
  private static final String SMALL = "size: {width: 640, height: 400}\n";

  @TempDir Path dir;

  @Test
  void textDrawnOverTextFailsTheChartAndKeepsItsPreviousFiles() throws Exception {
    Path project = lineProject();
    Path out = dir.resolve("out");
    Build build = new Build(project);
    assertThat(build.build(out).errors()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("png/line.png"));

    Files.writeString(project.resolve("charts/line.yaml"), SMALL, StandardOpenOption.APPEND);
    assertThat(new Build(project).build(dir.resolve("small")).diagnostics()).isEmpty();

    lengthenTheArrowsNote(project);
    BuildReport report = new Build(project).build(out);
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ChartResult.Status.FAILED));
    assertThat(report.diagnostics()).extracting(Diagnostic::format).anySatisfy(d -> assertThat(d)
        .startsWith("charts/line.yaml: error: CD110 as drawn, \"1,980\" overlaps \"a defector who copied the KGB")
        .contains("or shorten one of them"));
    assertThat(Files.readAllBytes(out.resolve("png/line.png"))).isEqualTo(before);

    // The check finds it without writing anything; the lint's measures alone do not.
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).isEmpty();
    assertThat(new Build(project).checkDrawn(checked).diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(d -> assertThat(d).contains("as drawn, \"1,980\" overlaps \"a defector who copied the KGB"));
  }

  @Test
  void aSpecThatSilencesCd110WithAReasonIsDrawnAsItAsks() throws Exception {
    Path project = lineProject();
    lengthenTheArrowsNote(project);
    Files.writeString(project.resolve("charts/line.yaml"), SMALL
        + "lint: {ignore: {CD110: \"a proof for the desk, not for publication\"}}\n", StandardOpenOption.APPEND);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    assertThat(out.resolve("png/line.png")).exists();
  }

  /**
   * A value axis's plot keeps six lines of height: the examples' slope made 640 by 300 would draw
   * a fall by four-fifths 25 units tall, and the lint says how much is missing before drawing.
   */
  @Test
  void aPlotTooShortToShowItsValuesIsSaidBeforeDrawing() throws Exception {
    Path project = examplesData();
    Files.writeString(project.resolve("charts/slope.yaml"),
        Files.readString(Path.of("examples/charts/slope.yaml")).replaceAll("(?m)^size:.*\n", "")
            + "size: {width: 640, height: 300}\n");
    assertThat(new Build(project).check().diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("charts/slope.yaml:11:28: error: CD110 chart is ")
        .contains("px too short for its value axis to show its values").contains("make size.height at least");

    // A column's label in the room above it: at 480 wide "over 3,789" takes two lines, and at 500
    // tall the room above the 1973 column holds one.
    Files.delete(project.resolve("charts/slope.yaml"));
    Files.writeString(project.resolve("charts/column-highlight.yaml"),
        Files.readString(Path.of("examples/charts/column-highlight.yaml")) + "size: {width: 480, height: 500}\n");
    assertThat(new Build(project).check().diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("charts/column-highlight.yaml:14:28: error: CD110 chart is ")
        .contains("px too short for its columns and their labels");

    // A stacked area names each band at its right end: at 480 by 400 its four names ran past the
    // bottom of the plot.
    Files.delete(project.resolve("charts/column-highlight.yaml"));
    Files.writeString(project.resolve("charts/area.yaml"),
        Files.readString(Path.of("examples/charts/area.yaml")) + "size: {width: 480, height: 400}\n");
    assertThat(new Build(project).check().diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("charts/area.yaml:21:28: error: CD110 chart is ").contains("px too short for its 4 band names");
  }

  /**
   * The examples' dumbbell at a social size: with its names in a column, the rows where a year
   * hangs under its dot are taller, so the hung years stand clear of the next row; at the fixed
   * web size its seven rows do not fit, which the lint says before drawing.
   */
  @Test
  void aDumbbellsRowsHaveRoomForTheirYearsOrTheLintSaysHowMuchIsMissing() throws Exception {
    Path project = examplesData();
    Files.writeString(project.resolve("charts/dumbbell.yaml"),
        Files.readString(Path.of("examples/charts/dumbbell.yaml")) + "sizes: [social]\n");
    assertThat(new Build(project).build(dir.resolve("out")).diagnostics()).isEmpty();
    Files.writeString(project.resolve("charts/dumbbell.yaml"),
        Files.readString(Path.of("examples/charts/dumbbell.yaml")) + "sizes: [web]\n");
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("charts/dumbbell.yaml:14:8: error: CD110 at size web (laid out 752 by 470), the chart is ")
        .contains("px too short for its 7 rows");
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

  /**
   * A chart the lint already refused is not drawn again by the check, as a build does not draw
   * it: the check of a table of a million rows drew them for minutes to say what the lint had
   * said. Here the examples' table is too short for its rows; drawn anyway, its rows ran past the
   * canvas and the check said so twice more.
   */
  @Test
  void aChartTheLintRefusedIsNotDrawnByTheCheck() throws Exception {
    Path project = examplesData();
    Files.writeString(project.resolve("charts/table.yaml"),
        Files.readString(Path.of("examples/charts/table.yaml")).replaceFirst("height: \\d+", "height: 200"));
    Build.Checked checked = new Build(project).check();
    assertThat(checked.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
        .startsWith("charts/table.yaml:").contains("error: CD110 chart is ").contains("px too short");
    assertThat(new Build(project).checkDrawn(checked).diagnostics()).isEqualTo(checked.diagnostics());
  }

  /** The line's note on its first point, three times as long: no place in a 640 by 400 plot is clear. */
  private static void lengthenTheArrowsNote(Path project) throws Exception {
    Path spec = project.resolve("charts/line.yaml");
    String longer = Files.readString(spec).replace("text: More than in any other non-communist country}",
        "text: \"More than in any other non-communist country, by the count of a defector who copied the KGB "
            + "archive by hand for a decade\"}");
    assertThat(longer).contains("for a decade");
    Files.writeString(spec, longer);
  }

  /** The examples' data with their line chart alone. */
  private Path lineProject() throws Exception {
    Path project = examplesData();
    Files.copy(Path.of("examples/charts/line.yaml"), project.resolve("charts/line.yaml"));
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
