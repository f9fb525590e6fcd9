package org.chartdesk.io;

import java.util.Arrays;

/** Bits written as deflate packs them: each value's low bit first, into a byte's low bits first. */
final class BitSink {
  private byte[] bytes;
  private int size;
  private long pending;
  private int pendingBits;

  BitSink(int expected) {
    bytes = new byte[Math.max(64, expected)];
  }

  /** Empties the sink, keeping its room. */
  void reset() {
    size = 0;
    pending = 0;
    pendingBits = 0;
  }

  /** Writes the low {@code count} bits of {@code value}; {@code count} is at most 32. */
  void bits(int value, int count) {
    pending |= (value & 0xffffffffL) << pendingBits;
    pendingBits += count;
    if (pendingBits >= 32) {
      room(4);
      bytes[size] = (byte) pending;
      bytes[size + 1] = (byte) (pending >>> 8);
      bytes[size + 2] = (byte) (pending >>> 16);
      bytes[size + 3] = (byte) (pending >>> 24);
      size += 4;
      pending >>>= 32;
      pendingBits -= 32;
    }
  }

  /** Fills the current byte with zero bits. */
  void align() {
    room(8);
    while (pendingBits > 0) {
      bytes[size++] = (byte) pending;
      pending >>>= 8;
      pendingBits = Math.max(0, pendingBits - 8);
    }
    pending = 0;
  }

  /** Copies bytes as they are; the sink must be on a byte boundary. */
  void raw(byte[] src, int off, int len) {
    if (pendingBits != 0) {
      throw new IllegalStateException("raw bytes off a byte boundary");
    }
    room(len);
    System.arraycopy(src, off, bytes, size, len);
    size += len;
  }

  byte[] toByteArray() {
    align();
    return Arrays.copyOf(bytes, size);
  }

  private void room(int n) {
    if (size + n > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
  }
}
