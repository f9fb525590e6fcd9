package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart's sheet whose block of chart data runs far below the chart (a line over 600 years),
 * printed by LibreOffice as a user prints it: its first page shows the native chart and the
 * published image whole and at a readable size, the data going on over the pages after. Fitted on
 * one page, the sheet's title came out 1.3 points tall.
 */
class LongChartPrintTest {
  private static final String TITLE = "Six centuries of a made-up count";

  @TempDir Path dir;

  @Test
  void aChartOverSixHundredYearsPrintsItsChartWholeAndReadableOnItsFirstPage() throws Exception {
    Tools.require("soffice", "pdftotext");
    StringBuilder csv = new StringBuilder("year,value\n");
    for (int year = 1421; year <= 2020; year++) {
      csv.append(year).append(',').append(100 + (year * 37 % 61)).append('\n');
    }
    Path project = OneChartProject.write(dir, csv, """
        {"name": "year", "type": "year"}, {"name": "value", "type": "integer", "unit": "cases"}""", """
        title: %s
        subtitle: Cases per year
        kind: line
        data: walk
        x: {field: year}
        y: {field: value, label: Cases}
        source: example data
        """.formatted(TITLE));
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();

    Path book = dir.resolve("out/walk.xlsx");
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", dir.toString(), book.toString());
    Path pdf = dir.resolve("walk.pdf");
    assertThat(pdf).as("LibreOffice printed the workbook (it exits 0 even when it cannot load)").exists();
    String[] pages = Tools.run(dir, "pdftotext", pdf.toString(), "-").split("\f");
    int first = -1;
    for (int i = 0; i < pages.length && first < 0; i++) {
      if (pages[i].contains("Chart data:")) {
        first = i + 1;
      }
    }
    assertThat(first).as("the chart's sheet is printed").isPositive();
    assertThat(pages[first - 1]).contains(TITLE, "As published:", "1421");
    // The data goes on over the next pages: 2020 is not on the first.
    assertThat(pages[first - 1]).doesNotContain("2020\n");

    String boxes = Tools.run(dir, "pdftotext", "-bbox", "-f", Integer.toString(first), "-l", Integer.toString(first),
        pdf.toString(), "-");
    Matcher word = Pattern.compile("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">Six</word>").matcher(boxes);
    assertThat(word.find()).as("the sheet's title on its first page").isTrue();
    double points = Double.parseDouble(word.group(2)) - Double.parseDouble(word.group(1));
    assertThat(points).as("the title's height on the page, in points").isGreaterThan(6);
  }
}
