package org.chartdesk.export;

import java.util.Arrays;

/**
 * The colours of an image, when there are no more than a PNG palette holds, from dark to light,
 * and its rows as PNG scanlines of indices into them. A chart is mostly flat colour: a row often
 * repeats the one above, and a pixel its left neighbour, so both are looked for before the colour
 * table is asked.
 */
final class Palette {
  static final int MAX = 256;
  /** The hash table has four times as many slots as colours, so that probing stays short. */
  private static final int SLOT_BITS = 10;
  private static final int SLOTS = 1 << SLOT_BITS;
  private static final int EMPTY = -1;

  private final int[] colours;
  private final byte[] scanlines;

  private Palette(int[] colours, byte[] scanlines) {
    this.colours = colours;
    this.scanlines = scanlines;
  }

  /** The palette of opaque RGB pixels, or null when they have more than {@link #MAX} colours. */
  static Palette of(int[] rgb, int width, int height) {
    int[] keys = new int[SLOTS];
    byte[] slotIndex = new byte[SLOTS];
    Arrays.fill(keys, EMPTY);
    int[] colours = new int[MAX];
    int count = 0;
    int stride = width + 1;
    byte[] scanlines = new byte[stride * height];
    int last = EMPTY;
    byte lastIndex = 0;
    for (int y = 0; y < height; y++) {
      int row = y * width;
      int line = y * stride + 1;
      if (y > 0 && Arrays.equals(rgb, row - width, row, rgb, row, row + width)) {
        System.arraycopy(scanlines, line - stride, scanlines, line, width);
        continue;
      }
      for (int x = 0; x < width; ) {
        int c = rgb[row + x] & 0xffffff;
        if (c != last) {
          int slot = (c * 0x9E3779B1) >>> (32 - SLOT_BITS);
          while (keys[slot] != EMPTY && keys[slot] != c) {
            slot = (slot + 1) & (SLOTS - 1);
          }
          if (keys[slot] == EMPTY) {
            if (count == MAX) {
              return null;
            }
            keys[slot] = c;
            slotIndex[slot] = (byte) count;
            colours[count++] = c;
          }
          last = c;
          lastIndex = slotIndex[slot];
        }
        int end = x + runLength(rgb, row + x, row + width);
        Arrays.fill(scanlines, line + x, line + end, lastIndex);
        x = end;
      }
    }
    return darkToLight(Arrays.copyOf(colours, count), scanlines, width, height);
  }

  /**
   * How many pixels from {@code from} have its colour: flat fills are most of a chart, and a
   * vectorised comparison of the row with itself one pixel on finds their ends fastest.
   */
  private static int runLength(int[] rgb, int from, int rowEnd) {
    int k = Arrays.mismatch(rgb, from + 1, rowEnd, rgb, from, rowEnd - 1);
    return k < 0 ? rowEnd - from : k + 1;
  }

  /**
   * The palette sorted by luminance (then by value, so the order is total), its indices remapped.
   * In order of appearance it read the same to the eye, but Tesseract misread the text of such a
   * chart: readers that treat indices as grey levels must find neighbours in the palette alike.
   */
  private static Palette darkToLight(int[] colours, byte[] scanlines, int width, int height) {
    long[] keys = new long[colours.length];
    for (int i = 0; i < colours.length; i++) {
      int c = colours[i];
      long luminance = 299L * (c >> 16 & 0xff) + 587L * (c >> 8 & 0xff) + 114L * (c & 0xff);
      keys[i] = luminance << 32 | (long) c << 8 | i;
    }
    Arrays.sort(keys);
    int[] sorted = new int[colours.length];
    byte[] remap = new byte[colours.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = colours[(int) (keys[i] & 0xff)];
      remap[(int) (keys[i] & 0xff)] = (byte) i;
    }
    for (int y = 0; y < height; y++) {
      for (int i = y * (width + 1) + 1, end = i + width; i < end; i++) {
        scanlines[i] = remap[scanlines[i] & 0xff];
      }
    }
    return new Palette(sorted, scanlines);
  }

  /** The colours as 0xRRGGBB, from dark to light. */
  int[] colours() {
    return colours;
  }

  /** Each row as a PNG scanline: filter type 0 (none), then each pixel's index into the colours. */
  byte[] scanlines() {
    return scanlines;
  }
}
