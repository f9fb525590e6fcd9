package org.chartdesk.dataset;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one date pattern of a column, written as Table Schema writes it ({@code "format": "%d/%m/%Y"})
 * and compiled into a strict java.time parser. Strptime style rather than Java's "dd/MM/yyyy" keeps
 * the descriptor a Frictionless one that other tools read the same way.
 *
 * <p>Directives: {@code %Y} four-digit year; {@code %m}, {@code %d} two-digit month and day;
 * {@code %-m}, {@code %-d} one or two digits; {@code %b}, {@code %B} English month name, short
 * ("Sep") or full; {@code %%} a percent sign. Any other character stands for itself. There are no
 * two-digit years and no times: both would need guessing.
 */
public final class DatePattern {
  /** Table Schema's {@code "default"} date format, ISO 8601: 2024-03-01. */
  public static final DatePattern ISO = compile("%Y-%m-%d");

  private final String source;
  private final DateTimeFormatter formatter;
  private final Precision precision;

  private DatePattern(String source, DateTimeFormatter formatter, Precision precision) {
    this.source = source;
    this.formatter = formatter;
    this.precision = precision;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException with a sentence for the user when the pattern is not supported
   */
  public static DatePattern compile(String pattern) {
    DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
    Set<ChronoField> seen = EnumSet.noneOf(ChronoField.class);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        builder.appendLiteral(c);
        continue;
      }
      int length = pattern.startsWith("%-", i) ? 3 : 2;
      String directive = pattern.substring(i, Math.min(i + length, pattern.length()));
      i += directive.length() - 1;
      switch (directive) {
        case "%%" -> builder.appendLiteral('%');
        case "%Y" -> builder.appendValue(once(seen, YEAR, directive), 4);
        case "%m" -> builder.appendValue(once(seen, MONTH_OF_YEAR, directive), 2);
        case "%-m" -> builder.appendValue(once(seen, MONTH_OF_YEAR, directive), 1, 2, SignStyle.NOT_NEGATIVE);
        case "%b" -> builder.appendText(once(seen, MONTH_OF_YEAR, directive), TextStyle.SHORT);
        case "%B" -> builder.appendText(once(seen, MONTH_OF_YEAR, directive), TextStyle.FULL);
        case "%d" -> builder.appendValue(once(seen, DAY_OF_MONTH, directive), 2);
        case "%-d" -> builder.appendValue(once(seen, DAY_OF_MONTH, directive), 1, 2, SignStyle.NOT_NEGATIVE);
        case "%y" -> throw new IllegalArgumentException("%y is not supported: two-digit years are ambiguous, use %Y");
        default -> throw new IllegalArgumentException(
            directive + " is not supported; use %Y, %m, %-m, %d, %-d, %b, %B or %%");
      }
    }
    if (!seen.contains(YEAR)) {
      throw new IllegalArgumentException("a date pattern needs a year, %Y");
    }
    if (seen.contains(DAY_OF_MONTH) && !seen.contains(MONTH_OF_YEAR)) {
      throw new IllegalArgumentException("a date pattern with a day needs a month");
    }
    Precision precision = seen.contains(DAY_OF_MONTH) ? Precision.DAY
        : seen.contains(MONTH_OF_YEAR) ? Precision.MONTH : Precision.YEAR;
    if (precision != Precision.DAY) {
      builder.parseDefaulting(DAY_OF_MONTH, 1);
    }
    if (precision == Precision.YEAR) {
      builder.parseDefaulting(MONTH_OF_YEAR, 1);
    }
    DateTimeFormatter formatter = builder.toFormatter(Locale.ENGLISH)
        .withChronology(IsoChronology.INSTANCE)
        .withResolverStyle(ResolverStyle.STRICT);
    return new DatePattern(pattern, formatter, precision);
  }

  /** The date the text stands for (the first day of its month or year when less precise), or null. */
  public LocalDate parse(String text) {
    try {
      return formatter.parse(text, LocalDate::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  public Precision precision() {
    return precision;
  }

  /** The pattern as the descriptor declares it. */
  public String source() {
    return source;
  }

  private static ChronoField once(Set<ChronoField> seen, ChronoField field, String directive) {
    if (!seen.add(field)) {
      throw new IllegalArgumentException(directive + " repeats a part of the date the pattern already has");
    }
    return field;
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
