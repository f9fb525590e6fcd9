package org.chartdesk.model;

import java.util.Arrays;
import org.chartdesk.dataset.Dataset;

/** The moments of a date or date-time field, as local seconds since 1970, for a time axis. */
final class Times {
  /** What {@link Dataset#seconds} gives for a missing value. */
  static final long NONE = Long.MIN_VALUE;

  private Times() {}

  /** The field's moments, each once, in order. Rows already in order, as a time series' are, are not sorted again. */
  static long[] distinct(Dataset data, int field) {
    long[] all = new long[data.rows().size()];
    int n = 0;
    boolean increasing = true;
    for (int r = 0; r < all.length; r++) {
      long t = data.seconds(r, field);
      if (t != NONE) {
        increasing &= n == 0 || t > all[n - 1];
        all[n++] = t;
      }
    }
    if (increasing) {
      return n == all.length ? all : Arrays.copyOf(all, n);
    }
    Arrays.sort(all, 0, n);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (kept == 0 || all[i] != all[kept - 1]) {
        all[kept++] = all[i];
      }
    }
    return Arrays.copyOf(all, kept);
  }
}
