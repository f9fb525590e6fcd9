package org.chartdesk.model;

import java.util.List;

/** Columns side by side per category, one colour per series, on a value axis from zero. */
public record GroupedColumnChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, double min, double max, String altText) implements ChartModel {}
