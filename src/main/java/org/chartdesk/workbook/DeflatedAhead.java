package org.chartdesk.workbook;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.chartdesk.io.RawDeflate;

/**
 * Parts deflated before the zip is written: a chart's image, as its sheet is added while other
 * charts are drawn, rather than in the zip's writing after the last chart, which runs on one
 * thread (200 of the story's charts: 0.36 s of a 0.74 s tail). Found again by content when the
 * zip writes the part, and deflated exactly as it would be there, so the bytes are the same.
 */
final class DeflatedAhead {
  private record Part(byte[] content, byte[] deflated) {}

  /** By CRC-32; a part whose content differs from the one kept under its CRC is deflated then. */
  private final Map<Long, Part> parts = new ConcurrentHashMap<>();

  /** Deflates {@code content} now, for a part of these bytes written later. */
  void add(byte[] content) {
    long crc = crc(content);
    if (!parts.containsKey(crc)) {
      parts.putIfAbsent(crc, new Part(content, deflate(content)));
    }
  }

  /** The part's content deflated, taken ahead or now. */
  byte[] deflated(byte[] content, long crc) {
    Part p = parts.get(crc);
    return p != null && Arrays.equals(p.content(), content) ? p.deflated() : deflate(content);
  }

  static byte[] deflate(byte[] content) {
    return RawDeflate.segment(content, 0, content.length, true, RawDeflate.Effort.SMALLER);
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
