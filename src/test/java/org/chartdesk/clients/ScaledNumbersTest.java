package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.chartdesk.build.Build;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports kept in roubles, charted in billions with Excel's scaling commas: the published chart's
 * labels and the workbook's, as LibreOffice shows them, read alike, a half (1.25) rounded the
 * same way in both.
 */
class ScaledNumbersTest {
  private static final List<String> BILLIONS = List.of("1.3", "2.5", "4.1", "7.0", "5.3");

  @TempDir Path dir;

  @Test
  void theChartAndTheWorkbookReadInBillionsAlike() throws Exception {
    Tools.require("soffice", "pdftotext");
    Path project = OneChartProject.write(dir,
        "year,exports\n1986,1250000000\n1987,2480000000\n1988,4100000000\n1989,6950000000\n1990,5320000000\n",
        """
        {"name": "year", "type": "year"}, {"name": "exports", "type": "integer"}""", """
        title: Exports rose more than fivefold before falling back in 1990
        subtitle: Exports, billion roubles
        kind: column
        data: walk
        x: {field: year}
        y: {field: exports, label: Billion roubles, format: "#,##0.0,,,"}
        source: Made up
        """);
    Build.Checked checked = new Build(project).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    ChartModel m = checked.models().get(0);
    List<String> drawn = DrawnText.of(ChartRenderer.render(m, Theme.named(m.frame().theme())), m.frame().width(),
        m.frame().height()).stream().map(DrawnText.Box::text).toList();
    assertThat(drawn).containsAll(BILLIONS).doesNotContain("1.2");

    Path book = dir.resolve("exports.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(),
        LibreOfficeRender.blankImages(checked.models()), Theme.house(),
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of())));
    String[] pages = LibreOfficeRender.pages(dir, LibreOfficeRender.pdf(dir, book));
    String chartPage = pages[LibreOfficeRender.lastPageWith(pages, "Chart data:") - 1];
    List<String> shown = List.of(chartPage.split("\\s+"));
    assertThat(shown).as(chartPage).containsAll(BILLIONS).doesNotContain("1.2", "1,250,000,000");
  }
}
