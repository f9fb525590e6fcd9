package org.chartdesk.export;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import org.chartdesk.io.RawDeflate;

/**
 * A zlib stream deflated in chunks of a fixed size on the cores that are free, as pigz does: each
 * chunk is a raw deflate stream primed with the 32 KiB before it and ended on a byte boundary, so
 * the chunks joined are one valid stream. The chunks depend only on the data, never on the number
 * of threads, so the bytes are the same on every machine.
 */
final class ChunkedDeflate {
  /** Large enough that priming and flushing cost little, small enough that a 2x chart has several. */
  static final int CHUNK = 1 << 20;
  private static final int DEFLATE_32K_WINDOW = 0x78;

  private ChunkedDeflate() {}

  static byte[] zlib(byte[] data, int level) {
    int chunks = Math.max(1, (data.length + CHUNK - 1) / CHUNK);
    List<byte[]> parts = IntStream.range(0, chunks).parallel()
        .mapToObj(i -> RawDeflate.segment(data, i * CHUNK, Math.min(data.length, (i + 1) * CHUNK), i == chunks - 1,
            level))
        .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(parts.stream().mapToInt(p -> p.length).sum() + 6);
    out.write(DEFLATE_32K_WINDOW);
    out.write(flags(level));
    parts.forEach(out::writeBytes);
    Adler32 adler = new Adler32();
    adler.update(data);
    int sum = (int) adler.getValue();
    out.write(sum >>> 24);
    out.write(sum >>> 16);
    out.write(sum >>> 8);
    out.write(sum);
    return out.toByteArray();
  }

  /** The header's second byte: the level's class, and the check bits that make the header a multiple of 31. */
  private static int flags(int level) {
    int levelClass = level <= 1 ? 0 : level <= 5 ? 1 : level == 6 ? 2 : 3;
    int flags = levelClass << 6;
    return flags + 31 - ((DEFLATE_32K_WINDOW << 8 | flags) % 31);
  }
}
