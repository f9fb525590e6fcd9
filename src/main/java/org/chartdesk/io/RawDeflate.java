package org.chartdesk.io;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * One segment of a raw deflate stream made of segments deflated apart (a PNG's chunks on several
 * cores, a zip entry's head, rows and tail deflated at different times): every segment but the
 * last ends on a byte boundary with no final block (a sync flush), so the segments joined are one
 * valid stream.
 */
public final class RawDeflate {
  /** How far back deflate looks for a match, and so how much of what comes before primes a segment. */
  public static final int WINDOW = 32 * 1024;

  private RawDeflate() {}

  /**
   * Deflates {@code data[from, to)}, primed with the up to 32 KiB before {@code from} so that it
   * compresses as well as one stream would.
   *
   * @param last whether the segment ends the stream
   */
  public static byte[] segment(byte[] data, int from, int to, boolean last, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      int primer = Math.max(0, from - WINDOW);
      if (from > primer) {
        deflater.setDictionary(data, primer, from - primer);
      }
      deflater.setInput(data, from, to - from);
      ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 16);
      byte[] buffer = new byte[1 << 16];
      if (last) {
        deflater.finish();
        while (!deflater.finished()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
      } else {
        // A full buffer may hide more output: flush until the deflater leaves room to spare.
        int n;
        do {
          n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
          out.write(buffer, 0, n);
        } while (n == buffer.length);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
