package org.chartdesk.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

  /** As a PDF date in UTC: 20000101000000Z. */
  static String pdf() {
    return DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(instant());
  }
}
