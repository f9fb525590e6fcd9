package org.chartdesk.model;

import java.util.List;

/**
 * One small chart per value of the facet field, all on the same scales so panels compare at a
 * glance.
 *
 * @param mark what each panel draws: "column" or "line"
 * @param panels one series per panel, in reading order
 * @param min the shared value axis's lower end: zero, or below the lowest figure under it
 * @param max the shared value axis's upper end
 */
public record SmallMultiplesChartModel(
    Frame frame, String dataset, String mark, String valueLabel, String format, List<Category> categories,
    List<DataSeries> panels, double min, double max, String altText) implements ChartModel {}
