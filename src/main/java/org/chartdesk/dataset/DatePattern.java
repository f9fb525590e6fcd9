package org.chartdesk.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one date (or date-time) pattern of a column, written as Table Schema writes it
 * ({@code "format": "%d/%m/%Y"}) and compiled into a strict parser. Strptime style rather than
 * Java's "dd/MM/yyyy" keeps the descriptor a Frictionless one that other tools read the same way.
 *
 * <p>Directives: {@code %Y} four-digit year; {@code %m}, {@code %d} two-digit month and day;
 * {@code %-m}, {@code %-d} one or two digits; {@code %b}, {@code %B} English month name, short
 * ("Sep") or full; {@code %H}, {@code %M}, {@code %S} two-digit hour (00-23), minute and second;
 * {@code %%} a percent sign. Any other character stands for itself. There are no two-digit years,
 * no twelve-hour clocks and no time zones: each would need guessing. A time is local, as written.
 *
 * <p>The parser is written out rather than a {@code DateTimeFormatter}: a column of a million
 * date-times is read in a tenth of the time, into seconds without an object per value.
 */
public final class DatePattern {
  /** Table Schema's {@code "default"} date format, ISO 8601: 2024-03-01. */
  public static final DatePattern ISO = compile("%Y-%m-%d");
  /** The default of a datetime field: ISO 8601 local time, 2024-03-01T14:30:00. */
  public static final DatePattern ISO_DATETIME = compile("%Y-%m-%dT%H:%M:%S");
  /** ISO 8601 local time to the minute, 2024-03-01T14:30. */
  public static final DatePattern ISO_MINUTE = compile("%Y-%m-%dT%H:%M");

  /** Seconds of a day. */
  public static final long DAY = 86_400;
  /** Returned by {@link #seconds} for text that is not a date of the pattern. */
  public static final long INVALID = Long.MIN_VALUE;

  // The data's month names are English ones, written out: asking java.time for them set up its
  // locale data on the main thread before the first chart (9 ms of a one-chart build), and a JDK
  // whose locale data differed would read other names. ParsingPropertiesTest reads every month as
  // java.time writes it in English.
  private static final List<String> SHORT_MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final List<String> FULL_MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  /** One piece of a pattern: a literal character, or a number or month name to read. */
  private enum Part { LITERAL, YEAR, MONTH, MONTH_1_2, SHORT_MONTH, FULL_MONTH, DAY, DAY_1_2, HOUR, MINUTE, SECOND }

  private record Piece(Part part, char literal) {}

  private final String source;
  private final Piece[] pieces;
  private final Precision precision;

