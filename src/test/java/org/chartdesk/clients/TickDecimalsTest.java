package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures to a tenth ({@code #,##0.0}) on an axis stepped by whole numbers: the values keep their
 * tenth, the ticks are written 0, 5, 10, as Datawrapper writes them, not 0.0, 5.0, 10.0, in the
 * published chart and in the workbook's native chart as LibreOffice draws it.
 */
class TickDecimalsTest {
  /** A tick's label with a decimal it does not need; no figure of the data ends in ".0". */
  private static final String NEEDLESS_TENTH = "[\u2212-]?[\\d,]+\\.0";

  private static Path project(Path dir, String kind) throws Exception {
    return OneChartProject.write(dir, "year,temp\n1985,3.3\n1986,7.5\n1987,11.1\n1988,16.8\n1989,12.3\n1990,-2.4\n", """
        {"name": "year", "type": "year"}, {"name": "temp", "type": "number"}""", """
        title: The winters warmed until 1988
        kind: %s
        data: walk
        x: {field: year}
        y: {field: temp, label: Degrees Celsius, format: "#,##0.0"}
        source: Made up
        """.formatted(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"column", "line"})
  void thePublishedChartsTicksNeedNoTenth(String kind, @TempDir Path dir) throws Exception {
    Tools.require("pdftotext");
    Path out = dir.resolve("out");
    BuildReport report = new Build(project(dir, kind)).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();
    List<String> words = Pdfs.words(out, out.resolve("pdf/walk.pdf")).stream().map(Pdfs.Word::text).toList();
    assertThat(words).contains("0", "5", "10", "16.8").noneMatch(w -> w.matches(NEEDLESS_TENTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"column", "line"})
  void theWorkbooksChartTicksNeedNoTenth(String kind, @TempDir Path dir) throws Exception {
    Tools.require("soffice", "pdftotext");
    Build.Checked checked = new Build(project(dir, kind)).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    Path book = dir.resolve("walk.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(),
        LibreOfficeRender.blankImages(checked.models()), Theme.house(),
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of())));
    Path pdf = LibreOfficeRender.pdf(dir, book);
    String page = Integer.toString(LibreOfficeRender.lastPageWith(LibreOfficeRender.pages(dir, pdf), "Chart data:"));
    List<String> words = Pdfs.words(Tools.run(dir, "pdftotext", "-bbox", "-f", page, "-l", page, pdf.toString(), "-"))
        .stream().map(Pdfs.Word::text).toList();
    // The sheet's cells keep the tenth (16.8); the axis beside them is ruled in whole numbers.
    assertThat(words).contains("0", "5", "10", "16.8").noneMatch(w -> w.matches(NEEDLESS_TENTH));
  }
}
