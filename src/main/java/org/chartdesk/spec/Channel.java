package org.chartdesk.spec;

import java.util.List;
import java.util.Map;

/**
 * How one dataset field is mapped onto the chart.
 *
 * @param field the dataset column
 * @param label the axis or lane title shown to readers
 * @param format a number pattern such as {@code #,##0}
 * @param domain the axis extent [min, max], or null to fit the data
 * @param period a column refining a year to a month, season or part of the year
 * @param qualifier a column whose text (such as "over") must travel with each value
 * @param order the order of categories (lanes, groups), or empty for order of appearance
 * @param names display names for category values
 * @param dates the time axis's extent [from, to] as local seconds since 1970, when the domain is
 *     written as dates ({@code domain: [2000-01-01, 2000-06-30T12:00]}); null otherwise
 * @param colors for a channel whose values are told apart by colour, the theme palette's colour
 *     (0 for its first) of the values the spec gives one: a colour that means one thing across a story
 */
public record Channel(
    String field,
    String label,
    String format,
    double[] domain,
    String period,
    String qualifier,
    List<String> order,
    Map<String, String> names,
    long[] dates,
    Map<String, Integer> colors) {

  public static final List<String> KEYS =
      List.of("field", "label", "format", "domain", "period", "qualifier", "order", "names", "colors");

  /** A channel whose domain, if any, is numbers. */
  public Channel(String field, String label, String format, double[] domain, String period, String qualifier,
      List<String> order, Map<String, String> names) {
    this(field, label, format, domain, period, qualifier, order, names, null, Map.of());
  }

  /** The display name of a category value. */
  public String nameOf(String value) {
    return names.getOrDefault(value, value);
  }
}
