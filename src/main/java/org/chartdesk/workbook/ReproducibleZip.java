package org.chartdesk.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Makes a package's bytes depend on its content only. POI stamps every zip entry with the wall
 * clock; the workbook's zip is written through {@link #stream}, which gives every entry one fixed
 * time instead, as the entries are written, so a large workbook is compressed once.
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
   * A zip stream that gives every entry the time {@code instant} reads in UTC, and compresses the
   * entries {@code large} names at zlib's fastest level: a sheet of a million rows then takes about
   * a second to compress instead of nearly three, and a sixth more room.
   *
   * <p>Zip stores local "DOS" times, which commons-compress makes from an entry's time through the
   * default time zone, so the time handed to it is the one that reads as those fields in that zone.
   * Times outside the DOS range (1980-2107) are clamped, as beyond it extra fields would carry the
   * real time.
   */
  static ZipArchiveOutputStream stream(OutputStream out, Instant instant, Predicate<String> large) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    LocalDateTime fields = time.isBefore(DOS_MIN) ? DOS_MIN : time.isAfter(DOS_MAX) ? DOS_MAX : time;
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
      @Override
      public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        entry.setTime(fields.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        setLevel(large.test(entry.getName()) ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
        super.putArchiveEntry(entry);
      }
    };
    // Without a Zip64 placeholder in every entry's header: no part of a workbook nears 4 GB.
    zip.setUseZip64(Zip64Mode.Never);
    return zip;
  }
}
