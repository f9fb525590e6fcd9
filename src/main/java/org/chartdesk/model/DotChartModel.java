package org.chartdesk.model;

import java.util.List;

/**
 * A dot per category on a value axis from zero (kinds {@code dot} and {@code lollipop}).
 *
 * @param stems true for a lollipop: each dot on a stem from zero
 */
public record DotChartModel(
    Frame frame, String dataset, String valueLabel, String format, List<Category> categories,
    List<Datum> values, double min, double max, boolean stems, String altText) implements ChartModel {}
