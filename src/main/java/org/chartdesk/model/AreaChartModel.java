package org.chartdesk.model;

import java.util.List;

/**
 * Filled areas from zero over a true time axis; several series are stacked, as values or (with
 * {@code percent}) as shares of each year's total.
 */
public record AreaChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, boolean percent, double max, String altText) implements ChartModel {

  /** What a series adds to the stack at a category: the value, or its share in percent. */
  public double height(int series, int category) {
    return Stacks.height(this.series, series, category, percent);
  }
}