  private DatePattern(String source, Piece[] pieces, Precision precision) {
    this.source = source;
    this.pieces = pieces;
    this.precision = precision;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException with a sentence for the user when the pattern is not supported
   */
  public static DatePattern compile(String pattern) {
    List<Piece> pieces = new ArrayList<>();
    Set<Part> seen = EnumSet.noneOf(Part.class);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        pieces.add(new Piece(Part.LITERAL, c));
        continue;
      }
      int length = pattern.startsWith("%-", i) ? 3 : 2;
      String directive = pattern.substring(i, Math.min(i + length, pattern.length()));
      i += directive.length() - 1;
      Part part = switch (directive) {
        case "%%" -> Part.LITERAL;
        case "%Y" -> Part.YEAR;
        case "%m" -> Part.MONTH;
        case "%-m" -> Part.MONTH_1_2;
        case "%b" -> Part.SHORT_MONTH;
        case "%B" -> Part.FULL_MONTH;
        case "%d" -> Part.DAY;
        case "%-d" -> Part.DAY_1_2;
        case "%H" -> Part.HOUR;
        case "%M" -> Part.MINUTE;
        case "%S" -> Part.SECOND;
        case "%y" -> throw new IllegalArgumentException("%y is not supported: two-digit years are ambiguous, use %Y");
        case "%I", "%p" -> throw new IllegalArgumentException(
            directive + " is not supported: write times on the 24-hour clock, %H");
        case "%z", "%Z" -> throw new IllegalArgumentException(
            directive + " is not supported: times are local, as written, without a time zone");
        default -> throw new IllegalArgumentException(
            directive + " is not supported; use %Y, %m, %-m, %d, %-d, %b, %B, %H, %M, %S or %%");
      };
      if (part != Part.LITERAL && !seen.add(canonical(part))) {
        throw new IllegalArgumentException(directive + " repeats a part of the date the pattern already has");
      }
      pieces.add(new Piece(part, '%'));
    }
    Precision precision = precision(seen);
    return new DatePattern(pattern, pieces.toArray(Piece[]::new), precision);
  }

  /** The finest part the pattern has, once it has every coarser one. */
  private static Precision precision(Set<Part> seen) {
    Part[] order = {Part.YEAR, Part.MONTH, Part.DAY, Part.HOUR, Part.MINUTE, Part.SECOND};
    String[] names = {"a year, %Y", "a month", "a day", "an hour, %H", "a minute, %M", "a second"};
    Precision[] precisions = {Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE,
        Precision.SECOND};
    int finest = -1;
    for (int k = order.length - 1; k >= 0 && finest < 0; k--) {
      finest = seen.contains(order[k]) ? k : -1;
    }
    if (finest < 0) {
      throw new IllegalArgumentException("a date pattern needs a year, %Y");
    }
    for (int k = 0; k < finest; k++) {
      if (!seen.contains(order[k])) {
        String what = order[finest] == Part.DAY ? "with a day" : "with " + names[finest].replaceAll(",.*", "");
        throw new IllegalArgumentException("a date pattern " + what + " needs " + names[k]);
      }
    }
    return precisions[finest];
  }

  /** Month and day read in any of their forms are one part of the date. */
  private static Part canonical(Part part) {
    return switch (part) {
      case MONTH_1_2, SHORT_MONTH, FULL_MONTH -> Part.MONTH;
      case DAY_1_2 -> Part.DAY;
      default -> part;
    };
  }

  /**
   * The text as seconds since 1970-01-01T00:00 of local time (the first day of its month or year
   * when the pattern is less precise), or {@link #INVALID}: no zone, so no machine reads it
   * differently.
   */
  public long seconds(String text) {
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int at = 0;
    int n = text.length();
    for (Piece p : pieces) {
      if (p.part == Part.LITERAL) {
        if (at >= n || text.charAt(at) != p.literal) {
          return INVALID;
        }
        at++;
        continue;
      }
      if (p.part == Part.SHORT_MONTH || p.part == Part.FULL_MONTH) {
        month = monthName(text, at, p.part == Part.SHORT_MONTH ? SHORT_MONTHS : FULL_MONTHS);
        if (month == 0) {
          return INVALID;
        }
        at += (p.part == Part.SHORT_MONTH ? SHORT_MONTHS : FULL_MONTHS).get(month - 1).length();
        continue;
      }
      int min = p.part == Part.YEAR ? 4 : p.part == Part.MONTH_1_2 || p.part == Part.DAY_1_2 ? 1 : 2;
      int max = p.part == Part.YEAR ? 4 : 2;
      int value = 0;
      int digits = 0;
      while (digits < max && at < n && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        value = value * 10 + text.charAt(at++) - '0';
        digits++;
      }
      if (digits < min) {
        return INVALID;
      }
      switch (p.part) {
        case YEAR -> year = value;
        case MONTH, MONTH_1_2 -> month = value;
        case DAY, DAY_1_2 -> day = value;
        case HOUR -> hour = value;
        case MINUTE -> minute = value;
        default -> second = value;
      }
    }
    if (at != n || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(isLeap(year))
        || hour > 23 || minute > 59 || second > 59) {
      return INVALID;
    }
    return LocalDate.of(year, month, day).toEpochDay() * DAY + hour * 3600L + minute * 60L + second;
  }

  /**
   * The ISO pattern a date or date-time written in a spec has (2024-03-01, 2024-03-01T14:30 or
   * 2024-03-01T14:30:00), or null when it is none of them.
   */
  public static DatePattern iso(String text) {
    for (DatePattern p : new DatePattern[] {ISO, ISO_MINUTE, ISO_DATETIME}) {
      if (p.seconds(text) != INVALID) {
        return p;
      }
    }
    return null;
  }

  /** The date the text stands for (the first day of its month or year when less precise), or null. */
  public LocalDate parse(String text) {
    long s = seconds(text);
    return s == INVALID ? null : LocalDate.ofEpochDay(Math.floorDiv(s, DAY));
  }

  /** The date and time the text stands for, or null. */
  public LocalDateTime parseDateTime(String text) {
    long s = seconds(text);
    return s == INVALID ? null : LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC);
  }

  public Precision precision() {
    return precision;
  }

  /** The pattern as the descriptor declares it. */
  public String source() {
    return source;
  }

  private static boolean isLeap(int year) {
    return java.time.Year.isLeap(year);
  }

  /** The month (1-12) whose name starts at {@code at}, or 0. */
  private static int monthName(String text, int at, List<String> names) {
    for (int m = 0; m < 12; m++) {
      if (text.startsWith(names.get(m), at)) {
        return m + 1;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatePattern p && p.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
