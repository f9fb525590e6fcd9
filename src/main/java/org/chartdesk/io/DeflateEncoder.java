package org.chartdesk.io;

import java.util.Arrays;

/**
 * Deflate (RFC 1951) in Java, so that compressed bytes depend on the input alone. The JDK's
 * {@code Deflater} calls the platform's zlib, and zlibs differ in what they emit (zlib-ng, which
 * Fedora ships as its zlib, makes other matches and blocks: valid, but other bytes), so the same
 * chart built on two machines gave two PNGs.
 *
 * <p>Matches of 3 (or, for speed, 4) to 258 bytes are found through a hash of the next three or
 * four bytes and a chain of the earlier places with the same hash, as zlib does; each block of up
 * to 16,384 symbols is sent with the smallest of its own Huffman codes, deflate's fixed codes, or
 * stored as it is. The encoder keeps nothing of one segment for the next but its tables' room.
 */
final class DeflateEncoder {
  private static final int WINDOW = RawDeflate.WINDOW;
  private static final int WINDOW_MASK = WINDOW - 1;
  /** Matches of 3 bytes this far back cost more than their literals. */
  private static final int FAR_FOR_THREE = 4096;
  private static final int MAX_MATCH = 258;
  private static final int BLOCK_SYMBOLS = 1 << 14;
  private static final int MAX_STORED = 65_535;
  private static final int END_OF_BLOCK = 256;
  /**
   * Of a match longer than the effort's {@code insertBelow}, only its last places are noted for
   * later matches: noting them all made files 1% smaller at twice the time.
   */
  private static final int TAIL = 3;
  private static final int MAX_HASH_BITS = 15;

