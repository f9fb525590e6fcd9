package org.chartdesk.spec;

import java.util.List;

/**
 * One step of a spec's {@code transform:} list, applied to the dataset's rows before they are
 * bound (Vega-Lite style). Every step keeps provenance: each derived row knows the source rows it
 * comes from. See docs/chart-spec.md, "Transforms".
 */
public sealed interface Transform {
  /** The operations a step may name, as written in a spec. */
  List<String> OPERATIONS = List.of("calculate", "bin", "aggregate", "cumulate", "filter");

  /** Where the step is written ("transform[1]"), for messages. */
  String path();

  /** {@code {calculate: "end_year - start_year", as: years}}: the sum or difference of two numeric fields. */
  record Calculate(String path, String left, char operator, String right, String as) implements Transform {
    public static final List<String> KEYS = List.of("calculate", "as");
  }

  /** {@code {bin: decade, field: year, as: decade}}: a year's decade, as its first year (1953 is 1950). */
  record Bin(String path, String unit, String field, String as) implements Transform {
    public static final List<String> KEYS = List.of("bin", "field", "as");
    public static final List<String> UNITS = List.of("decade");
  }

  /**
   * {@code {aggregate: count, groupby: [decade, category], as: events}} or
   * {@code {aggregate: sum, field: years, groupby: [leader], as: years}}: one row per group.
   */
  record Aggregate(String path, String op, String field, List<String> groupby, String as) implements Transform {
    public static final List<String> KEYS = List.of("aggregate", "field", "groupby", "as");
    public static final List<String> OPS = List.of("count", "sum");
  }

  /** {@code {cumulate: events, sort: decade, groupby: [category], as: to_date}}: a running total. */
  record Cumulate(String path, String field, String sort, List<String> groupby, String as) implements Transform {
    public static final List<String> KEYS = List.of("cumulate", "sort", "groupby", "as");
  }

  /**
   * {@code {filter: {field: year, oneOf: [1976, 1977]}}} or {@code {filter: {field: year, range: [1950, 1989]}}}:
   * keeps the rows whose value is one of the listed ones, or within the range (ends included).
   *
   * @param oneOf the values kept, as text (a year 1976 is "1976"), or null
   * @param range [min, max], or null
   */
  record Filter(String path, String field, List<String> oneOf, double[] range) implements Transform {
    public static final List<String> KEYS = List.of("filter");
    public static final List<String> PREDICATE_KEYS = List.of("field", "oneOf", "range");
  }
}
