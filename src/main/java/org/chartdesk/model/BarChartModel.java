package org.chartdesk.model;

import java.util.List;

/**
 * Horizontal bars, one per category, from zero.
 *
 * @param categories top to bottom
 * @param values one per category
 * @param min the value axis's lower end: zero, or below it for negative values
 * @param max the value axis's upper end
 * @param nameColumn the names whose widest sets the width of the names' column: the chart's own, or
 *     in a split with shared scales every chart's, so that their plots line up
 */
public record BarChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<Datum> values, double min, double max, String altText, List<String> nameColumn) implements ChartModel {

  /** A chart whose names' column is as wide as its own names need. */
  public BarChartModel(Frame frame, String dataset, Encoding encoding, String valueLabel, String format,
      List<Category> categories, List<Datum> values, double min, double max, String altText) {
    this(frame, dataset, encoding, valueLabel, format, categories, values, min, max, altText,
        categories.stream().map(Category::label).toList());
  }

  /** The same chart, its names' column as wide as the widest of {@code names}. */
  public BarChartModel withNameColumn(List<String> names) {
    return new BarChartModel(frame, dataset, encoding, valueLabel, format, categories, values, min, max, altText,
        List.copyOf(names));
  }
}
