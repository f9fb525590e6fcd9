package org.chartdesk.io;

import java.util.Arrays;

/**
 * A length-limited Huffman code for deflate, made from symbol counts by a procedure that depends
 * on the counts alone: ties are broken by symbol number, so equal counts give equal codes
 * everywhere.
 */
final class HuffmanCode {
  /** Each symbol's code length in bits, 0 for a symbol not used. */
  final byte[] lengths;
  /** Each symbol's code, bit-reversed: deflate sends a code's first bit first, in a byte's low bit. */
  final int[] codes;

  private HuffmanCode(byte[] lengths) {
    this.lengths = lengths;
    this.codes = canonicalCodes(lengths);
  }

  /** The code deflate calls "fixed": the literal/length alphabet when {@code literals}, else distances. */
  static HuffmanCode fixed(boolean literals) {
    byte[] lengths = new byte[literals ? 288 : 30];
    if (literals) {
      Arrays.fill(lengths, 0, 144, (byte) 8);
      Arrays.fill(lengths, 144, 256, (byte) 9);
      Arrays.fill(lengths, 256, 280, (byte) 7);
      Arrays.fill(lengths, 280, 288, (byte) 8);
    } else {
      Arrays.fill(lengths, (byte) 5);
    }
    return new HuffmanCode(lengths);
  }

  /**
   * The shortest code for these counts with no code longer than {@code maxBits}. At least two
   * symbols get a code, as zlib's inflater wants a complete code: unused low-numbered symbols are
   * added with a count of zero when fewer are used.
   */
  static HuffmanCode of(int[] counts, int symbols, int maxBits) {
    long[] sorted = new long[symbols];
    int used = 0;
    for (int s = 0; s < symbols; s++) {
      if (counts[s] > 0) {
        sorted[used++] = (long) counts[s] << 32 | s;
      }
    }
    for (int s = 0; used < 2; s++) {
      if (counts[s] == 0) {
        sorted[used++] = s;
      }
    }
    Arrays.sort(sorted, 0, used);
    int[] depths = new int[used];
    for (int i = 0; i < used; i++) {
      depths[i] = (int) (sorted[i] >>> 32);
    }
    minimumRedundancy(depths);
    int[] perLength = limit(depths, maxBits);
    byte[] lengths = new byte[symbols];
    // The rarest symbols take the longest codes: sorted[] runs from rarest to most frequent.
    int i = 0;
    for (int bits = maxBits; bits >= 1; bits--) {
      for (int n = perLength[bits]; n > 0; n--) {
        lengths[(int) sorted[i++]] = (byte) bits;
      }
    }
    return new HuffmanCode(lengths);
  }

  /**
   * Moffat and Katajainen's in-place computation of Huffman code lengths: {@code a} holds counts
   * in ascending order and is left holding each one's code length.
   */
  private static void minimumRedundancy(int[] a) {
    int n = a.length;
    a[0] += a[1];
    int root = 0;
    int leaf = 2;
    for (int next = 1; next < n - 1; next++) {
      if (leaf >= n || a[root] < a[leaf]) {
        a[next] = a[root];
        a[root++] = next;
      } else {
        a[next] = a[leaf++];
      }
      if (leaf >= n || (root < next && a[root] < a[leaf])) {
        a[next] += a[root];
        a[root++] = next;
      } else {
        a[next] += a[leaf++];
      }
    }
    a[n - 2] = 0;
    for (int next = n - 3; next >= 0; next--) {
      a[next] = a[a[next]] + 1;
    }
    int available = 1;
    int inUse = 0;
    int depth = 0;
    root = n - 2;
    int next = n - 1;
    while (available > 0) {
      while (root >= 0 && a[root] == depth) {
        inUse++;
        root--;
      }
      while (available > inUse) {
        a[next--] = depth;
        available--;
      }
      available = 2 * inUse;
      depth++;
      inUse = 0;
    }
  }

  /**
   * How many codes of each length, with none longer than {@code maxBits}: codes too long are cut to
   * it, and the code is made whole again by lengthening the longest shorter codes, one at a time.
   */
  private static int[] limit(int[] depths, int maxBits) {
    int[] perLength = new int[maxBits + 1];
    for (int d : depths) {
      perLength[Math.min(d, maxBits)]++;
    }
    long kraft = 0;
    for (int bits = 1; bits <= maxBits; bits++) {
      kraft += (long) perLength[bits] << (maxBits - bits);
    }
    while (kraft > 1L << maxBits) {
      perLength[maxBits]--;
      for (int bits = maxBits - 1; bits > 0; bits--) {
        if (perLength[bits] != 0) {
          perLength[bits]--;
          perLength[bits + 1] += 2;
          break;
        }
      }
      kraft--;
    }
    return perLength;
  }

  /** RFC 1951, 3.2.2: codes of each length are consecutive, in symbol order. */
  private static int[] canonicalCodes(byte[] lengths) {
    int[] perLength = new int[16];
    for (byte l : lengths) {
      perLength[l]++;
    }
    perLength[0] = 0;
    int[] next = new int[16];
    int code = 0;
    for (int bits = 1; bits < 16; bits++) {
      code = (code + perLength[bits - 1]) << 1;
      next[bits] = code;
    }
    int[] codes = new int[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      int l = lengths[s];
      if (l != 0) {
        codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
      }
    }
    return codes;
  }
}
