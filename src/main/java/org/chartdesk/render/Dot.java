package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.chartdesk.theme.Theme;

/** A value's dot: filled in its series' colour, ringed in the background so it stands off its line. */
final class Dot {
  private Dot() {}

  static void draw(Graphics2D g, double cx, double cy, double size, Color colour, Theme theme) {
    Ellipse2D dot = new Ellipse2D.Double(cx - size / 2, cy - size / 2, size, size);
    g.setPaint(colour);
    g.fill(dot);
    g.setPaint(theme.background());
    g.setStroke(new BasicStroke(1.5f));
    g.draw(dot);
  }
}
