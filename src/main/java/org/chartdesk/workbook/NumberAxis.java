package org.chartdesk.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.chartdesk.model.Category;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.RoundSteps;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STCrossBetween;
import org.openxmlformats.schemas.drawingml.x2006.chart.STCrosses;
import org.openxmlformats.schemas.drawingml.x2006.chart.STScatterStyle;

/**
 * A long line over numbers (years, steps) as Excel draws it: a scatter chart with lines, whose x
 * axis is a value axis labelled at round numbers. On a category axis every point is a label:
 * LibreOffice ran 2,000 of them together ("10011073114512171289..."), and Excel labels every
 * so many from the first, not at round numbers. The line, its colours, notes and gaps are the
 * same; only the axis differs.
 */
final class NumberAxis {
  /** Formats the x axis as the published chart writes its numbers: 1973, never 1,973. */
  static final String FORMAT = "0";

  private NumberAxis() {}

  /**
   * Whether a chart's line is drawn over a number axis: a line over more than {@link
   * SeriesChart#LABELLED} categories, each a whole number named by itself (not over dates, which
   * have their axis, and not over decades, named "1950s").
   */
  static boolean applies(ChartModel m, SeriesChart.Shape s) {
    return s.type() == SeriesChart.Type.LINE && DateAxis.of(m) == null
        && s.categories().size() > SeriesChart.LABELLED && RoundSteps.allNumbers(s.categories());
  }

  /** The x values of the categories, in order. */
  static Double[] values(List<Category> categories) {
    return categories.stream().map(c -> Double.valueOf(c.key())).toArray(Double[]::new);
  }

  /**
   * Turns the line chart {@link SeriesChart#draw} made into a scatter chart of the same series,
   * the category axis into a value axis from the first category to the last.
   */
  static void apply(XSSFChart chart, List<Category> categories) {
    CTPlotArea plot = chart.getCTChart().getPlotArea();
    CTLineChart line = plot.getLineChartArray(0);
    CTScatterChart scatter = plot.addNewScatterChart();
    // Excel's "scatter with straight lines": markers are set per series (none).
    scatter.addNewScatterStyle().setVal(STScatterStyle.LINE_MARKER);
    scatter.addNewVaryColors().setVal(false);
    for (CTLineSer from : line.getSerArray()) {
      CTScatterSer to = scatter.addNewSer();
      to.setIdx(from.getIdx());
      to.setOrder(from.getOrder());
      if (from.isSetTx()) {
        to.setTx(from.getTx());
      }
      if (from.isSetSpPr()) {
        to.setSpPr(from.getSpPr());
      }
      if (from.isSetMarker()) {
        to.setMarker(from.getMarker());
      }
      if (from.isSetDLbls()) {
        to.setDLbls(from.getDLbls());
      }
      to.setXVal(from.getCat());
      to.setYVal(from.getVal());
      to.addNewSmooth().setVal(false);
    }
    for (var id : line.getAxIdArray()) {
      scatter.addNewAxId().setVal(id.getVal());
    }
    plot.removeLineChart(0);

    CTCatAx cat = plot.getCatAxArray(0);
    CTValAx x = plot.insertNewValAx(0);
    x.addNewAxId().setVal(cat.getAxId().getVal());
    x.addNewScaling().addNewOrientation().setVal(cat.getScaling().getOrientation().getVal());
    x.getScaling().addNewMin().setVal(Double.parseDouble(categories.get(0).key()));
    x.getScaling().addNewMax().setVal(Double.parseDouble(categories.get(categories.size() - 1).key()));
    x.addNewDelete().setVal(false);
    x.addNewAxPos().setVal(cat.getAxPos().getVal());
    x.addNewNumFmt().setFormatCode(FORMAT);
    x.getNumFmt().setSourceLinked(false);
    if (cat.isSetMajorTickMark()) {
      x.addNewMajorTickMark().setVal(cat.getMajorTickMark().getVal());
    }
    if (cat.isSetMinorTickMark()) {
      x.addNewMinorTickMark().setVal(cat.getMinorTickMark().getVal());
    }
    if (cat.isSetTickLblPos()) {
      x.addNewTickLblPos().setVal(cat.getTickLblPos().getVal());
    }
    if (cat.isSetTxPr()) {
      x.setTxPr(cat.getTxPr());
    }
    x.addNewCrossAx().setVal(cat.getCrossAx().getVal());
    x.addNewCrosses().setVal(cat.getCrosses().getVal());
    x.addNewCrossBetween().setVal(STCrossBetween.MID_CAT);
    plot.removeCatAx(0);
    // On a scatter chart the value axis crosses at a point, not between categories; at the first
    // number, as in the published chart, not at zero when the numbers run from below it.
    CTValAx y = plot.getValAxArray(1);
    y.getCrossBetween().setVal(STCrossBetween.MID_CAT);
    y.getCrosses().setVal(STCrosses.MIN);
  }
}
