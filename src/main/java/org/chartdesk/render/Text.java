package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.util.List;
import org.chartdesk.theme.TextMetrics;

/** The renderers' text: measured by {@link TextMetrics} (shared with the lint), drawn in one place. */
final class Text {
  private Text() {}

  static double width(String s, Font font) {
    return TextMetrics.width(s, font);
  }

  static double lineHeight(Font font) {
    return TextMetrics.lineHeight(font);
  }

  static double ascent(Font font) {
    return TextMetrics.ascent(font);
  }

  /** Breaks text at spaces so no line is wider than the width; a single long word keeps its own line. */
  static List<String> wrap(String s, Font font, double maxWidth) {
    return TextMetrics.wrap(s, font, maxWidth);
  }

  static void draw(Graphics2D g, String s, Font font, Paint paint, double x, double baseline) {
    g.setFont(font);
    g.setPaint(paint);
    g.drawString(TextMetrics.oneLine(s), (float) x, (float) baseline);
  }
}
