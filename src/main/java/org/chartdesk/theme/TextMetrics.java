package org.chartdesk.theme;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured with the bundled fonts' real metrics in the context every export draws with
 * (antialiased, fractional metrics), so what the renderers lay out and what the lint checks agree.
 */
public final class TextMetrics {
  public static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

  private TextMetrics() {}

  public static double width(String s, Font font) {
    return font.getStringBounds(s, FRC).getWidth();
  }

  public static double lineHeight(Font font) {
    return font.getLineMetrics("Hg", FRC).getHeight();
  }

  public static double ascent(Font font) {
    return font.getLineMetrics("Hg", FRC).getAscent();
  }

  /** Breaks text at spaces so no line is wider than the width; a single long word keeps its own line. */
  public static List<String> wrap(String s, Font font, double maxWidth) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : s.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(candidate, font) > maxWidth) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }
}
