package org.chartdesk.theme;

import java.awt.Font;
import java.util.List;

/**
 * Where a colour key's entries (swatch, name) go: on one line where they fit, else wrapped to
 * rows. The renderer draws the key by it and the lint measures its height by it.
 */
public final class KeyLayout {
  /** The side of an entry's colour swatch. */
  public static final double SWATCH = 12;

  private KeyLayout() {}

  /** Each entry's x and row from the key's left and top, in a key wrapped to {@code width}. */
  public static double[][] entries(List<String> names, Font font, double width) {
    double[][] at = new double[names.size()][];
    double x = 0;
    int row = 0;
    for (int i = 0; i < names.size(); i++) {
      double w = SWATCH + 6 + TextMetrics.width(names.get(i), font);
      if (x > 0 && x + w > width) {
        x = 0;
        row++;
      }
      at[i] = new double[] {x, row};
      x += w + 24;
    }
    return at;
  }

  /** The height of one row of the key. */
  public static double rowHeight(Font font) {
    return TextMetrics.lineHeight(font) + 6;
  }

  /** The height of the key wrapped to a width, the space under it included. */
  public static double height(List<String> names, Font font, double width) {
    double[][] at = entries(names, font, width);
    return at.length == 0 ? 0 : (at[at.length - 1][1] + 1) * rowHeight(font) + 6;
  }
}
