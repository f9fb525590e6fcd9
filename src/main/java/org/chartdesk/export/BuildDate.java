package org.chartdesk.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * The date written into outputs: the reproducible-builds convention SOURCE_DATE_EPOCH when set,
 * otherwise a fixed date, never the wall clock. One reading for every format: the PDFs had ignored
 * a value the workbook took (a negative, 13 digits) and the workbook refused one the PDFs ignored.
 */
public final class BuildDate {
  public static final String VARIABLE = "SOURCE_DATE_EPOCH";

  static final Instant DEFAULT = Instant.parse("2000-01-01T00:00:00Z");

  /** 9999-12-31T23:59:59Z: the last second a date of four-digit years (a PDF's, a zip's) can say. */
  static final long LATEST = 253_402_300_799L;

  private BuildDate() {}

  public static Instant instant() {
    return parse(System.getenv(VARIABLE));
  }

  /**
   * The build instant a value of {@code SOURCE_DATE_EPOCH} gives: unset or blank, the fixed date.
   *
   * @throws IllegalArgumentException when it gives none; {@link #problem} says so to the user first
   */
  public static Instant parse(String value) {
    Diagnostic problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem.text());
    }
    return value == null || value.isBlank() ? DEFAULT : Instant.ofEpochSecond(Long.parseLong(value));
  }

  /**
   * What is wrong with a value of {@code SOURCE_DATE_EPOCH}, or null: it must be unset, blank, or
   * seconds since 1970 in digits alone, as {@code date +%s} prints them.
   */
  public static Diagnostic problem(String value) {
    if (value == null || value.isBlank()
        || value.matches("[0-9]{1,12}") && Long.parseLong(value) <= LATEST) {
      return null;
    }
    return Message.SOURCE_DATE_EPOCH_INVALID.error(null, 0, 0, "set it as date +%s prints it (git log -1 "
        + "--format=%ct gives the last commit's), or unset it for the fixed date 2000-01-01",
        Message.quote(value), LATEST);
  }

  /** In UTC, so a PDF date written from it does not depend on the machine's time zone. */
  static Calendar calendar() {
    return GregorianCalendar.from(instant().atZone(ZoneOffset.UTC));
  }
}
