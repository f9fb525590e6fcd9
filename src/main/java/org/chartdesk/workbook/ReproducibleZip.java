package org.chartdesk.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a package's bytes depend on its content only. POI stamps every zip entry with the wall
 * clock, so the finished file is copied entry by entry, in the same order, with one fixed time
 * and no extra fields.
 */
final class ReproducibleZip {
  /** 2000-01-01T00:00:00Z: the fixed instant used unless {@code SOURCE_DATE_EPOCH} says otherwise. */
  static final Instant DEFAULT_INSTANT = Instant.parse("2000-01-01T00:00:00Z");

  private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private ReproducibleZip() {}

  /** The build instant: {@code SOURCE_DATE_EPOCH} (seconds) when set, the fixed default otherwise. */
  static Instant buildInstant(String sourceDateEpoch) {
    if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
      return DEFAULT_INSTANT;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "SOURCE_DATE_EPOCH must be a whole number of seconds, not \"" + sourceDateEpoch + "\"", e);
    }
  }

  /**
   * Copies a zip with every entry's time set to {@code instant}, read in UTC. Zip stores local
   * "DOS" times; {@link ZipEntry#setTimeLocal} writes exactly the given fields, whereas
   * {@code setTime} would convert through the default time zone. Times outside the DOS range
   * (1980-2107) are clamped, because beyond it the JDK adds a time-zone-dependent extra field.
   */
  static byte[] normalise(byte[] zip, Instant instant) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    time = time.isBefore(DOS_MIN) ? DOS_MIN : time.isAfter(DOS_MAX) ? DOS_MAX : time;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
