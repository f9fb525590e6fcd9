package org.chartdesk.model;

import java.util.List;

/**
 * Horizontal bars, one per category, from zero.
 *
 * @param categories top to bottom
 * @param values one per category
 * @param min the value axis's lower end: zero, or below it for negative values
 * @param max the value axis's upper end, with room for the labels
 */
public record BarChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<Datum> values, double min, double max, String altText) implements ChartModel {}
