package org.chartdesk.export;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import org.chartdesk.io.RawDeflate;
import org.chartdesk.io.Zeros;

/**
 * A PNG's scanlines as a zlib stream deflated in chunks of a fixed size on the cores that are
 * free, as pigz does: each chunk is a raw deflate stream primed with the 32 KiB before it and
 * ended on a byte boundary, so the chunks joined are one valid stream. Each chunk makes the rows
 * it covers and sums them on its own thread: the image's scanlines are never made whole, one
 * thread after another. The chunks depend only on the data, never on the number of threads, so
 * the bytes are the same on every machine.
 */
final class ChunkedDeflate {
  /** Large enough that priming and flushing cost little, small enough that a 2x chart has several. */
  static final int CHUNK = 1 << 20;
  private static final int DEFLATE_32K_WINDOW = 0x78;
  /** Adler-32's modulus: the largest prime below 2^16. */
  private static final int ADLER_BASE = 65521;

  /** An image's scanlines, made a run of rows at a time. */
  interface Rows {
    /** Bytes per row, its filter type included. */
    int stride();

    int count();

    /** Writes rows {@code [first, end)}, one after another, into {@code into} from its start, zeroed. */
    void write(int first, int end, byte[] into);
  }

  /**
   * Each thread's room for a chunk's rows, kept for its next chunk: made for each, they were a
   * fifth of what a build of 200 charts allocated.
   */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

  private record Part(byte[] deflated, long adler, int length) {}

  private ChunkedDeflate() {}

  static byte[] zlib(Rows rows, RawDeflate.Effort effort) {
    int length = Math.multiplyExact(rows.stride(), rows.count());
    int chunks = Math.max(1, (length + CHUNK - 1) / CHUNK);
    List<Part> parts = IntStream.range(0, chunks).parallel()
        .mapToObj(i -> part(rows, i * CHUNK, Math.min(length, (i + 1) * CHUNK), i == chunks - 1, effort))
        .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(parts.stream().mapToInt(p -> p.deflated.length).sum() + 6);
    out.write(DEFLATE_32K_WINDOW);
    out.write(RawDeflate.zlibFlags(effort));
    long adler = 1;
    for (Part p : parts) {
      out.writeBytes(p.deflated);
      adler = adlerOfBoth(adler, p.adler, p.length);
    }
    int sum = (int) adler;
    out.write(sum >>> 24);
    out.write(sum >>> 16);
    out.write(sum >>> 8);
    out.write(sum);
    return out.toByteArray();
  }

  /** Bytes {@code [from, to)} of the scanlines, deflated after the window before them, and their sum. */
  private static Part part(Rows rows, int from, int to, boolean last, RawDeflate.Effort effort) {
    int stride = rows.stride();
    int first = Math.max(0, from - RawDeflate.WINDOW) / stride;
    int end = (to + stride - 1) / stride;
    byte[] lines = scratch((end - first) * stride);
    rows.write(first, end, lines);
    int at = from - first * stride;
    Adler32 adler = new Adler32();
    adler.update(lines, at, to - from);
    return new Part(RawDeflate.segment(lines, at, at + to - from, last, effort), adler.getValue(), to - from);
  }

  /** This thread's room for at least {@code length} bytes, zeroed as {@link Rows#write} expects. */
  private static byte[] scratch(int length) {
    byte[] kept = SCRATCH.get();
    if (kept.length < length) {
      kept = new byte[length];
      SCRATCH.set(kept);
    } else {
      Zeros.clear(kept, 0, length);
    }
    return kept;
  }

  /**
   * The Adler-32 of A followed by B, from each one's and B's length. Each sum starts at 1: A's low
   * half (1 plus A's bytes) and B's add less B's 1; the high half sums the low half after every
   * byte, so B's high half gains A's bytes' share once for each of B's bytes.
   */
  static long adlerOfBoth(long a, long b, long lengthB) {
    long lowA = a & 0xffff;
    long low = Math.floorMod(lowA + (b & 0xffff) - 1, ADLER_BASE);
    long high = Math.floorMod((a >>> 16) + (b >>> 16) + (lengthB % ADLER_BASE) * (lowA - 1), ADLER_BASE);
    return high << 16 | low;
  }

}
