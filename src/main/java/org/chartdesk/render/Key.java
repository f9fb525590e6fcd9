package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;

/**
 * A one-line colour key above the plot (swatch, name, swatch, name), for stacked and grouped
 * marks, where names cannot sit on the marks themselves. Lines are labelled at their ends instead.
 */
final class Key {
  private static final double SWATCH = 12;

  private Key() {}

  static double height(Theme theme) {
    return Text.lineHeight(Fonts.bold(theme.bodySize())) + 12;
  }

  static void draw(Graphics2D g, Theme theme, double x, double y, List<String> names) {
    Font font = Fonts.bold(theme.bodySize());
    for (int i = 0; i < names.size(); i++) {
      g.setPaint(theme.series(i));
      g.fill(new Rectangle2D.Double(x, y + 4, SWATCH, SWATCH));
      Text.draw(g, names.get(i), font, theme.text(), x + SWATCH + 6, y + Text.ascent(font) + 1);
      x += SWATCH + 6 + Text.width(names.get(i), font) + 24;
    }
  }
}
