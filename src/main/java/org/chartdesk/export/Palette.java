package org.chartdesk.export;

import java.util.Arrays;

/**
 * The colours of an image, when there are no more than a PNG palette holds, from dark to light,
 * and its rows as PNG scanlines of indices into them. A chart is mostly flat colour: a row often
 * repeats the one above, and a pixel its left neighbours, so the work goes by rows and runs of
 * one colour, not by pixels: one pass finds the colours, the second writes the indices of the
 * sorted palette. (Writing indices in order of appearance and remapping them after was a pass
 * over every pixel, a sixth of a build's samples in a profile under C1.)
 */
final class Palette {
  static final int MAX = 256;
  /** The hash table has four times as many slots as colours, so that probing stays short. */
  private static final int SLOT_BITS = 10;
  private static final int SLOTS = 1 << SLOT_BITS;
  private static final int EMPTY = -1;
  private static final int SHORT_RUN = 8;

  private final int[] colours;
  private final byte[] scanlines;

  private Palette(int[] colours, byte[] scanlines) {
    this.colours = colours;
    this.scanlines = scanlines;
  }

  /** The palette of opaque RGB pixels, or null when they have more than {@link #MAX} colours. */
  static Palette of(int[] rgb, int width, int height) {
    boolean[] repeats = new boolean[height];
    for (int y = 1; y < height; y++) {
      repeats[y] = Arrays.equals(rgb, (y - 1) * width, y * width, rgb, y * width, (y + 1) * width);
    }
    Table table = new Table();
    for (int y = 0; y < height; y++) {
      for (int x = y * width, end = x + width; !repeats[y] && x < end; x += runLength(rgb, x, end)) {
        if (!table.add(rgb[x] & 0xffffff)) {
          return null;
        }
      }
    }
    int[] sorted = table.darkToLight();
    int stride = width + 1;
    byte[] scanlines = new byte[stride * height];
    for (int y = 0; y < height; y++) {
      int line = y * stride + 1;
      if (repeats[y]) {
        System.arraycopy(scanlines, line - stride, scanlines, line, width);
        continue;
      }
      for (int x = 0; x < width; ) {
        int run = runLength(rgb, y * width + x, (y + 1) * width);
        Arrays.fill(scanlines, line + x, line + x + run, table.index(rgb[y * width + x] & 0xffffff));
        x += run;
      }
    }
    return new Palette(sorted, scanlines);
  }

  /**
   * How many pixels from {@code from} have its colour. Text and anti-aliased edges make short
   * runs, counted in a loop; past a few pixels a vectorised comparison of the row with itself one
   * pixel on finds the end of a flat fill fastest.
   */
  private static int runLength(int[] rgb, int from, int rowEnd) {
    int c = rgb[from];
    int end = from + 1;
    int shortRun = Math.min(rowEnd, from + SHORT_RUN);
    while (end < shortRun && rgb[end] == c) {
      end++;
    }
    if (end < shortRun || end == rowEnd) {
      return end - from;
    }
    int k = Arrays.mismatch(rgb, end, rowEnd, rgb, end - 1, rowEnd - 1);
    return (k < 0 ? rowEnd : end + k) - from;
  }

  /** Colours by open addressing; after sorting, each colour's slot holds its place in the palette. */
  private static final class Table {
    private final int[] keys = new int[SLOTS];
    private final byte[] index = new byte[SLOTS];
    private final int[] colours = new int[MAX];
    private int count;
    private int last = EMPTY;
    private int lastSlot;

    Table() {
      Arrays.fill(keys, EMPTY);
    }

    /** Adds a colour; false when the palette is already full and the colour is new. */
    boolean add(int c) {
      int slot = slot(c);
      if (keys[slot] == EMPTY) {
        if (count == MAX) {
          return false;
        }
        keys[slot] = c;
        colours[count++] = c;
      }
      return true;
    }

    byte index(int c) {
      return index[slot(c)];
    }

    private int slot(int c) {
      if (c == last) {
        return lastSlot;
      }
      int slot = (c * 0x9E3779B1) >>> (32 - SLOT_BITS);
      while (keys[slot] != EMPTY && keys[slot] != c) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      if (keys[slot] == c) {
        last = c;
        lastSlot = slot;
      }
      return slot;
    }

    /**
     * The colours sorted by luminance (then by value, so the order is total), each slot given
     * its colour's place. In order of appearance they read the same to the eye, but Tesseract
     * misread the text of such a chart: readers that treat indices as grey levels must find
     * neighbours in the palette alike.
     */
    int[] darkToLight() {
      long[] order = new long[count];
      for (int i = 0; i < count; i++) {
        int c = colours[i];
        long luminance = 299L * (c >> 16 & 0xff) + 587L * (c >> 8 & 0xff) + 114L * (c & 0xff);
        order[i] = luminance << 24 | c;
      }
      Arrays.sort(order);
      int[] sorted = new int[count];
      for (int i = 0; i < count; i++) {
        sorted[i] = (int) (order[i] & 0xffffff);
        index[slot(sorted[i])] = (byte) i;
      }
      return sorted;
    }
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
