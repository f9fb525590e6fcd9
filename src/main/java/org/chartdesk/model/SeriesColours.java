package org.chartdesk.model;

import java.util.List;
import org.chartdesk.theme.Theme;

/**
 * The colours a chart tells its lanes, series or groups apart by: the theme's palette in order,
 * or in the order the spec's {@code colors} give, so that a colour keeps one meaning across a
 * story's charts. Every drawing of a chart (its images, its native workbook chart, the colour
 * checks) takes its theme through here.
 */
public final class SeriesColours {
  private SeriesColours() {}

  /** The theme to draw the chart in: {@code theme} with its series colours in the chart's order. */
  public static Theme of(ChartModel model, Theme theme) {
    Integer one = model.frame().colours().get(Frame.ONE_COLOUR);
    if (one != null) {
      // A chart in one colour, its split's value's: that colour is the first and only.
      return theme.recoloured(new int[] {one});
    }
    return model.frame().colours().isEmpty() ? theme : theme.recoloured(model.frame().colourSlots(keys(model)));
  }

  /** The values the chart tells apart by colour, in the order it draws them; empty for one colour. */
  static List<String> keys(ChartModel model) {
    if (model instanceof TimelineChartModel m) {
      return m.lanes().stream().map(TimelineChartModel.Lane::key).toList();
    } else if (model instanceof RangeChartModel m) {
      return m.groups().stream().map(RangeChartModel.Group::key).toList();
    } else if (model instanceof DumbbellChartModel m) {
      return m.groupKeys();
    }
    List<DataSeries> series = series(model);
    return series == null ? List.of() : series.stream().map(DataSeries::key).toList();
  }

  /** The series of the kinds that colour them (columns grouped or stacked, lines, areas, slopes), else null. */
  public static List<DataSeries> series(ChartModel model) {
    if (model instanceof GroupedColumnChartModel m) {
      return m.series();
    } else if (model instanceof StackedColumnChartModel m) {
      return m.series();
    } else if (model instanceof LineChartModel m) {
      return m.series();
    } else if (model instanceof AreaChartModel m) {
      return m.series();
    } else if (model instanceof SlopeChartModel m) {
      return m.series();
    }
    return null;
  }
}
