package org.chartdesk.workbook;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the length of
 * the second, without their bytes: a zip entry put together from parts deflated at different
 * times ({@link DeflatedRows}) needs the checksum of the whole.
 *
 * <p>CRC-32 is linear over GF(2): appending n bytes to a message multiplies its register by the
 * matrix of "feed one zero bit" raised to the power 8n, and the second part's own CRC is added
 * (XOR). The power is taken by repeated squaring, as zlib's {@code crc32_combine} does.
 */
final class Crc32Combine {
  /** The reflected CRC-32 polynomial, as {@link java.util.zip.CRC32} uses it. */
  private static final int POLYNOMIAL = 0xedb88320;

  private Crc32Combine() {}

  /**
   * The CRC-32 of A followed by B.
   *
   * @param crcA the CRC-32 of A
   * @param crcB the CRC-32 of B
   * @param lengthB the length of B in bytes
   */
  static long of(long crcA, long crcB, long lengthB) {
    if (lengthB <= 0) {
      return crcA;
    }
    // One zero bit: the register shifts right, the polynomial folded in when a one falls out.
    int[] power = new int[32];
    power[0] = POLYNOMIAL;
    for (int n = 1; n < 32; n++) {
      power[n] = 1 << (n - 1);
    }
    // Eight zero bits, one zero byte: square three times (2, 4, 8 bits).
    for (int i = 0; i < 3; i++) {
      power = square(power);
    }
    int register = (int) crcA;
    // For each bit of the length, from the lowest: apply the current power of a zero byte when the
    // bit is set, then square it for the next bit.
    for (long bytes = lengthB; bytes != 0; bytes >>>= 1) {
      if ((bytes & 1) != 0) {
        register = times(power, register);
      }
      if (bytes > 1) {
        power = square(power);
      }
    }
    return (register ^ (int) crcB) & 0xffffffffL;
  }

  /** The matrix (a column per bit) times the vector. */
  private static int times(int[] matrix, int vector) {
    int sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static int[] square(int[] matrix) {
    int[] squared = new int[32];
    for (int n = 0; n < 32; n++) {
      squared[n] = times(matrix, matrix[n]);
    }
    return squared;
  }
}
