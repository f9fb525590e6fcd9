package org.chartdesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Dataset;

/** The moments of a date or date-time field, as local seconds since 1970, for a time axis. */
public final class Times {
  /** What {@link #seconds} gives for a missing value. */
  public static final long NONE = Long.MIN_VALUE;

  private Times() {}

  /** A dataset's date (its first second) or date-time as local seconds, or NONE. */
  public static long seconds(Object value) {
    if (value instanceof LocalDateTime t) {
      return t.toEpochSecond(ZoneOffset.UTC);
    }
    return value instanceof LocalDate d ? d.toEpochDay() * DatePattern.DAY : NONE;
  }

  /** The field's moments, each once, in order. Rows already in order, as a time series' are, are not sorted again. */
  static long[] distinct(Dataset data, int field) {
    long[] all = new long[data.rows().size()];
    int n = 0;
    boolean increasing = true;
    for (int r = 0; r < all.length; r++) {
      long t = seconds(data.value(r, field));
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
