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
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.chartdesk.export.BuildDate;
import org.chartdesk.io.RawDeflate;

/**
 * Makes a package's bytes depend on its content only. POI stamps every zip entry with the wall
 * clock and deflates it with the platform's zlib; the workbook's zip is written through
 * {@link #stream}, which gives every entry one fixed time instead and deflates it with
 * {@link RawDeflate}, as the entries are written, so a large workbook is compressed once.
 */
final class ReproducibleZip {
  private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private ReproducibleZip() {}

  /** The build instant: {@code SOURCE_DATE_EPOCH} (seconds) when set, the fixed default otherwise. */
  static Instant buildInstant(String sourceDateEpoch) {
    return BuildDate.parse(sourceDateEpoch);
  }

  /**
   * A zip stream that gives every entry the time {@code instant} reads in UTC, deflates every
   * entry itself ({@link RawDeflate}, not the platform's zlib), and puts rows deflated beforehand
   * into the entry being written when asked ({@link Stream#insert}); a part deflated {@code ahead}
   * is taken from there.
   *
   * <p>Zip stores local "DOS" times, which commons-compress makes from an entry's time through the
   * default time zone, so the time handed to it is the one that reads as those fields in that zone.
   * Times outside the DOS range (1980-2107) are clamped, as beyond it extra fields would carry the
   * real time.
   */
  static Stream stream(OutputStream out, Instant instant, DeflatedAhead ahead) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    LocalDateTime fields = time.isBefore(DOS_MIN) ? DOS_MIN : time.isAfter(DOS_MAX) ? DOS_MAX : time;
    Stream zip = new Stream(out, fields.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli(), ahead);
    // Without a Zip64 placeholder in every entry's header: no part of a workbook nears 4 GB.
    zip.setUseZip64(Zip64Mode.Never);
    return zip;
  }

  /**
   * The workbook's zip. Each entry is held while it is written, then deflated and added raw with
   * its CRC-32. Into a streamed sheet's entry its rows, deflated beforehand, are inserted: what
   * was written before {@link #insert} is its head, what comes after its tail; the head and tail
   * are deflated on their own, ending and starting where the rows do, and the CRC-32 of the whole
   * is combined from the three ({@link Crc32Combine}).
   */
  static final class Stream extends ZipArchiveOutputStream {
    private final long time;
    private final DeflatedAhead ahead;
    private ZipArchiveEntry entry;
    private ByteArrayOutputStream head;
    private ByteArrayOutputStream tail;
    private DeflatedRows.Done rows;

    private Stream(OutputStream out, long time, DeflatedAhead ahead) {
      super(out);
      this.time = time;
      this.ahead = ahead;
    }

    /**
     * A fresh entry of the same name rather than the one given: with SOURCE_DATE_EPOCH set, POI
     * stamps its entries with 1970, which gives them times of access and creation, and an entry
     * with those keeps a Windows timestamp beside the DOS fields, of the time set here: an
     * instant that depends on the time zone ({@link #stream}).
     */
    @Override
    public void putArchiveEntry(ZipArchiveEntry given) {
      ZipArchiveEntry entry = new ZipArchiveEntry(given.getName());
      entry.setTime(time);
      this.entry = entry;
      head = new ByteArrayOutputStream();
      tail = null;
      rows = null;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      (rows == null ? head : tail).write(b, off, len);
    }

    /** Puts {@code deflated} here in the entry being written: what was written is its head. */
    void insert(DeflatedRows.Done deflated) {
      if (entry == null || rows != null) {
        throw new IllegalStateException("rows inserted outside an entry");
      }
      rows = deflated;
      tail = new ByteArrayOutputStream();
    }

    @Override
    public void closeArchiveEntry() throws IOException {
      ZipArchiveEntry closing = entry;
      entry = null;
      byte[] before = head.toByteArray();
      closing.setMethod(ZipEntry.DEFLATED);
      if (rows == null) {
        long crc = DeflatedAhead.crc(before);
        byte[] deflated = ahead.deflated(before, crc);
        closing.setCrc(crc);
        closing.setSize(before.length);
        closing.setCompressedSize(deflated.length);
        addRawArchiveEntry(closing, new ByteArrayInputStream(deflated));
        return;
      }
      byte[] after = tail.toByteArray();
      byte[] headDeflated = RawDeflate.segment(before, 0, before.length, false, RawDeflate.Effort.FASTEST);
      byte[] tailDeflated = RawDeflate.segment(after, 0, after.length, true, RawDeflate.Effort.FASTEST);
      long crc = Crc32Combine.of(Crc32Combine.of(DeflatedAhead.crc(before), rows.crc(), rows.size()),
          DeflatedAhead.crc(after), after.length);
      closing.setCrc(crc);
      closing.setSize(before.length + rows.size() + after.length);
      closing.setCompressedSize(headDeflated.length + rows.compressedSize() + tailDeflated.length);
      try (InputStream file = Files.newInputStream(rows.file().toPath());
          InputStream whole = new SequenceInputStream(Collections.enumeration(List.of(
              new ByteArrayInputStream(headDeflated), file, new ByteArrayInputStream(tailDeflated))))) {
        addRawArchiveEntry(closing, whole);
      }
    }
  }
}
