package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook's native line over dates is labelled by a calendar step as the published chart is.
 * Left to its own choice, LibreOffice labelled four months of daily figures every four days, 30
 * dates turned on their side; now it reads Jan 2024, Feb 2024, Mar 2024, Apr 2024. LibreOffice
 * draws the chart into a PDF; poppler reads its words.
 */
class NativeDateAxisTest {
  private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May");

  @TempDir Path dir;

  @Test
  void fourMonthsOfDailyFiguresAreLabelledByMonth() throws Exception {
    Tools.require("soffice", "pdftotext");
    StringBuilder csv = new StringBuilder("date,temp\n");
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2024, 4, 30)); d = d.plusDays(1)) {
      csv.append(d).append(',').append(Math.round(80 * Math.sin(d.getDayOfYear() / 10.0)) / 10.0).append('\n');
    }
    Path out = OneChartProject.built(dir, csv, """
        {"name": "date", "type": "date"}, {"name": "temp", "type": "number", "unit": "degrees Celsius"}""", """
        title: Delhi's winter came and went twice
        kind: line
        data: walk
        x: {field: date}
        y: {field: temp, label: Degrees Celsius}
        source: Made up
        """);
    Path pdf = LibreOfficeRender.pdf(dir, out.resolve("walk.xlsx"));
    int page = LibreOfficeRender.lastPageWith(LibreOfficeRender.pages(dir, pdf), "Delhi's winter came and went");
    List<Pdfs.Word> words = Pdfs.words(Tools.run(dir, "pdftotext", "-bbox", "-f", "" + page, "-l", "" + page,
        pdf.toString(), "-"));
    // The sheet's cells read "2 Feb 2024"; the axis's labels are the month names after no day.
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < words.size() - 1; i++) {
      Pdfs.Word w = words.get(i);
      boolean afterADay = i > 0 && words.get(i - 1).text().matches("\\d{1,2}")
          && Math.abs(words.get(i - 1).y0() - w.y0()) < 2;
      if (MONTHS.contains(w.text()) && !afterADay) {
        labels.add(w.text() + " " + words.get(i + 1).text());
      }
    }
    assertThat(labels).containsExactly("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024");
  }
}
