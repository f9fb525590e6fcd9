package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.theme.KeyLayout;
import org.chartdesk.theme.Theme;

/**
 * A colour key above the plot (swatch, name, swatch, name), for stacked and grouped marks and a
 * narrow timeline's lanes, where names cannot sit on the marks themselves: on one line where it
 * fits, else wrapped to rows ({@link KeyLayout}). Lines are labelled at their ends instead.
 */
final class Key {
  private Key() {}

  /** The key wrapped to a width, its entries in the theme's series colours, from its top left. */
  static void draw(Graphics2D g, Theme theme, Font font, double x, double y, double width, List<String> names) {
    double[][] at = KeyLayout.entries(names, font, width);
    for (int i = 0; i < names.size(); i++) {
      double ex = x + at[i][0];
      double top = y + at[i][1] * KeyLayout.rowHeight(font);
      g.setPaint(theme.series(i));
      g.fill(new Rectangle2D.Double(ex, top + 4, KeyLayout.SWATCH, KeyLayout.SWATCH));
      Text.draw(g, names.get(i), font, theme.text(), ex + KeyLayout.SWATCH + 6, top + Text.ascent(font) + 1);
    }
  }
}
