package org.chartdesk.spec;

import java.util.List;

/**
 * A second layer of dated marks drawn over a range chart, such as visits on terms of office.
 *
 * @param data the dataset of marks
 * @param match the field of the marks dataset whose value names the row to draw on
 * @param group the field giving the group of a row that only the marks know (a visitor without a
 *     term in the source)
 * @param x the (fuzzy) date of each mark
 * @param label a label template such as {@code "to {to_country}"}
 * @param legend how the marks are explained to readers
 */
public record Marks(String data, String match, String group, Channel x, String label, String legend) {
  public static final List<String> KEYS = List.of("data", "match", "group", "x", "label", "legend");
}
