package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shares of trade kept as fractions (0.182): every output shows the figures, never rounded to
 * nothing. Without a format the chart's labels keep the decimals the data has (every share was
 * labelled 0); "0.0%" reads 18.2% in the workbook's cells, labels and axis too (it fell back to
 * whole numbers there: 0); the dataset's sheet shows each figure with all its decimals (0.0955
 * was 0.1). Read by poppler from the chart's PDF and by LibreOffice from the workbook.
 */
class DecimalsAsWrittenTest {
  private static final String CSV = """
      partner,share
      Soviet Union,0.182
      United States,0.123
      Japan,0.0955
      Iran,0.031
      """;
  private static final String FIELDS = """
      {"name": "partner", "type": "string"}, {"name": "share", "type": "number", "unit": "share of trade"}""";

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                 | 0.182 0.123 0.096 0.031 | 0.182 0.123 0.096 0.031
      ', format: "0.0%"' | 18.2% 12.3% 9.6% 3.1%    | 18.2% 12.3% 9.6% 3.1%
      """)
  void everyOutputShowsTheFigures(String format, String labels, String workbookLabels) throws Exception {
    Tools.require("soffice", "pdftotext");
    Path project = OneChartProject.write(dir, CSV, FIELDS, """
        title: The Soviet Union was India's largest partner
        kind: bar
        data: walk
        y: {field: partner}
        x: {field: share, label: Share of trade%s}
        source: Made up
        """.formatted(format));
    Path out = dir.resolve("out");
    BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();

    List<String> drawn = Pdfs.words(out, out.resolve("pdf/walk.pdf")).stream().map(Pdfs.Word::text).toList();
    assertThat(drawn).containsAll(List.of(labels.split(" "))).doesNotContain("0");
    assertThat(Files.readString(out.resolve("png/walk.txt"))).contains(labels.split(" ")[0]);

    Path pdf = LibreOfficeRender.pdf(dir, out.resolve("walk.xlsx"));
    String[] pages = LibreOfficeRender.pages(dir, pdf);
    List<String> chartPage = List.of(pages[LibreOfficeRender.lastPageWith(pages, "Chart data:") - 1].split("\\s+"));
    assertThat(chartPage).containsAll(List.of(workbookLabels.split(" "))).doesNotContain("0");
    // The dataset's sheet, headed by its field names.
    List<String> dataPage = List.of(pages[LibreOfficeRender.lastPageWith(pages, "share") - 1].split("\\s+"));
    assertThat(dataPage).contains("0.182", "0.0955", "0.031");
  }
}
