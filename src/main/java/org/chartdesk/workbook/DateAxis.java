package org.chartdesk.workbook;

import java.util.List;
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
    Step step = Step.of(t);
    CTDateAx date = plot.addNewDateAx();
    date.setAxId(cat.getAxId());
    date.setScaling(cat.getScaling());
    date.setDelete(cat.getDelete());
    date.setAxPos(cat.getAxPos());
    date.addNewNumFmt().setFormatCode(step.format());
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
    date.addNewMajorUnit().setVal(step.count());
    date.addNewMajorTimeUnit().setVal(step.unit());
    plot.removeCatAx(0);
  }

  /**
   * How far apart the axis's labels stand: left to itself, a reader labelled four months of daily
   * figures every four days, 30 dates on their side. The finest calendar step that gives at most
   * {@link #MOST_LABELS} labels, never finer than the data, each label as precise as its step.
   */
  record Step(STTimeUnit.Enum unit, int count, String format) {
    private static final int MOST_LABELS = 8;
    private static final List<Step> STEPS = List.of(
        new Step(STTimeUnit.DAYS, 1, "d mmm yyyy"), new Step(STTimeUnit.DAYS, 7, "d mmm yyyy"),
        new Step(STTimeUnit.MONTHS, 1, "mmm yyyy"), new Step(STTimeUnit.MONTHS, 3, "mmm yyyy"),
        new Step(STTimeUnit.MONTHS, 6, "mmm yyyy"), new Step(STTimeUnit.YEARS, 1, "yyyy"),
        new Step(STTimeUnit.YEARS, 2, "yyyy"), new Step(STTimeUnit.YEARS, 5, "yyyy"),
        new Step(STTimeUnit.YEARS, 10, "yyyy"), new Step(STTimeUnit.YEARS, 20, "yyyy"),
        new Step(STTimeUnit.YEARS, 25, "yyyy"), new Step(STTimeUnit.YEARS, 50, "yyyy"),
        new Step(STTimeUnit.YEARS, 100, "yyyy"));

    static Step of(TimeAxis t) {
      double days = (t.to() - t.from()) / 86_400.0;
      Step finest = switch (t.precision()) {
        case MONTH -> STEPS.get(2);
        case YEAR -> STEPS.get(5);
        default -> STEPS.get(0);
      };
      for (Step s : STEPS.subList(STEPS.indexOf(finest), STEPS.size())) {
        if (days / s.days() <= MOST_LABELS) {
          return s;
        }
      }
      return STEPS.get(STEPS.size() - 1);
    }

    /** The step's length in days, near enough to count labels by. */
    private double days() {
      return count * (unit == STTimeUnit.DAYS ? 1 : unit == STTimeUnit.MONTHS ? 30.44 : 365.25);
    }
  }
}
