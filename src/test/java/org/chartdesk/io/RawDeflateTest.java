package org.chartdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * chartdesk's deflate is read back by zlib's inflater (the JDK's {@code Inflater}, which checks
 * every code, length and distance, and the zlib stream's Adler-32): whatever the input, it gives
 * back exactly what went in, in one piece or in segments joined.
 */
class RawDeflateTest {
  /** Inputs of every kind the encoder meets, and the edges of its blocks and window. */
  private static byte[][] inputs() {
    SplittableRandom random = new SplittableRandom(11);
    byte[] noise = new byte[200_000];
    random.nextBytes(noise);
    byte[] runs = new byte[300_000];
    for (int i = 0; i < runs.length; ) {
      int n = 1 + random.nextInt(600);
      Arrays.fill(runs, i, Math.min(runs.length, i + n), (byte) random.nextInt(4));
      i += n;
    }
    StringBuilder xml = new StringBuilder();
    for (int r = 1; r <= 20_000; r++) {
      xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
          .append(random.nextInt(100_000) / 7.0).append("</v></c></row>");
    }
    byte[] text = xml.toString().getBytes(StandardCharsets.UTF_8);
    // Few symbols of very different frequencies: Huffman codes longer than 15 bits before limiting.
    byte[] skewed = new byte[120_000];
    int at = 0;
    long a = 1;
    long b = 1;
    for (int symbol = 0; symbol < 30 && at < skewed.length; symbol++) {
      for (long k = 0; k < a && at < skewed.length; k++) {
        skewed[at++] = (byte) (symbol * 7);
      }
      long c = a + b;
      a = b;
      b = c;
    }
    byte[] shuffled = skewed.clone();
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      byte t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    byte[] zeros = new byte[(1 << 16) + 7];
    return new byte[][] {new byte[0], {42}, {1, 2, 3}, "abcabcabcabcabc".getBytes(StandardCharsets.US_ASCII),
        noise, runs, text, shuffled, zeros, Arrays.copyOf(noise, 258 * 3 + 1)};
  }

  @ParameterizedTest
  @EnumSource(RawDeflate.Effort.class)
  void zlibsInflaterGivesBackEveryInput(RawDeflate.Effort effort) throws DataFormatException {
    for (byte[] input : inputs()) {
      assertThat(inflateZlib(RawDeflate.zlib(input, effort), input.length)).as("%d bytes", input.length)
          .isEqualTo(input);
    }
  }

  /** Segments primed with what came before and ended by a sync flush join into one stream. */
  @ParameterizedTest
  @EnumSource(RawDeflate.Effort.class)
  void segmentsDeflatedApartJoinIntoOneStream(RawDeflate.Effort effort) throws DataFormatException {
    SplittableRandom random = new SplittableRandom(5);
    for (byte[] input : inputs()) {
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      int from = 0;
      while (true) {
        int to = Math.min(input.length, from + random.nextInt(1, 70_000));
        boolean last = to == input.length;
        joined.writeBytes(RawDeflate.segment(input, from, to, last, effort));
        if (last) {
          break;
        }
        from = to;
      }
      assertThat(inflateRaw(joined.toByteArray(), input.length)).as("%d bytes", input.length).isEqualTo(input);
    }
  }

  @Test
  void randomInputsOfEverySizeRoundTrip() throws DataFormatException {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 300; i++) {
      int size = random.nextInt(1 << random.nextInt(1, 18));
      byte[] input = new byte[size];
      int alphabet = 1 + random.nextInt(256);
      for (int k = 0; k < size; k++) {
        input[k] = random.nextInt(4) == 0 && k > 40 ? input[k - 1 - random.nextInt(40)] : (byte) random.nextInt(alphabet);
      }
      for (RawDeflate.Effort effort : RawDeflate.Effort.values()) {
        assertThat(inflateZlib(RawDeflate.zlib(input, effort), size)).isEqualTo(input);
      }
    }
  }

  /**
   * As small as zlib makes it at the level each effort stands for: within a tenth for runs like a
   * chart's and a sheet's XML, and noise stored, grown by no more than its blocks' headers.
   */
  @Test
  void compressesAboutAsWellAsZlib() {
    byte[][] in = inputs();
    byte[] runs = in[5];
    byte[] text = in[6];
    byte[] noise = in[4];
    assertThat(RawDeflate.segment(runs, 0, runs.length, true, RawDeflate.Effort.SMALLER).length)
        .isLessThanOrEqualTo(zlibSize(runs, 4) * 11 / 10);
    assertThat(RawDeflate.segment(text, 0, text.length, true, RawDeflate.Effort.FASTEST).length)
        .isLessThanOrEqualTo(zlibSize(text, 1) * 11 / 10);
    assertThat(RawDeflate.segment(noise, 0, noise.length, true, RawDeflate.Effort.SMALLER).length)
        .isLessThanOrEqualTo(noise.length + noise.length / 1000);
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    byte[] text = inputs()[6];
    assertThat(RawDeflate.zlib(text, RawDeflate.Effort.SMALLER)).isEqualTo(RawDeflate.zlib(text.clone(), RawDeflate.Effort.SMALLER));
  }

  /**
   * Each thread keeps its encoder's tables from one segment to the next, large and small: a
   * segment's bytes are the same whatever its thread deflated before (a zip entry of a few hundred
   * bytes after a mebibyte of a PNG's rows, or first).
   */
  @ParameterizedTest
  @EnumSource(RawDeflate.Effort.class)
  void aSegmentsBytesDoNotDependOnWhatItsThreadDeflatedBefore(RawDeflate.Effort effort) throws Exception {
    byte[][] in = inputs();
    for (byte[] input : new byte[][] {Arrays.copyOf(in[6], 700), in[5], in[6]}) {
      byte[] alone = onANewThread(() -> RawDeflate.zlib(input, effort));
      byte[] after = onANewThread(() -> {
        for (byte[] other : in) {
          RawDeflate.zlib(other, effort);
        }
        return RawDeflate.zlib(input, effort);
      });
      assertThat(after).as("%d bytes", input.length).isEqualTo(alone);
    }
  }

  private static byte[] onANewThread(Callable<byte[]> work) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(work).get();
    } finally {
      thread.shutdown();
    }
  }

  /** Counts as skewed as Fibonacci's need codes longer than deflate allows, until limited. */
  @Test
  void huffmanCodesAreCompleteAndNoLongerThanTheLimit() {
    SplittableRandom random = new SplittableRandom(23);
    for (int trial = 0; trial < 500; trial++) {
      int symbols = trial % 2 == 0 ? 286 : 19;
      int maxBits = symbols == 19 ? 7 : 15;
      int[] counts = new int[symbols];
      if (trial % 3 == 0) {
        int a = 1;
        int b = 1;
        for (int s = 0; s < symbols && a > 0; s++) {
          counts[s] = a;
          int c = a + b;
          a = b;
          b = c;
        }
      } else {
        for (int s = 0; s < symbols; s++) {
          counts[s] = random.nextInt(3) == 0 ? 0 : random.nextInt(1, 1 << random.nextInt(1, 20));
        }
      }
      HuffmanCode code = HuffmanCode.of(counts, symbols, maxBits);
      long kraft = 0;
      int used = 0;
      for (int s = 0; s < symbols; s++) {
        int length = code.lengths[s];
        assertThat(length).isBetween(0, maxBits);
        if (counts[s] > 0) {
          assertThat(length).isPositive();
        }
        if (length > 0) {
          kraft += 1L << (maxBits - length);
          used++;
        }
      }
      assertThat(used).isGreaterThanOrEqualTo(2);
      assertThat(kraft).as("a complete code").isEqualTo(1L << maxBits);
    }
  }

  private static int zlibSize(byte[] input, int level) {
    Deflater deflater = new Deflater(level, true);
    deflater.setInput(input);
    deflater.finish();
    byte[] buffer = new byte[1 << 16];
    int size = 0;
    while (!deflater.finished()) {
      size += deflater.deflate(buffer);
    }
    deflater.end();
    return size;
  }

  private static byte[] inflateZlib(byte[] stream, int size) throws DataFormatException {
    return inflate(new Inflater(), stream, size, 0);
  }

  /** The JDK's inflater wants one byte more than a raw stream holds. */
  private static byte[] inflateRaw(byte[] stream, int size) throws DataFormatException {
    return inflate(new Inflater(true), Arrays.copyOf(stream, stream.length + 1), size, 1);
  }

  private static byte[] inflate(Inflater inflater, byte[] stream, int size, int dummy) throws DataFormatException {
    try {
      inflater.setInput(stream);
      byte[] out = new byte[size + 1];
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          throw new DataFormatException("more bytes out than went in");
        }
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("stream ended before its final block");
        }
        n += got;
      }
      assertThat(inflater.getRemaining()).as("bytes after the final block").isLessThanOrEqualTo(dummy);
      return Arrays.copyOf(out, n);
    } finally {
      inflater.end();
    }
  }
}
