package org.chartdesk.model;

import java.util.List;
import org.chartdesk.theme.NewsLocale;

/**
 * A date as precise as the source says and no more: a year, optionally refined by a month, a
 * season or a part of the year. It is drawn as the interval it stands for, never as a made-up day.
 *
 * @param year the year the source gives
 * @param period the refinement as written in the data (lower case), or null for the whole year
 */
public record FuzzyDate(int year, String period) implements When, Comparable<FuzzyDate> {
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");

  /** The period words a dataset may use, in the order they are documented. */
  public static final List<String> PERIODS;

  static {
    var all = new java.util.ArrayList<>(MONTHS);
    all.addAll(List.of("spring", "summer", "fall", "early", "late", "late-decade"));
    PERIODS = List.copyOf(all);
  }

  public FuzzyDate {
    if (period != null && period.isEmpty()) {
      period = null;
    }
    if (period != null && !PERIODS.contains(period)) {
      throw new IllegalArgumentException(period);
    }
  }

  public static boolean isPeriod(String text) {
    return text == null || text.isEmpty() || PERIODS.contains(text);
  }

  @Override
  public double start() {
    return year + bounds()[0] / 12.0;
  }

  @Override
  public double end() {
    return year + bounds()[1] / 12.0;
  }

  @Override
  public double mid() {
    return (start() + end()) / 2;
  }

  /** The precision word for readers and alt text: year, month, season, part of a year, part of a decade. */
  public String precision() {
    if (period == null) {
      return "year";
    }
    if (MONTHS.contains(period)) {
      return "month";
    }
    return switch (period) {
      case "spring", "summer", "fall" -> "season";
      case "late-decade" -> "part of a decade";
      default -> "part of a year";
    };
  }

  /** Month offsets [from, to) within the year; seasons and parts are the months they cover. */
  private int[] bounds() {
    if (period == null) {
      return new int[] {0, 12};
    }
    int m = MONTHS.indexOf(period);
    if (m >= 0) {
      return new int[] {m, m + 1};
    }
    return switch (period) {
      case "spring" -> new int[] {2, 5};
      case "summer" -> new int[] {5, 8};
      case "fall" -> new int[] {8, 11};
      case "early" -> new int[] {0, 4};
      case "late" -> new int[] {8, 12};
      // "The late 1970s": the last three years of the decade that starts at year.
      case "late-decade" -> new int[] {7 * 12, 10 * 12};
      default -> throw new IllegalStateException(period);
    };
  }

  /** How the date reads in the locale: "June 1955" (or "Juni 1955", "Sept. 1955"), "fall 1955", "1953". */
  @Override
  public String label(NewsLocale locale) {
    if (period == null) {
      return Integer.toString(year);
    }
    if (MONTHS.contains(period)) {
      return locale.month(MONTHS.indexOf(period)) + " " + year;
    }
    if (period.equals("late-decade")) {
      return locale.lateDecade().replace("{decade}", Integer.toString(year));
    }
    return locale.seasons().get(period) + " " + year;
  }

  @Override
  public int compareTo(FuzzyDate o) {
    int c = Double.compare(start(), o.start());
    return c != 0 ? c : Double.compare(end(), o.end());
  }
}
