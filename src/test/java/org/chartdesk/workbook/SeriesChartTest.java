package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Story;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.chart.STGrouping;

/** The examples' workbook, reopened: native charts for the series kinds, reading their cells. */
class SeriesChartTest {
  static XSSFWorkbook wb;

  @BeforeAll
  static void write() throws Exception {
    Story story = Examples.story();
    List<ChartModel> models = Examples.models(story);
    byte[] bytes = WorkbookWriter.write(story, models, Map.of(), Theme.house(),
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of()));
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static XSSFChart chart(String sheet) {
    List<XSSFChart> charts = wb.getSheet(sheet).createDrawingPatriarch().getCharts();
    assertThat(charts).as(sheet).hasSize(1);
    return charts.get(0);
  }

  static CTPlotArea plot(String sheet) {
    return chart(sheet).getCTChart().getPlotArea();
  }

  @Test
  void barsAreHorizontalTopDownAndReadTheirCells() {
    CTPlotArea p = plot("bar");
    assertThat(p.getBarChartArray(0).getBarDir().getVal()).isEqualTo(STBarDir.BAR);
    var ser = p.getBarChartArray(0).getSerArray(0);
    assertThat(ser.getVal().getNumRef().getF()).isEqualTo("bar!$B$8:$B$14");
    assertThat(ser.getCat().getStrRef().getF()).isEqualTo("bar!$A$8:$A$14");
    assertThat(ser.getSpPr().getSolidFill()).isNotNull();
    XSSFSheet sheet = wb.getSheet("bar");
    assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Joseph Stalin");
    assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(29);
  }

  @Test
  void stackedAndPercentColumnsStackEverySeries() {
    assertThat(plot("stacked-column").getBarChartArray(0).getGrouping().getVal()).isEqualTo(STBarGrouping.STACKED);
    assertThat(plot("stacked-column").getBarChartArray(0).sizeOfSerArray()).isEqualTo(4);
    assertThat(plot("percent-column").getBarChartArray(0).getGrouping().getVal())
        .isEqualTo(STBarGrouping.PERCENT_STACKED);
    assertThat(plot("grouped-column").getBarChartArray(0).getGrouping().getVal())
        .isEqualTo(STBarGrouping.CLUSTERED);
  }

  @Test
  void aLineHasItsGroupingLineStyleAndGapsAsBlankCells() {
    CTPlotArea p = plot("line");
    assertThat(p.getLineChartArray(0).getGrouping().getVal()).isEqualTo(STGrouping.STANDARD);
    assertThat(p.getLineChartArray(0).getSerArray(0).getSpPr().getLn().getSolidFill()).isNotNull();
    assertThat(chart("line").getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
    XSSFSheet sheet = wb.getSheet("line");
    // 1973 over 3,789, then 1974 and 1975 with no figure: blank, not zero.
    assertThat(sheet.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(1973);
    assertThat(sheet.getRow(7).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("\"over \"#,##0");
    assertThat(sheet.getRow(8).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
    var label = p.getLineChartArray(0).getSerArray(0).getDLbls();
    assertThat(label.getDLblArray(0).getNumFmt().getFormatCode()).isEqualTo("\"over \"#,##0");
  }

  @Test
  void areasStackAndOtherKindsFallBackToTheImage() {
    assertThat(plot("area").getAreaChartArray(0).getGrouping().getVal()).isEqualTo(STGrouping.STACKED);
    for (String sheet : List.of("dot", "lollipop", "dumbbell", "slope", "small-multiples", "table")) {
      assertThat(wb.getSheet(sheet).createDrawingPatriarch().getCharts()).as(sheet).isEmpty();
    }
    assertThat(wb.getSheet("dumbbell").getRow(5).getCell(0).getStringCellValue())
        .contains("no native chart of this kind (dumbbell)");
  }
}
