package org.chartdesk.model;

import java.util.List;

/**
 * A dot per category on a value axis from zero (kinds {@code dot} and {@code lollipop}).
 *
 * @param stems true for a lollipop: each dot on a stem from zero
 * @param nameColumn as a bar chart's ({@link BarChartModel#nameColumn})
 */
public record DotChartModel(
    Frame frame, String dataset, String valueLabel, String format, List<Category> categories,
    List<Datum> values, double min, double max, boolean stems, String altText, List<String> nameColumn)
    implements ChartModel {

  /** A chart whose names' column is as wide as its own names need. */
  public DotChartModel(Frame frame, String dataset, String valueLabel, String format, List<Category> categories,
      List<Datum> values, double min, double max, boolean stems, String altText) {
    this(frame, dataset, valueLabel, format, categories, values, min, max, stems, altText,
        categories.stream().map(Category::label).toList());
  }

  /** The same chart, its names' column as wide as the widest of {@code names}. */
  public DotChartModel withNameColumn(List<String> names) {
    return new DotChartModel(frame, dataset, valueLabel, format, categories, values, min, max, stems, altText,
        List.copyOf(names));
  }
}
