package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.theme.Theme;

/**
 * A colour key above the plot (swatch, name, swatch, name), for stacked and grouped marks and a
 * narrow timeline's lanes, where names cannot sit on the marks themselves: on one line where it
 * fits, else wrapped to rows. Lines are labelled at their ends instead.
 */
final class Key {
  private static final double SWATCH = 12;

  private Key() {}

  /** Where each entry goes: its x and its row from the key's left and top. */
  private static double[][] wrapped(List<String> names, Font font, double width) {
    double[][] at = new double[names.size()][];
    double x = 0;
    int row = 0;
    for (int i = 0; i < names.size(); i++) {
      double w = SWATCH + 6 + Text.width(names.get(i), font);
      if (x > 0 && x + w > width) {
        x = 0;
        row++;
      }
      at[i] = new double[] {x, row};
      x += w + 24;
    }
    return at;
  }

  private static double rowHeight(Font font) {
    return Text.lineHeight(font) + 6;
  }

  /** The height of the key wrapped to a width, the space under it included. */
  static double height(List<String> names, Font font, double width) {
    double[][] at = wrapped(names, font, width);
    return at.length == 0 ? 0 : (at[at.length - 1][1] + 1) * rowHeight(font) + 6;
  }

  /** The key wrapped to a width, its entries in the theme's series colours, from its top left. */
  static void draw(Graphics2D g, Theme theme, Font font, double x, double y, double width, List<String> names) {
    double[][] at = wrapped(names, font, width);
    for (int i = 0; i < names.size(); i++) {
      double ex = x + at[i][0];
      double top = y + at[i][1] * rowHeight(font);
      g.setPaint(theme.series(i));
      g.fill(new Rectangle2D.Double(ex, top + 4, SWATCH, SWATCH));
      Text.draw(g, names.get(i), font, theme.text(), ex + SWATCH + 6, top + Text.ascent(font) + 1);
    }
  }
}
