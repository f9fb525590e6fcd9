package org.chartdesk.diagnostics;

import java.util.List;
import java.util.Locale;

/**
 * Suggests the closest valid name for a misspelt one (edit distance, at most a third of its
 * length), or the valid name a more specific one refines ("de" for "de-DE").
 */
public final class DidYouMean {
  private DidYouMean() {}

  public static String closest(String given, List<String> valid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    for (String v : valid) {
      int d = distance(g, v.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = v;
      }
    }
    if (best != null && bestDistance <= Math.max(1, given.length() / 3)) {
      return best;
    }
    // A more specific name than any valid one ("de-DE", "en_GB") points at the one it refines.
    String prefix = null;
    for (String v : valid) {
      String lv = v.toLowerCase(Locale.ROOT);
      if ((g.startsWith(lv + "-") || g.startsWith(lv + "_")) && (prefix == null || v.length() > prefix.length())) {
        prefix = v;
      }
    }
    return prefix;
  }

  /**
   * The one valid name that {@code given} abbreviates ("desc" for "descending"), at least three
   * letters of it; null when none or several do. For a hint to a value already refused: an
   * abbreviation is no misspelling for {@link #closest}, which decides whether a value is one.
   */
  public static String expanded(String given, List<String> valid) {
    String g = given.toLowerCase(Locale.ROOT);
    if (g.length() < 3) {
      return null;
    }
    List<String> longer = valid.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(g)).toList();
    return longer.size() == 1 ? longer.get(0) : null;
  }

  /** Edit distance counting a swap of neighbours as one edit ("lable" is one edit from "label"). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
