package org.chartdesk.render;

import java.awt.Color;
import org.chartdesk.theme.Theme;

/** Text colours for labels set on a coloured mark: whichever of the theme's two reads better. */
final class Ink {
  private Ink() {}

  /** The theme's background or text colour, whichever contrasts more with the fill. */
  static Color on(Color fill, Theme theme) {
    return contrast(fill, theme.background()) >= contrast(fill, theme.text()) ? theme.background() : theme.text();
  }

  private static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
