package org.chartdesk.model;

import java.util.List;

/**
 * Two values per series joined by a line: the change between two years (or two categories).
 *
 * @param categories exactly two: left and right
 * @param series each with two values, left then right
 */
public record SlopeChartModel(
    Frame frame, String dataset, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, double min, double max, String altText) implements ChartModel {}
