package org.chartdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.chartdesk.io.RawDeflate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each chunk makes its own rows and sums them, yet the stream is the one the rows make whole: the
 * JDK's inflater (which checks the Adler-32 at the end) gives back exactly the rows written in one
 * go, wherever the chunks cut them.
 */
class ChunkedDeflateTest {
  /** Strides that divide a chunk and that do not; rows fewer than a window, and many chunks' worth. */
  @ParameterizedTest
  @CsvSource({"1, 1", "7, 3", "2401, 1350", "4096, 700", "3601, 960", "1000, 33", "65536, 40"})
  void inflatesToTheRowsMadeWhole(int stride, int count) throws DataFormatException {
    Rows rows = new Rows(stride, count, stride * 31L + count);
    byte[] whole = new byte[stride * count];
    rows.write(0, count, whole);
    assertThat(inflate(ChunkedDeflate.zlib(rows, RawDeflate.Effort.SMALLER), whole.length)).isEqualTo(whole);
  }

  @Test
  void aPaletteImagesRowsInflateToThePixelsIndices() throws DataFormatException {
    // Flat bands with a few odd pixels: rows that repeat the one above across chunk boundaries.
    int width = 2400;
    int height = 1350;
    int[] rgb = new int[width * height];
    SplittableRandom random = new SplittableRandom(3);
    for (int y = 0; y < height; y++) {
      Arrays.fill(rgb, y * width, (y + 1) * width, y / 100 % 2 == 0 ? 0xffffff : 0x1f77b4);
      if (random.nextInt(5) == 0) {
        rgb[y * width + random.nextInt(width)] = random.nextInt(40) * 0x010101;
      }
    }
    Palette palette = Palette.of(rgb, width, height);
    byte[] got = inflate(ChunkedDeflate.zlib(palette, RawDeflate.Effort.SMALLER), (width + 1) * height);
    int[] colours = palette.colours();
    for (int y = 0; y < height; y++) {
      assertThat(got[y * (width + 1)]).as("row %d's filter type", y).isZero();
      for (int x = 0; x < width; x++) {
        assertThat(colours[got[y * (width + 1) + 1 + x] & 0xff]).as("pixel %d, %d", x, y).isEqualTo(rgb[y * width + x]);
      }
    }
  }

  /** The stream's bytes do not depend on how many threads deflate it (the chunks are fixed by the data). */
  @Test
  void theBytesAreThoseOfEachChunkDeflatedAlone() {
    Rows rows = new Rows(3001, 1000, 11);
    byte[] whole = new byte[3001 * 1000];
    rows.write(0, 1000, whole);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(0x78);
    expected.write(0x5e);
    for (int from = 0; from < whole.length; from += ChunkedDeflate.CHUNK) {
      int to = Math.min(whole.length, from + ChunkedDeflate.CHUNK);
      expected.writeBytes(RawDeflate.segment(whole, from, to, to == whole.length, RawDeflate.Effort.SMALLER));
    }
    Adler32 adler = new Adler32();
    adler.update(whole);
    int sum = (int) adler.getValue();
    expected.writeBytes(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
    assertThat(ChunkedDeflate.zlib(rows, RawDeflate.Effort.SMALLER)).isEqualTo(expected.toByteArray());
  }

  @Test
  void theSumOfTwoPartsIsTheSumOfBoth() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 2000; i++) {
      // Long runs of 0xff push the sums round their modulus; short random ones test the rest.
      byte[] bytes = new byte[random.nextInt(i < 1000 ? 100 : 200_000)];
      if (random.nextBoolean()) {
        Arrays.fill(bytes, (byte) 0xff);
      } else {
        random.nextBytes(bytes);
      }
      int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      assertThat(ChunkedDeflate.adlerOfBoth(adler(bytes, 0, cut), adler(bytes, cut, bytes.length), bytes.length - cut))
          .as("%d bytes cut at %d", bytes.length, cut)
          .isEqualTo(adler(bytes, 0, bytes.length));
    }
  }

  private static long adler(byte[] bytes, int from, int to) {
    Adler32 adler = new Adler32();
    adler.update(bytes, from, to - from);
    return adler.getValue();
  }

  private static byte[] inflate(byte[] zlib, int length) throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zlib);
      byte[] out = new byte[length + 1];
      int n = 0;
      while (!inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        assertThat(got > 0 || inflater.finished()).as("the stream goes on").isTrue();
        n += got;
      }
      assertThat(inflater.getRemaining()).as("bytes after the stream").isZero();
      return Arrays.copyOf(out, n);
    } finally {
      inflater.end();
    }
  }

  /** Rows of runs of a few byte values, some repeating the row above; any run of them made alike. */
  private record Rows(int stride, int count, long seed) implements ChunkedDeflate.Rows {
    @Override
    public void write(int first, int end, byte[] into) {
      for (int y = first; y < end; y++) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + (y % 3 == 2 ? y - 1 : y));
        for (int x = 0; x < stride; ) {
          int run = 1 + random.nextInt(40);
          Arrays.fill(into, (y - first) * stride + x, (y - first) * stride + Math.min(stride, x + run),
              (byte) random.nextInt(6));
          x += run;
        }
      }
    }
  }
}
