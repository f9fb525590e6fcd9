package org.chartdesk.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;

/**
 * The date written into outputs: the reproducible-builds convention SOURCE_DATE_EPOCH when set,
 * otherwise a fixed date, never the wall clock.
 */
public final class BuildDate {
  static final Instant DEFAULT = Instant.parse("2000-01-01T00:00:00Z");

  private BuildDate() {}

  public static Instant instant() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("[0-9]{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return DEFAULT;
  }

  /** In UTC, so a PDF date written from it does not depend on the machine's time zone. */
  static Calendar calendar() {
    return GregorianCalendar.from(instant().atZone(ZoneOffset.UTC));
  }
}
