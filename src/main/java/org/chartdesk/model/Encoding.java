package org.chartdesk.model;

import java.util.List;
import org.chartdesk.spec.Transform;

/**
 * What a chart reads from its dataset: the fields on its channels and the transform steps applied
 * first, so the workbook can show how the values were made, not only the values drawn.
 *
 * @param category the field whose values name the categories, or null when a label template
 *     names them
 * @param value the field of the values
 * @param series the field whose values are the series, or null for one series
 * @param steps the spec's transform steps, in order
 */
public record Encoding(String category, String value, String series, List<Transform> steps) {}
