package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/** Draws a chart on any Graphics2D with the hints every format shares, so they all look alike. */
final class Drawing {
  private Drawing() {}

  /** For a vector format: every shape where its numbers put it. */
  static void draw(JFreeChart chart, Graphics2D g, double width, double height) {
    draw(chart, g, width, height, RenderingHints.VALUE_STROKE_PURE);
  }

  /**
   * For pixels: lines and edges set on whole pixels. Drawn where the numbers put them, a rule
   * between two rows of pixels was two rows of half its colour (the dark zero line a blurred grey);
   * text is drawn as it was. A vector format keeps pure strokes: JFreeSVG writes the normalizing
   * hint as crisp edges, which a browser draws without smoothing, a line's slopes in steps.
   */
  static void drawPixels(JFreeChart chart, Graphics2D g, double width, double height) {
    draw(chart, g, width, height, RenderingHints.VALUE_STROKE_NORMALIZE);
  }

  private static void draw(JFreeChart chart, Graphics2D g, double width, double height, Object strokes) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, strokes);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
  }
}
