package org.chartdesk.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.chartdesk.io.RawDeflate;

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
   * A zip stream that gives every entry the time {@code instant} reads in UTC, and puts the
   * entries {@code spliced} names together from their head and tail, as written, and rows
   * deflated beforehand ({@link Stream#insert}).
   *
   * <p>Zip stores local "DOS" times, which commons-compress makes from an entry's time through the
   * default time zone, so the time handed to it is the one that reads as those fields in that zone.
   * Times outside the DOS range (1980-2107) are clamped, as beyond it extra fields would carry the
   * real time.
   */
  static Stream stream(OutputStream out, Instant instant, Predicate<String> spliced) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    LocalDateTime fields = time.isBefore(DOS_MIN) ? DOS_MIN : time.isAfter(DOS_MAX) ? DOS_MAX : time;
    Stream zip = new Stream(out, fields.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli(), spliced);
    // Without a Zip64 placeholder in every entry's header: no part of a workbook nears 4 GB.
    zip.setUseZip64(Zip64Mode.Never);
    return zip;
  }

  /**
   * The workbook's zip. An entry to be spliced is held while it is written: what comes before
   * {@link #insert} is its head, what comes after its tail. When it is closed, the head and tail
   * are deflated on their own, ending and starting where the rows do, and the entry is added raw
   * with the CRC-32 of the whole ({@link Crc32Combine}).
   */
  static final class Stream extends ZipArchiveOutputStream {
    private final long time;
    private final Predicate<String> spliced;
    private ZipArchiveEntry splicing;
    private ByteArrayOutputStream head;
    private ByteArrayOutputStream tail;
    private DeflatedRows.Done rows;

    private Stream(OutputStream out, long time, Predicate<String> spliced) {
      super(out);
      this.time = time;
      this.spliced = spliced;
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
      entry.setTime(time);
      if (spliced.test(entry.getName())) {
        splicing = entry;
        head = new ByteArrayOutputStream();
        tail = null;
        rows = null;
        return;
      }
      super.putArchiveEntry(entry);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (splicing == null) {
        super.write(b, off, len);
      } else {
        (rows == null ? head : tail).write(b, off, len);
      }
    }

    /** Puts {@code deflated} here in the entry being spliced: what was written is its head. */
    void insert(DeflatedRows.Done deflated) {
      if (splicing == null || rows != null) {
        throw new IllegalStateException("rows inserted outside an entry made to take them");
      }
      rows = deflated;
      tail = new ByteArrayOutputStream();
    }

    @Override
    public void closeArchiveEntry() throws IOException {
      if (splicing == null) {
        super.closeArchiveEntry();
        return;
      }
      ZipArchiveEntry entry = splicing;
      splicing = null;
      if (rows == null) {
        // Nothing inserted: an entry like any other.
        super.putArchiveEntry(entry);
        super.write(head.toByteArray(), 0, head.size());
        super.closeArchiveEntry();
        return;
      }
      byte[] before = head.toByteArray();
      byte[] after = tail.toByteArray();
      byte[] headDeflated = RawDeflate.segment(before, 0, before.length, false, Deflater.BEST_SPEED);
      byte[] tailDeflated = RawDeflate.segment(after, 0, after.length, true, Deflater.BEST_SPEED);
      long crc = Crc32Combine.of(Crc32Combine.of(crc(before), rows.crc(), rows.size()), crc(after), after.length);
      entry.setMethod(ZipEntry.DEFLATED);
      entry.setCrc(crc);
      entry.setSize(before.length + rows.size() + after.length);
      entry.setCompressedSize(headDeflated.length + rows.compressedSize() + tailDeflated.length);
      try (InputStream file = Files.newInputStream(rows.file().toPath());
          InputStream whole = new SequenceInputStream(Collections.enumeration(List.of(
              new ByteArrayInputStream(headDeflated), file, new ByteArrayInputStream(tailDeflated))))) {
        addRawArchiveEntry(entry, whole);
      }
    }

    private static long crc(byte[] bytes) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return crc.getValue();
    }
  }
}
