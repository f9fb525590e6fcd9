package org.chartdesk.io;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * Every compressed byte chartdesk writes (PNG scanlines, the workbook's zip entries, the PDF's
 * streams) comes from here, through {@link DeflateEncoder}: not from the platform's zlib, whose
 * output differs between zlibs, so that a build gives the same bytes on every machine.
 *
 * <p>A stream may be made of segments deflated apart (a PNG's chunks on several cores, a zip
 * entry's head, rows and tail deflated at different times): every segment but the last ends on a
 * byte boundary with no final block, as zlib's sync flush does, so the segments joined are one
 * valid stream.
 */
public final class RawDeflate {
  /** How far back deflate looks for a match, and so how much of what comes before primes a segment. */
  public static final int WINDOW = 32 * 1024;

  /** How hard to look for matches: how many earlier places to try, and when to stop. */
  public enum Effort {
    /** Large text: the first match of a few that is long enough, as zlib's level 1 does. */
    FASTEST(4, 2, 8, false, 0, 4),
    /** Images and small parts: a longer search, and a look one byte ahead, as zlib's level 4 does. */
    SMALLER(3, 32, 32, true, 16, 32);

    private final int minMatch;
    private final int chain;
    private final int nice;
    private final boolean lazy;
    private final int lazyBelow;
    private final int insertBelow;

    Effort(int minMatch, int chain, int nice, boolean lazy, int lazyBelow, int insertBelow) {
      this.minMatch = minMatch;
      this.chain = chain;
      this.nice = nice;
      this.lazy = lazy;
      this.lazyBelow = lazyBelow;
      this.insertBelow = insertBelow;
    }

    /** The shortest match looked for. */
    int minMatch() {
      return minMatch;
    }

    /** How many earlier places with the same hash to try. */
    int chain() {
      return chain;
    }

    /** A match this long ends the search. */
    int nice() {
      return nice;
    }

    /** Whether a match may give way to a longer one at the next byte. */
    boolean lazy() {
      return lazy;
    }

    /** Matches shorter than this look one byte ahead. */
    int lazyBelow() {
      return lazyBelow;
    }

    /** The places inside a match are noted for later matches only when it is at most this long. */
    int insertBelow() {
      return insertBelow;
    }
  }

  /**
   * Each thread's encoders: made once rather than for each PNG chunk, PDF stream, zip entry or
   * mebibyte of a streamed sheet, whose tables, promoted when a collection met them, filled the old
   * generation (and, made for each small entry, were a fifth of what 200 charts allocated).
   */
  private static final ThreadLocal<DeflateEncoder[]> KEPT = ThreadLocal.withInitial(() ->
      Arrays.stream(Effort.values()).map(DeflateEncoder::new).toArray(DeflateEncoder[]::new));

  private RawDeflate() {}

  /**
   * Deflates {@code data[from, to)}, primed with the up to 32 KiB before {@code from} so that it
   * compresses as well as one stream would.
   *
   * @param last whether the segment ends the stream
   */
  public static byte[] segment(byte[] data, int from, int to, boolean last, Effort effort) {
    return KEPT.get()[effort.ordinal()].segment(data, from, to, last);
  }

  /** {@code data} as one zlib stream (RFC 1950): a header, the deflated bytes and their Adler-32. */
  public static byte[] zlib(byte[] data, Effort effort) {
    byte[] deflated = segment(data, 0, data.length, true, effort);
    byte[] out = new byte[deflated.length + 6];
    out[0] = 0x78;
    out[1] = (byte) zlibFlags(effort);
    System.arraycopy(deflated, 0, out, 2, deflated.length);
    Adler32 adler = new Adler32();
    adler.update(data);
    int sum = (int) adler.getValue();
    int at = out.length - 4;
    out[at] = (byte) (sum >>> 24);
    out[at + 1] = (byte) (sum >>> 16);
    out[at + 2] = (byte) (sum >>> 8);
    out[at + 3] = (byte) sum;
    return out;
  }

  /**
   * A zlib header's second byte after 0x78 (deflate, a 32 KiB window): the effort's class (0 for
   * the fastest, 1 for a fast one) and the check bits that make the header a multiple of 31.
   */
  public static int zlibFlags(Effort effort) {
    int flags = (effort == Effort.FASTEST ? 0 : 1) << 6;
    return flags + 31 - ((0x78 << 8 | flags) % 31);
  }
}
