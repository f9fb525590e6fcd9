package org.chartdesk.spec;

import java.util.List;
import java.util.Locale;

/** Suggests the closest valid name for a misspelt one (edit distance, at most a third of its length). */
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
    return best != null && bestDistance <= Math.max(1, given.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
