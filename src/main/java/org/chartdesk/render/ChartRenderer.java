package org.chartdesk.render;

import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.StackedColumnChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/** Turns a bound chart into a JFreeChart in the house style; one renderer class per kind. */
public final class ChartRenderer {
  private ChartRenderer() {}

  public static JFreeChart render(ChartModel model, Theme house) {
    Theme theme = SeriesColours.of(model, house);
    if (model instanceof ColumnChartModel m) {
      return ColumnChartRenderer.render(m, theme);
    } else if (model instanceof TimelineChartModel m) {
      return TimelineChartRenderer.render(m, theme);
    } else if (model instanceof RangeChartModel m) {
      return RangeChartRenderer.render(m, theme);
    } else if (model instanceof BarChartModel m) {
      return BarChartRenderer.render(m, theme);
    } else if (model instanceof DotChartModel m) {
      return DotChartRenderer.render(m, theme);
    } else if (model instanceof GroupedColumnChartModel m) {
      return GroupedColumnChartRenderer.render(m, theme);
    } else if (model instanceof StackedColumnChartModel m) {
      return StackedColumnChartRenderer.render(m, theme);
    } else if (model instanceof LineChartModel m) {
      return LineChartRenderer.render(m, theme);
    } else if (model instanceof AreaChartModel m) {
      return AreaChartRenderer.render(m, theme);
    } else if (model instanceof SlopeChartModel m) {
      return SlopeChartRenderer.render(m, theme);
    } else if (model instanceof SmallMultiplesChartModel m) {
      return SmallMultiplesChartRenderer.render(m, theme);
    } else if (model instanceof DumbbellChartModel m) {
      return DumbbellChartRenderer.render(m, theme);
    } else if (model instanceof TableChartModel m) {
      return TableChartRenderer.render(m, theme);
    }
    throw new IllegalArgumentException(model.getClass().getName());
  }
}
