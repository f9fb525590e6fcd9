package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Years too many to label each, as a reader finds them in the published PDF (pdftotext): at round
 * years (1950, 1960, ...), not every so many from the first year of the data (1947, 1954, ...).
 */
class RoundCategoryLabelsTest {
  @TempDir Path dir;

  @Test
  void aLongRunOfYearsIsLabelledAtRoundYears() throws Exception {
    Tools.require("pdftotext");
    StringBuilder rows = new StringBuilder("year,value\n");
    for (int year = 1947; year <= 2020; year++) {
      rows.append(year).append(',').append(10 + (year * 7) % 13).append('\n');
    }
    String spec = """
        title: A figure a year since 1947
        kind: %s
        data: walk
        x: {field: year}
        y: {field: value, label: Value}
        source: Made up
        """;
    Path project = OneChartProject.write(dir, rows, """
        {"name": "year", "type": "year"}, {"name": "value", "type": "integer"}""", spec.formatted("line"));
    Files.writeString(project.resolve("charts/area.yaml"), spec.formatted("area"));
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();
    for (String chart : List.of("walk", "area")) {
      String text = Tools.run(dir, "pdftotext", "-layout", dir.resolve("out/pdf/" + chart + ".pdf").toString(), "-");
      List<int[]> axes = text.lines().map(String::strip).map(RoundCategoryLabelsTest::years)
          .filter(years -> years.length >= 4).toList();
      assertThat(axes).as(chart + ":\n" + text).singleElement().satisfies(years -> {
        int step = years[1] - years[0];
        assertThat(step).as(chart).isIn(2, 5, 10, 20);
        assertThat(Arrays.stream(years).filter(y -> y % step != 0).toArray()).as(chart).isEmpty();
      });
    }
  }

  /** The years a line of text lists, when it lists nothing else. */
  private static int[] years(String line) {
    String[] tokens = line.split("\\s+");
    return Arrays.stream(tokens).allMatch(t -> t.matches("(19|20)\\d\\d"))
        ? Arrays.stream(tokens).mapToInt(Integer::parseInt).toArray() : new int[0];
  }
}
