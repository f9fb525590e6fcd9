package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
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
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("datasets"));
    Files.createDirectories(project.resolve("charts"));
    StringBuilder rows = new StringBuilder("year,value\n");
    for (int year = 1947; year <= 2020; year++) {
      rows.append(year).append(',').append(10 + (year * 7) % 13).append('\n');
    }
    Files.writeString(project.resolve("datasets/years.csv"), rows);
    Files.writeString(project.resolve("datasets/datapackage.json"), """
        {"name": "years", "title": "Years", "resources": [{"name": "years", "path": "years.csv", "title": "Years",
          "schema": {"fields": [{"name": "year", "type": "year"}, {"name": "value", "type": "integer"}]}}]}
        """);
    for (String kind : List.of("line", "area")) {
      Files.writeString(project.resolve("charts/" + kind + ".yaml"), """
          title: A figure a year since 1947
          kind: %s
          data: years
          x: {field: year}
          y: {field: value, label: Value}
          source: Made up
          """.formatted(kind));
    }
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();
    for (String kind : List.of("line", "area")) {
      String text = Tools.run(dir, "pdftotext", "-layout", dir.resolve("out/pdf/" + kind + ".pdf").toString(), "-");
      List<int[]> axes = text.lines().map(String::strip).map(RoundCategoryLabelsTest::years)
          .filter(years -> years.length >= 4).toList();
      assertThat(axes).as(kind + ":\n" + text).singleElement().satisfies(years -> {
        int step = years[1] - years[0];
        assertThat(step).as(kind).isIn(2, 5, 10, 20);
        assertThat(Arrays.stream(years).filter(y -> y % step != 0).toArray()).as(kind).isEmpty();
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