  private static final int[] LENGTH_BASE = {
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
      163, 195, 227, 258};
  private static final int[] LENGTH_EXTRA = {
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  private static final int[] DISTANCE_BASE = {
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
  private static final int[] DISTANCE_EXTRA = {
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
  /** The order in which a dynamic block's header gives the code-length code's lengths. */
  private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  private static final byte[] LENGTH_CODE = new byte[MAX_MATCH - 2];
  /** Distance codes by distance - 1: directly below 256, by (distance - 1) / 128 from 256 on. */
  private static final byte[] DISTANCE_CODE = new byte[512];
  private static final HuffmanCode FIXED_LITERALS = HuffmanCode.fixed(true);
  private static final HuffmanCode FIXED_DISTANCES = HuffmanCode.fixed(false);

  static {
    for (int c = 0; c < 28; c++) {
      for (int len = LENGTH_BASE[c]; len < LENGTH_BASE[c] + (1 << LENGTH_EXTRA[c]) && len <= MAX_MATCH; len++) {
        LENGTH_CODE[len - 3] = (byte) c;
      }
    }
    LENGTH_CODE[MAX_MATCH - 3] = 28;
    for (int c = 0; c < 30; c++) {
      for (int d = DISTANCE_BASE[c]; d < DISTANCE_BASE[c] + (1 << DISTANCE_EXTRA[c]); d++) {
        int i = d - 1;
        DISTANCE_CODE[i < 256 ? i : 256 + (i >> 7)] = (byte) c;
      }
    }
  }

  private final RawDeflate.Effort effort;
  /** The shortest match looked for: 3 (deflate's least) or 4, which finds fewer, faster. */
  private final int minMatch;
  private int hashShift;
  private final int[] head;
  private final int[] prev = new int[WINDOW];
  private final BitSink out;
  /** The block's symbols: a literal byte, or a match as its distance times 256 plus its length less 3. */
  private final int[] symbols = new int[BLOCK_SYMBOLS];
  private final int[] literalCounts = new int[286];
  private final int[] distanceCounts = new int[30];
  private byte[] data;
  private int end;
  private int symbolCount;
  private int blockStart;
  private int matchLength;
  private int matchDistance;

  /** An encoder, its tables made once for every segment it deflates. */
  DeflateEncoder(RawDeflate.Effort effort) {
    this.effort = effort;
    this.minMatch = effort.minMatch();
    this.head = new int[1 << MAX_HASH_BITS];
    this.out = new BitSink(1 << MAX_HASH_BITS);
  }

  /**
   * Deflates {@code data[from, to)}, matching back into the up to 32 KiB before {@code from}.
   * Nothing of an earlier segment is used: each depends on its bytes alone. A small input hashes
   * into fewer of the table's bits (the same matches for it, less of the table to clear).
   */
  byte[] segment(byte[] data, int from, int to, boolean last) {
    this.data = data;
    this.end = to;
    int hashBits = Math.max(10, Math.min(MAX_HASH_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(1, to))));
    hashShift = 32 - hashBits;
    Zeros.clear(head, 0, 1 << hashBits);
    Arrays.fill(literalCounts, 0);
    Arrays.fill(distanceCounts, 0);
    symbolCount = 0;
    out.reset();
    compress(Math.max(0, from - WINDOW), from, last);
    this.data = null;
    return out.toByteArray();
  }

  private void compress(int primer, int from, boolean last) {
    for (int p = primer; p < from && p + minMatch <= end; p++) {
      insert(p);
    }
    blockStart = from;
    int lowest = primer;
    int inserted = from;
    int p = from;
    while (p < end) {
      if (p + minMatch > end) {
        literal(p++);
        continue;
      }
      find(p, insert(p), lowest);
      inserted = p + 1;
      if (matchLength < minMatch) {
        literal(p++);
        continue;
      }
      if (effort.lazy()) {
        // A longer match starting at the next byte is worth a literal here.
        while (matchLength < effort.lazyBelow() && p + 1 + minMatch <= end) {
          int length = matchLength;
          int distance = matchDistance;
          find(p + 1, insert(p + 1), lowest);
          inserted = p + 2;
          if (matchLength > length) {
            literal(p++);
          } else {
            matchLength = length;
            matchDistance = distance;
            break;
          }
        }
      }
      int length = matchLength;
      match(p, length, matchDistance);
      int matchEnd = p + length;
      // Inside a long match only its last places are noted: the rest repeat what came before.
      int q = length <= effort.insertBelow() ? inserted : Math.max(inserted, matchEnd - TAIL);
      for (; q < matchEnd && q + minMatch <= end; q++) {
        insert(q);
      }
      p = matchEnd;
      inserted = p;
    }
    if (last) {
      block(true, end);
    } else {
      if (symbolCount > 0) {
        block(false, end);
      }
      // An empty stored block: the stream ends on a byte boundary, and whatever follows continues it.
      out.bits(0, 3);
      out.align();
      out.bits(0xffff0000, 32);
    }
  }

  /** Notes {@code p} under its hash; gives the latest earlier place with that hash, plus one (0: none). */
  private int insert(int p) {
    byte[] d = data;
    int bytes = (d[p] & 0xff) | (d[p + 1] & 0xff) << 8 | (d[p + 2] & 0xff) << 16;
    if (minMatch == 4) {
      bytes |= d[p + 3] << 24;
    }
    int h = bytes * 0x9E3779B1 >>> hashShift;
    int before = head[h];
    prev[p & WINDOW_MASK] = before;
    head[h] = p + 1;
    return before;
  }

  /** The longest match for {@code p} along its chain, into {@link #matchLength} and {@link #matchDistance}. */
  private void find(int p, int chainHead, int lowest) {
    byte[] d = data;
    int max = Math.min(MAX_MATCH, end - p);
    int best = minMatch - 1;
    int bestDistance = 0;
    int limit = Math.max(lowest, p - WINDOW);
    int candidate = chainHead - 1;
    for (int chain = effort.chain(); chain > 0 && candidate >= limit; chain--) {
      if (d[candidate + best] == d[p + best] && d[candidate] == d[p] && d[candidate + 1] == d[p + 1]) {
        // Arrays.mismatch compares eight bytes at a time even in C1's code: a chart's rows repeat
        // in runs of hundreds of bytes, and a byte at a time the longest matches took 10 times as long.
        int differ = max <= 2 ? -1 : Arrays.mismatch(d, candidate + 2, candidate + max, d, p + 2, p + max);
        int length = differ < 0 ? Math.max(2, max) : 2 + differ;
        if (length > best) {
          best = length;
          bestDistance = p - candidate;
          if (length >= effort.nice() || length == max) {
            break;
          }
        }
      }
      int next = prev[candidate & WINDOW_MASK] - 1;
      if (next >= candidate) {
        break;
      }
      candidate = next;
    }
    if (best == 3 && bestDistance > FAR_FOR_THREE) {
      best = 2;
    }
    matchLength = best;
    matchDistance = bestDistance;
  }

  private void literal(int p) {
    int b = data[p] & 0xff;
    symbols[symbolCount++] = b;
    literalCounts[b]++;
    if (symbolCount == BLOCK_SYMBOLS) {
      block(false, p + 1);
    }
  }

  private void match(int p, int length, int distance) {
    symbols[symbolCount++] = distance << 8 | (length - 3);
    literalCounts[257 + LENGTH_CODE[length - 3]]++;
    distanceCounts[distanceCode(distance)]++;
    if (symbolCount == BLOCK_SYMBOLS) {
      block(false, p + length);
    }
  }

  private static int distanceCode(int distance) {
    int i = distance - 1;
    return DISTANCE_CODE[i < 256 ? i : 256 + (i >> 7)];
  }

  /** Sends the symbols so far, which cover {@code data[blockStart, blockEnd)}, as the smallest kind of block. */
  private void block(boolean last, int blockEnd) {
    literalCounts[END_OF_BLOCK]++;
    HuffmanCode literals = HuffmanCode.of(literalCounts, 286, 15);
    HuffmanCode distances = HuffmanCode.of(distanceCounts, 30, 15);
    int literalsSent = 286;
    while (literalsSent > 257 && literals.lengths[literalsSent - 1] == 0) {
      literalsSent--;
    }
    int distancesSent = 30;
    while (distancesSent > 1 && distances.lengths[distancesSent - 1] == 0) {
      distancesSent--;
    }
    byte[] lengths = new byte[literalsSent + distancesSent];
    System.arraycopy(literals.lengths, 0, lengths, 0, literalsSent);
    System.arraycopy(distances.lengths, 0, lengths, literalsSent, distancesSent);
    int[] runs = new int[lengths.length];
    int runCount = runLengths(lengths, runs);
    int[] codeLengthCounts = new int[19];
    for (int i = 0; i < runCount; i++) {
      codeLengthCounts[runs[i] & 0xff]++;
    }
    HuffmanCode codeLengths = HuffmanCode.of(codeLengthCounts, 19, 7);
    int codeLengthsSent = 19;
    while (codeLengthsSent > 4 && codeLengths.lengths[CODE_LENGTH_ORDER[codeLengthsSent - 1]] == 0) {
      codeLengthsSent--;
    }

    long extra = 0;
    long dynamic = 3 + 14 + 3L * codeLengthsSent;
    long fixed = 3;
    for (int s = 0; s < 19; s++) {
      dynamic += (long) codeLengthCounts[s] * codeLengths.lengths[s];
    }
    dynamic += 2L * codeLengthCounts[16] + 3L * codeLengthCounts[17] + 7L * codeLengthCounts[18];
    for (int s = 0; s < 286; s++) {
      dynamic += (long) literalCounts[s] * literals.lengths[s];
      fixed += (long) literalCounts[s] * FIXED_LITERALS.lengths[s];
      if (s > 256) {
        extra += (long) literalCounts[s] * LENGTH_EXTRA[s - 257];
      }
    }
    for (int s = 0; s < 30; s++) {
      dynamic += (long) distanceCounts[s] * distances.lengths[s];
      fixed += (long) distanceCounts[s] * 5;
      extra += (long) distanceCounts[s] * DISTANCE_EXTRA[s];
    }
    int raw = blockEnd - blockStart;
    long stored = 8L * raw + 48L * Math.max(1, (raw + MAX_STORED - 1) / MAX_STORED);

    if (stored < Math.min(dynamic, fixed) + extra) {
      storedBlocks(last, blockEnd);
    } else if (dynamic < fixed) {
      out.bits(last ? 1 : 0, 1);
      out.bits(2, 2);
      out.bits(literalsSent - 257, 5);
      out.bits(distancesSent - 1, 5);
      out.bits(codeLengthsSent - 4, 4);
      for (int i = 0; i < codeLengthsSent; i++) {
        out.bits(codeLengths.lengths[CODE_LENGTH_ORDER[i]], 3);
      }
      for (int i = 0; i < runCount; i++) {
        int s = runs[i] & 0xff;
        out.bits(codeLengths.codes[s], codeLengths.lengths[s]);
        if (s >= 16) {
          out.bits(runs[i] >>> 8, s == 16 ? 2 : s == 17 ? 3 : 7);
        }
      }
      symbols(literals, distances);
    } else {
      out.bits(last ? 1 : 0, 1);
      out.bits(1, 2);
      symbols(FIXED_LITERALS, FIXED_DISTANCES);
    }
    symbolCount = 0;
    blockStart = blockEnd;
    Arrays.fill(literalCounts, 0);
    Arrays.fill(distanceCounts, 0);
  }

  private void symbols(HuffmanCode literals, HuffmanCode distances) {
    BitSink o = out;
    for (int i = 0; i < symbolCount; i++) {
      int s = symbols[i];
      if (s < 256) {
        o.bits(literals.codes[s], literals.lengths[s]);
        continue;
      }
      int length = (s & 0xff) + 3;
      int distance = s >>> 8;
      // Each code with its extra bits in one write: at most 15 + 5 and 15 + 13 bits.
      int lc = LENGTH_CODE[length - 3];
      int codeBits = literals.lengths[257 + lc];
      o.bits(literals.codes[257 + lc] | (length - LENGTH_BASE[lc]) << codeBits, codeBits + LENGTH_EXTRA[lc]);
      int dc = distanceCode(distance);
      codeBits = distances.lengths[dc];
      o.bits(distances.codes[dc] | (distance - DISTANCE_BASE[dc]) << codeBits, codeBits + DISTANCE_EXTRA[dc]);
    }
    o.bits(literals.codes[END_OF_BLOCK], literals.lengths[END_OF_BLOCK]);
  }

  private void storedBlocks(boolean last, int blockEnd) {
    int at = blockStart;
    do {
      int n = Math.min(MAX_STORED, blockEnd - at);
      boolean final_ = last && at + n == blockEnd;
      out.bits(final_ ? 1 : 0, 1);
      out.bits(0, 2);
      out.align();
      out.bits(n | (~n & 0xffff) << 16, 32);
      out.raw(data, at, n);
      at += n;
    } while (at < blockEnd);
  }

  /**
   * The code lengths as deflate sends them: runs of a length repeated (16: 3 to 6 more of the one
   * before) and of zeros (17: 3 to 10, 18: 11 to 138), each as a symbol in the low byte and its
   * repeat count, less the least, above it.
   */
  private static int runLengths(byte[] lengths, int[] runs) {
    int n = 0;
    int i = 0;
    while (i < lengths.length) {
      int l = lengths[i];
      int run = 1;
      while (i + run < lengths.length && lengths[i + run] == l) {
        run++;
      }
      i += run;
      if (l == 0) {
        while (run >= 11) {
          int r = Math.min(run, 138);
          runs[n++] = 18 | (r - 11) << 8;
          run -= r;
        }
        if (run >= 3) {
          runs[n++] = 17 | (run - 3) << 8;
          run = 0;
        }
      } else {
        runs[n++] = l;
        run--;
        while (run >= 3) {
          int r = Math.min(run, 6);
          runs[n++] = 16 | (r - 3) << 8;
          run -= r;
        }
      }
      while (run-- > 0) {
        runs[n++] = l;
      }
    }
    return n;
  }
}
