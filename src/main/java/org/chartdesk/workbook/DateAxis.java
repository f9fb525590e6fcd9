package org.chartdesk.workbook;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.DateTime;
import org.chartdesk.model.Encoding;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.TimeAxis;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDateAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STTimeUnit;

/**
 * A line over dates as Excel draws it: its categories are date serials in cells formatted as
 * dates, and its category axis is a date axis ({@code c:dateAx}), on which Excel spaces points by
 * their dates, as the published chart does, rather than one slot each. Excel's date axis counts
 * whole days at the finest, so a line over times of day keeps a category axis, a slot a moment,
 * labelled with dates and times: a regular series (hourly, say) looks as published.
 */
final class DateAxis {
  private DateAxis() {}

  /**
   * The time axis of a chart Excel can draw over dates, or null: a line over dates from 1 March
   * 1900 on, the first day Excel's serials count right; an earlier one keeps text categories.
   */
  static TimeAxis of(ChartModel m) {
    TimeAxis t = m instanceof LineChartModel l ? l.time() : null;
    return t == null || DateTime.time(t.at()[0]).toLocalDate().isBefore(DataSheetWriter.FIRST_EXCEL_DATE) ? null : t;
  }

  /** The serial of a category's moment. */
  static double serial(TimeAxis t, int category) {
    return DataSheetWriter.serial(t.at()[category]);
  }

  /** The number format of the axis and its cells, as precise as the data. */
  static String format(TimeAxis t) {
    return DataSheetWriter.dateFormat(t.precision());
  }

  /**
   * The dataset's columns that hold the chart's one series as drawn, {category, value}, or null:
   * over dates, see below; else {@link SeriesChart#columnsAsDrawn}.
   */
  static int[] columnsAsDrawn(ChartModel m, SeriesChart.Shape s, Dataset d) {
    TimeAxis t = of(m);
    return t != null ? columnsAsDrawn(t, s, d) : SeriesChart.columnsAsDrawn(s, d);
  }

  /**
   * The table's time and value columns, {time, value}, when the chart's one line is the table's
   * rows in order, each at its own moment: then the chart reads the table itself. Null otherwise.
   */
  private static int[] columnsAsDrawn(TimeAxis t, SeriesChart.Shape s, Dataset d) {
    Encoding e = s.encoding();
    if (e == null || !e.steps().isEmpty() || e.series() != null || s.series().size() != 1
        || t.at().length != d.rows().size()) {
      return null;
    }
    int time = d.indexOf(e.category());
    for (int r = 0; r < t.at().length; r++) {
      if (d.seconds(r, time) != t.at()[r]) {
        return null;
      }
    }
    return new int[] {time, d.indexOf(e.value())};
  }

  /** Makes the chart's category axis a date axis that shows its dates in the format (times of day: see above). */
  static void apply(XSSFChart chart, TimeAxis t) {
    CTPlotArea plot = chart.getCTChart().getPlotArea();
    CTCatAx cat = plot.getCatAxArray(0);
    if (t.precision().hasTime()) {
      (cat.isSetNumFmt() ? cat.getNumFmt() : cat.addNewNumFmt()).setFormatCode(format(t));
      cat.getNumFmt().setSourceLinked(false);
      return;
    }
    CTDateAx date = plot.addNewDateAx();
    date.setAxId(cat.getAxId());
    date.setScaling(cat.getScaling());
    date.setDelete(cat.getDelete());
    date.setAxPos(cat.getAxPos());
    date.addNewNumFmt().setFormatCode(format(t));
    date.getNumFmt().setSourceLinked(false);
    if (cat.isSetMajorTickMark()) {
      date.setMajorTickMark(cat.getMajorTickMark());
    }
    if (cat.isSetTickLblPos()) {
      date.setTickLblPos(cat.getTickLblPos());
    }
    if (cat.isSetTxPr()) {
      date.setTxPr(cat.getTxPr());
    }
    date.setCrossAx(cat.getCrossAx());
    if (cat.isSetCrosses()) {
      date.setCrosses(cat.getCrosses());
    }
    // Not "auto": Excel would otherwise decide from the cells whether the axis holds dates.
    date.addNewAuto().setVal(false);
    date.addNewLblOffset().setVal(100);
    date.addNewBaseTimeUnit().setVal(STTimeUnit.DAYS);
    plot.removeCatAx(0);
  }
}
