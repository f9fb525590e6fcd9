package org.chartdesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Precision;
import org.chartdesk.theme.NewsLocale;

/**
 * A day, hour, minute or second of local time, as a dataset or a spec writes it: an instant on a
 * time axis, which a line stands at (where the data's point for it stands), and the interval of
 * its precision, which a span covers.
 *
 * @param seconds local seconds since 1970-01-01T00:00, in no time zone
 * @param precision how much of the date was written: a day, or a time to the hour, minute or second
 */
public record DateTime(long seconds, Precision precision) implements When {

  @Override
  public double start() {
    return years(seconds);
  }

  @Override
  public double end() {
    return years(seconds + switch (precision) {
      case SECOND -> 1;
      case MINUTE -> 60;
      case HOUR -> 3600;
      default -> DatePattern.DAY;
    });
  }

  @Override
  public double mid() {
    return start();
  }

  @Override
  public String label(NewsLocale locale) {
    return DateLabels.full(seconds, precision, locale);
  }

  /** The fractional year of a moment: its year plus the part of that year gone by. */
  public static double years(long seconds) {
    LocalDateTime t = time(seconds);
    long start = LocalDate.of(t.getYear(), 1, 1).toEpochDay() * DatePattern.DAY;
    long next = LocalDate.of(t.getYear() + 1, 1, 1).toEpochDay() * DatePattern.DAY;
    return t.getYear() + (double) (seconds - start) / (next - start);
  }

  /** The moment of a fractional year, to the second: the inverse of {@link #years}. */
  public static long seconds(double years) {
    int year = (int) Math.floor(years);
    long start = LocalDate.of(year, 1, 1).toEpochDay() * DatePattern.DAY;
    long next = LocalDate.of(year + 1, 1, 1).toEpochDay() * DatePattern.DAY;
    return start + Math.round((years - year) * (next - start));
  }

  /** The local date and time of a moment. */
  public static LocalDateTime time(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
