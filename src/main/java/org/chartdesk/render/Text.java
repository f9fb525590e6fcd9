package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/** Text measured with the bundled fonts' real metrics, the same context the exporters draw with. */
final class Text {
  /** Antialiased, fractional metrics: matches the rendering hints of every export. */
  static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

  private Text() {}

  static double width(String s, Font font) {
    return font.getStringBounds(s, FRC).getWidth();
  }

  static double lineHeight(Font font) {
    return font.getLineMetrics("Hg", FRC).getHeight();
  }

  static double ascent(Font font) {
    return font.getLineMetrics("Hg", FRC).getAscent();
  }

  /** Breaks text at spaces so no line is wider than the width; a single long word keeps its own line. */
  static List<String> wrap(String s, Font font, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font) > maxWidth) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static void draw(Graphics2D g, String s, Font font, java.awt.Paint paint, double x, double baseline) {
    g.setFont(font);
    g.setPaint(paint);
    g.drawString(s, (float) x, (float) baseline);
  }
}
