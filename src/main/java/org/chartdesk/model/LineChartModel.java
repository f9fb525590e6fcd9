package org.chartdesk.model;

import java.util.List;
import java.util.Set;

/**
 * Lines over a true time axis: the categories are every year (or decade) of the domain, evenly
 * spaced, so a missing value breaks its line and the gap shows how long it is; or, over a date or
 * date-time field, the moments the data has, each at its place on a continuous {@link TimeAxis}.
 *
 * @param time where the categories stand on a continuous time axis, or null for year slots
 * @param leftOut the keys of the year slots a filter of the spec left out, which the data has
 *     figures for: every line passes over them
 */
public record LineChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, double min, double max, String altText, TimeAxis time, Set<String> leftOut)
    implements ChartModel {

  /**
   * Whether the series' value at the category is no point at all: on a time axis each series
   * has points at its own moments, and a moment only another series has is passed over, where
   * a missing value (a row without a figure) breaks the line; on year slots, a year the spec's
   * filter left out is passed over.
   */
  public boolean passedOver(int series, int category) {
    return time != null ? this.series.get(series).absent(category) : leftOut.contains(categories.get(category).key());
  }

  /** Whether any line passes over a category. */
  public boolean passesOver() {
    return time != null && series.size() > 1 || !leftOut.isEmpty();
  }
}
