package org.chartdesk.model;

import java.time.LocalDateTime;
import org.chartdesk.dataset.Precision;
import org.chartdesk.theme.NewsLocale;

/**
 * Dates and times as a chart's locale writes them, from its data files, never the machine's:
 * "3 Jan 2000 05:00", "Jan. 3, 2000" (AP), "3. Jan. 2000" (German). Month names are the short
 * ones, which read right beside a day in every bundled language. Times are on the 24-hour clock.
 */
public final class DateLabels {
  private DateLabels() {}

  /** A moment as precisely as it was written: "3 Jan 2000", "3 Jan 2000 05:00", "3 Jan 2000 05:00:07". */
  public static String full(long seconds, Precision precision, NewsLocale locale) {
    LocalDateTime t = DateTime.time(seconds);
    return switch (precision) {
      case YEAR -> Integer.toString(t.getYear());
      case MONTH -> monthYear(t, locale);
      case DAY -> date(t, locale);
      default -> date(t, locale) + " " + time(t, precision == Precision.SECOND);
    };
  }

  /** "3 Jan 2000" */
  public static String date(LocalDateTime t, NewsLocale locale) {
    return locale.date().replace("{day}", Integer.toString(t.getDayOfMonth()))
        .replace("{month}", month(t, locale)).replace("{year}", Integer.toString(t.getYear()));
  }

  /** "3 Jan" */
  public static String dayMonth(LocalDateTime t, NewsLocale locale) {
    return locale.dayMonth().replace("{day}", Integer.toString(t.getDayOfMonth())).replace("{month}", month(t, locale));
  }

  /** "Jan 2000" */
  public static String monthYear(LocalDateTime t, NewsLocale locale) {
    return month(t, locale) + " " + t.getYear();
  }

  /** "Jan" */
  public static String month(LocalDateTime t, NewsLocale locale) {
    return locale.monthsShort().get(t.getMonthValue() - 1);
  }

  /** "05:00", or "05:00:07" with seconds. */
  public static String time(LocalDateTime t, boolean seconds) {
    String hm = two(t.getHour()) + ":" + two(t.getMinute());
    return seconds ? hm + ":" + two(t.getSecond()) : hm;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
