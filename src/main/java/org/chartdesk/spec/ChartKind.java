package org.chartdesk.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The chart kinds a spec may ask for, with the keys each accepts beyond the common ones. */
public enum ChartKind {
  /** Vertical bars over a true year axis; missing years stay visible as gaps. */
  COLUMN("column", List.of("x", "y")),
  /** Dated events in lanes, labelled without overlaps. */
  TIMELINE("timeline", List.of("x", "lane", "label", "orientation")),
  /** Start-to-end bars per row (terms of office), with dated marks from another dataset. */
  RANGE("range", List.of("row", "group", "start", "end", "x", "marks"));

  private final String key;
  private final List<String> keys;

  ChartKind(String key, List<String> keys) {
    this.key = key;
    this.keys = keys;
  }

  public String key() {
    return key;
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
