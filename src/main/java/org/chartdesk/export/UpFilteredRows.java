package org.chartdesk.export;

import java.util.Arrays;

/**
 * RGB rows as PNG scanlines, each byte the difference from the pixel above (filter type 2, "up").
 * A chart's rows mostly repeat the row above, and their differences are zero, as allocated: only
 * the runs of pixels that differ are written, found a vectorised comparison at a time (a pixel at
 * a time, the 2x image of a line of a million points took a tenth of a second).
 */
final class UpFilteredRows implements ChunkedDeflate.Rows {
  private static final int FILTER_UP = 2;

  private final int[] rgb;
  private final int width;
  private final int height;

  UpFilteredRows(int[] rgb, int width, int height) {
    this.rgb = rgb;
    this.width = width;
    this.height = height;
  }

  @Override
  public int stride() {
    return 3 * width + 1;
  }

  @Override
  public int count() {
    return height;
  }

  /** Expects {@code into} zeroed, as allocated: bytes of pixels equal to those above are not written. */
  @Override
  public void write(int first, int end, byte[] into) {
    int stride = stride();
    for (int y = first; y < end; y++) {
      int row = (y - first) * stride;
      int line = y * width;
      into[row] = FILTER_UP;
      if (y == 0) {
        differences(line, -1, width, into, row + 1);
        continue;
      }
      int above = line - width;
      for (int x = 0; x < width; ) {
        int same = Arrays.mismatch(rgb, line + x, line + width, rgb, above + x, line);
        if (same < 0) {
          break;
        }
        x += same;
        int runEnd = x + 1;
        while (runEnd < width && rgb[line + runEnd] != rgb[above + runEnd]) {
          runEnd++;
        }
        differences(line + x, above + x, runEnd - x, into, row + 1 + 3 * x);
        x = runEnd;
      }
    }
  }

  /** Writes {@code count} pixels from {@code from} less those from {@code above} (-1: none, zeros). */
  private void differences(int from, int above, int count, byte[] into, int at) {
    for (int i = 0; i < count; i++) {
      int c = rgb[from + i];
      int a = above < 0 ? 0 : rgb[above + i];
      into[at + 3 * i] = (byte) ((c >> 16) - (a >> 16));
      into[at + 3 * i + 1] = (byte) ((c >> 8) - (a >> 8));
      into[at + 3 * i + 2] = (byte) (c - a);
    }
  }
}
