package org.chartdesk.model;

import java.util.List;

/**
 * One series of a multi-series chart, drawn in one colour.
 *
 * @param key the value of the colour field
 * @param name the name readers see, on the line's end or in the key
 * @param values one per category of the chart, in the same order
 */
public record DataSeries(String key, String name, List<Datum> values) {}
