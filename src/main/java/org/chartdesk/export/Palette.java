package org.chartdesk.export;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The colours of an image, when there are no more than a PNG palette holds, from dark to light,
 * and its rows as PNG scanlines of indices into them. A chart is mostly flat colour: a row often
 * repeats the one above, and a pixel its left neighbours, so the work goes by rows and runs of
 * one colour, not by pixels. Bands of rows find their colours on the free cores; the scanlines
 * are made later, a run of rows at a time, by whoever deflates them ({@link ChunkedDeflate}).
 * (Writing indices in order of appearance and remapping them after was a pass over every pixel,
 * a sixth of a build's samples in a profile under C1.)
 */
final class Palette implements ChunkedDeflate.Rows {
  static final int MAX = 256;
  /** The hash table has four times as many slots as colours, so that probing stays short. */
  private static final int SLOT_BITS = 10;
  private static final int SLOTS = 1 << SLOT_BITS;
  private static final int EMPTY = -1;
  private static final int SHORT_RUN = 8;
  /** Rows whose colours one task finds: a 2x chart has a dozen such bands. */
  private static final int BAND = 128;

  private final int[] rgb;
  private final int width;
  private final boolean[] repeats;
  private final Table table;
  private final int[] colours;

  private Palette(int[] rgb, int width, boolean[] repeats, Table table) {
    this.rgb = rgb;
    this.width = width;
    this.repeats = repeats;
    this.table = table;
    this.colours = table.darkToLight();
  }

  /** The palette of opaque RGB pixels, or null when they have more than {@link #MAX} colours. */
  static Palette of(int[] rgb, int width, int height) {
    boolean[] repeats = new boolean[height];
    List<Table> bands = IntStream.range(0, (height + BAND - 1) / BAND).parallel()
        .mapToObj(b -> colours(rgb, width, b * BAND, Math.min(height, (b + 1) * BAND), repeats))
        .toList();
    Table all = new Table();
    for (Table band : bands) {
      if (band == null || !all.addAll(band)) {
        return null;
      }
    }
    return new Palette(rgb, width, repeats, all);
  }

  /**
   * The colours of rows {@code [first, end)}, each row's repeat of the one above noted in
   * {@code repeats}; null when they are more than a palette holds.
   */
  private static Table colours(int[] rgb, int width, int first, int end, boolean[] repeats) {
    Table table = new Table();
    int last = EMPTY;
    for (int y = first; y < end; y++) {
      repeats[y] = y > 0 && Arrays.equals(rgb, (y - 1) * width, y * width, rgb, y * width, (y + 1) * width);
      for (int x = y * width, rowEnd = x + width; !repeats[y] && x < rowEnd; x += runLength(rgb, x, rowEnd)) {
        int c = rgb[x] & 0xffffff;
        if (c != last && !table.add(c)) {
          return null;
        }
        last = c;
      }
    }
    return table;
  }

  @Override
  public int stride() {
    return width + 1;
  }

  @Override
  public int count() {
    return repeats.length;
  }

  /** Filter type 0 (none), then each pixel's index into the colours; a repeated row copied. */
  @Override
  public void write(int first, int end, byte[] into) {
    int stride = stride();
    int last = EMPTY;
    byte index = 0;
    for (int y = first; y < end; y++) {
      int line = (y - first) * stride;
      into[line++] = 0;
      if (repeats[y] && y > first) {
        System.arraycopy(into, line - stride, into, line, width);
        continue;
      }
      for (int x = 0; x < width; ) {
        int run = runLength(rgb, y * width + x, (y + 1) * width);
        int c = rgb[y * width + x] & 0xffffff;
        if (c != last) {
          index = table.index(c);
          last = c;
        }
        Arrays.fill(into, line + x, line + x + run, index);
        x += run;
      }
    }
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

    /** Adds another table's colours; false when they do not all fit. */
    boolean addAll(Table other) {
      for (int i = 0; i < other.count; i++) {
        if (!add(other.colours[i])) {
          return false;
        }
      }
      return true;
    }

    /** The colour's place in the palette, once sorted; read by several threads, so nothing is cached. */
    byte index(int c) {
      return index[slot(c)];
    }

    private int slot(int c) {
      int slot = (c * 0x9E3779B1) >>> (32 - SLOT_BITS);
      while (keys[slot] != EMPTY && keys[slot] != c) {
        slot = (slot + 1) & (SLOTS - 1);
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
}
