package org.chartdesk.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.chartdesk.dataset.SheetLimits;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no
 * apostrophe at either end, not the reserved "History", unique ignoring case. POI would silently
 * truncate a long name and then reject the clash, so every name goes through here, in a fixed
 * order, which keeps the names stable from build to build.
 */
final class SheetNames {
  private final Set<String> taken = new HashSet<>();

  /** The sheet name for {@code wanted}, made valid and unique; {@code suffix} is kept whole. */
  String claim(String wanted, String suffix) {
    String base = sanitise(wanted);
    String name = fit(base, suffix);
    for (int n = 2; taken.contains(key(name)); n++) {
      name = fit(base, suffix + " (" + n + ")");
    }
    taken.add(key(name));
    return name;
  }

  String claim(String wanted) {
    return claim(wanted, "");
  }

  boolean isTaken(String wanted) {
    return taken.contains(key(fit(sanitise(wanted), "")));
  }

  static String sanitise(String wanted) {
    String s = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
    s = s.replaceAll("^'+|'+$", "");
    if (s.isEmpty()) {
      s = "Sheet";
    }
    return s.equalsIgnoreCase("History") ? s + "_" : s;
  }

  private static String fit(String base, String suffix) {
    int room = SheetLimits.SHEET_NAME_CHARS - suffix.length();
    String cut = base.length() > room ? base.substring(0, room).stripTrailing() : base;
    return (cut + suffix).replaceAll("'+$", "");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
