package org.chartdesk.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The chart kinds a spec may ask for, with the keys each accepts beyond the common ones. */
public enum ChartKind {
  /** Vertical bars over a true year axis; missing years stay visible as gaps. */
  COLUMN("column", List.of("x", "y", "transform")),
  /** Dated events in lanes, labelled without overlaps. */
  TIMELINE("timeline", List.of("x", "lane", "label", "orientation", "transform")),
  /** Start-to-end bars per row (terms of office), with dated marks from another dataset. */
  RANGE("range", List.of("row", "group", "start", "end", "x", "marks")),
  /** Horizontal bars, one per category, from zero: magnitude and ranking with long names. */
  BAR("bar", List.of("x", "y", "label", "sort", "transform")),
  /** Columns side by side per category, one colour per series. */
  GROUPED_COLUMN("grouped-column", List.of("x", "y", "color", "transform")),
  /** Columns stacked per category, one colour per series; with stack: percent, shares of 100%. */
  STACKED_COLUMN("stacked-column", List.of("x", "y", "color", "stack", "transform")),
  /** Lines over a true time axis, labelled at their ends; missing values break the line. */
  LINE("line", List.of("x", "y", "color", "transform")),
  /** A filled line from zero; several series are stacked. */
  AREA("area", List.of("x", "y", "color", "stack", "transform")),
  /** A dot per category on a value axis from zero. */
  DOT("dot", List.of("x", "y", "label", "sort", "transform")),
  /** A dot per category on a stem from zero. */
  LOLLIPOP("lollipop", List.of("x", "y", "label", "sort", "transform")),
  /** Two dots joined per row: where each row starts and ends. */
  DUMBBELL("dumbbell", List.of("row", "group", "start", "end", "x", "transform")),
  /** Two values per series joined by a line: change between two years. */
  SLOPE("slope", List.of("x", "y", "color", "transform")),
  /** One small chart per value of a field, on shared scales. */
  SMALL_MULTIPLES("small-multiples", List.of("facet", "mark", "x", "y", "transform")),
  /** The rows themselves, as a typeset table. */
  TABLE("table", List.of("columns", "transform"));

  private final String key;
  private final List<String> keys;

  ChartKind(String key, List<String> keys) {
    this.key = key;
    this.keys = keys;
  }

  public String key() {
    return key;
  }

  /** The key after its article, as a message says it: "an area", "a line". */
  public String withArticle() {
    return ("aeiou".indexOf(key.charAt(0)) >= 0 ? "an " : "a ") + key;
  }

  /**
   * Whether this kind draws each row as the dataset gives it (a year's column, a dated event), so
   * that its transform may only keep rows (filter steps), never derive them.
   */
  public boolean keepsRowsAsGiven() {
    return this == COLUMN || this == TIMELINE;
  }

  /** Keys this kind accepts in addition to {@link ChartSpec#COMMON_KEYS}. */
  public List<String> keys() {
    return keys;
  }

  public static ChartKind fromKey(String key) {
    return Arrays.stream(values())
        .filter(k -> k.key.equals(key.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElse(null);
  }

  public static List<String> keysOfAll() {
    return Arrays.stream(values()).map(ChartKind::key).toList();
  }
}
