package org.chartdesk.workbook;

import java.awt.Color;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Theme;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;

/**
 * The editor's highlight in a native chart, in the published chart's colours: what is picked keeps
 * its colour and the rest takes the theme's muted grey. Every series gets an explicit fill and
 * line, as LibreOffice draws a series without them as invisible.
 */
final class Highlight {
  private Highlight() {}

  /**
   * The columns or bars of one series. With a highlight, the series is muted and each picked
   * point has a data point of its own in the colour, so a point an analyst adds is muted too, as
   * "the rest" is.
   *
   * @param keys each point's category key, in order
   */
  static void points(XDDFChartData.Series series, List<String> keys, Frame frame, Color colour, Theme theme) {
    paint(series, frame.highlights().isEmpty() ? colour : theme.muted());
    for (int i = 0; i < keys.size(); i++) {
      if (frame.highlights().contains(keys.get(i))) {
        XDDFDataPoint point = series.getDataPoint(i);
        point.setFillProperties(ColumnChart.solid(colour));
        point.setLineProperties(ColumnChart.line(colour, 0.75));
      }
    }
  }

  /** A line's colour: its own when it stands out (or nothing is highlighted), else muted. */
  static Color line(Frame frame, DataSeries series, Color colour, Theme theme) {
    return frame.standsOut(series.key()) ? colour : theme.muted();
  }

  /**
   * Plots the muted lines first, so the highlighted ones cross over them as in the published
   * chart; without a highlight the order stays that of the data.
   */
  static void onTop(CTLineChart chart, List<DataSeries> series, Frame frame) {
    int order = 0;
    for (boolean front : new boolean[] {false, true}) {
      for (int i = 0; i < series.size(); i++) {
        if (frame.standsOut(series.get(i).key()) == front) {
          chart.getSerArray(i).getOrder().setVal(order++);
        }
      }
    }
  }

  private static void paint(XDDFChartData.Series series, Color colour) {
    series.setFillProperties(ColumnChart.solid(colour));
    series.setLineProperties(ColumnChart.line(colour, 0.75));
  }
}
