package org.chartdesk.model;

import java.util.List;

/**
 * Lines over a true time axis: the categories are every year (or decade) of the domain, evenly
 * spaced, so a missing value breaks its line and the gap shows how long it is.
 */
public record LineChartModel(
    Frame frame, String dataset, Encoding encoding, String valueLabel, String format, List<Category> categories,
    List<DataSeries> series, double min, double max, String altText) implements ChartModel {}
