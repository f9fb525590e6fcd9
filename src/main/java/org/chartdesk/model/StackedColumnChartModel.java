package org.chartdesk.model;

import java.util.List;

/**
 * Columns stacked per category, one colour per series; with {@code percent}, each column shows
 * its series' shares of the column's total.
 *
 * @param max the value axis's upper end (100 when percent)
 */
public record StackedColumnChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, boolean percent, double max, String altText) implements ChartModel {

  /** Whether no series has a figure at a category: a gap, whose total is no figure, not 0. */
  public boolean empty(int category) {
    return series.stream().allMatch(s -> s.values().get(category).missing());
  }

  /**
   * Whether some series but not all have a figure at a category: its total is that of the others,
   * which the chart marks ({@link #PARTIAL}) and its note says.
   */
  public boolean partial(int category) {
    return !empty(category) && series.stream().anyMatch(s -> s.values().get(category).missing());
  }

  /** What follows a total that leaves out a series without a figure, and begins the note saying so. */
  public static final String PARTIAL = "*";

  /** The sum of a category's values, missing values left out. */
  public double total(int category) {
    return Stacks.total(series, category);
  }

  /** What a segment measures on the axis: the value, or its share in percent. */
  public double height(int series, int category) {
    return Stacks.height(this.series, series, category, percent);
  }
}
