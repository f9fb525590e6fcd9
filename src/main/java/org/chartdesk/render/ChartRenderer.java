package org.chartdesk.render;

import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/** Turns a bound chart into a JFreeChart in the house style; one renderer class per kind. */
public final class ChartRenderer {
  private ChartRenderer() {}

  public static JFreeChart render(ChartModel model, Theme theme) {
    if (model instanceof ColumnChartModel m) {
      return ColumnChartRenderer.render(m, theme);
    } else if (model instanceof TimelineChartModel m) {
      return TimelineChartRenderer.render(m, theme);
    } else if (model instanceof RangeChartModel m) {
      return RangeChartRenderer.render(m, theme);
    }
    throw new IllegalArgumentException(model.getClass().getName());
  }
}
