package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;

/** A long line's category axis: a round interval between labels, about ten labels, schema-valid. */
class LabelIntervalTest {
  private static long skip(int categories) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("s");
      XSSFChart chart = sheet.createDrawingPatriarch().createChart(sheet.getDrawingPatriarch()
          .createAnchor(0, 0, 0, 0, 0, 0, 8, 16));
      chart.createCategoryAxis(AxisPosition.BOTTOM);
      chart.createValueAxis(AxisPosition.LEFT);
      CTCatAx axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
      SeriesChart.labelEvery(axis, categories);
      List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
      assertThat(axis.validate(new XmlOptions().setErrorListener(errors))).as(errors.toString())
          .isTrue();
      if (!axis.isSetTickLblSkip()) {
        return 0;
      }
      assertThat(axis.getTickMarkSkip().getVal()).isEqualTo(axis.getTickLblSkip().getVal());
      return axis.getTickLblSkip().getVal();
    }
  }

  @Test
  void aRoundIntervalGivingAboutTenLabels() throws Exception {
    assertThat(skip(100)).as("a hundred: left to the program").isZero();
    assertThat(skip(101)).isEqualTo(20);
    assertThat(skip(2_000)).isEqualTo(200);
    assertThat(skip(8_760)).isEqualTo(1_000);
    assertThat(skip(1_000_000)).isEqualTo(100_000);
  }
}
