package org.chartdesk.workbook;

import java.nio.ByteBuffer;

/** Reads a PNG's pixel size from its header, so images are placed without decoding them. */
final class Png {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private Png() {}

  /** {width, height} in pixels. */
  static int[] size(byte[] png) {
    if (png.length < 24 || !ByteBuffer.wrap(png, 0, 8).equals(ByteBuffer.wrap(SIGNATURE))
        || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
      throw new IllegalArgumentException("not a PNG image");
    }
    ByteBuffer b = ByteBuffer.wrap(png);
    return new int[] {b.getInt(16), b.getInt(20)};
  }
}
