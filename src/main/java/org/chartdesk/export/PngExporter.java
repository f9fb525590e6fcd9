package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into an opaque image at a scale (1 or 2) and encodes it as PNG, with the alt text
 * in an iTXt "Description" chunk. The encoder writes no timestamps, so with bundled fonts and
 * pinned formats the bytes are identical run to run.
 */
public final class PngExporter {
  private PngExporter() {}

  public static byte[] export(JFreeChart chart, int width, int height, int scale, String altText) {
    return export(chart, width, height, width * scale, height * scale, altText);
  }

  /** Lays the chart out on a canvas of layout units and draws it onto an image of the given pixels. */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight, String altText) {
    return export(chart, layoutWidth, layoutHeight, pixelWidth, pixelHeight, altText, null);
  }

  /**
   * As {@link #export(JFreeChart, double, double, int, int, String)}, noting the text drawn (in
   * layout units) onto {@code text} when it is not null: the drawing that makes the image says
   * where its text went, at no second drawing's cost.
   */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight, String altText, List<DrawnText.Box> text) {
    return export(chart, layoutWidth, layoutHeight, pixelWidth, pixelHeight, altText, "en", text, 0);
  }

  /**
   * As above, the alt text in the chart's language ({@code lang}, "de"), and the image stating its
   * resolution when {@code dpi} is above 0 (a print size's).
   */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight, String altText, String lang, List<DrawnText.Box> text, int dpi) {
    return PngEncoder.encode(draw(chart, layoutWidth, layoutHeight, pixelWidth, pixelHeight, text), altText, lang,
        dpi);
  }

  static BufferedImage draw(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight) {
    return draw(chart, layoutWidth, layoutHeight, pixelWidth, pixelHeight, null);
  }

  private static BufferedImage draw(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight, List<DrawnText.Box> text) {
    BufferedImage image = ThreadImages.blank(pixelWidth, pixelHeight);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(pixelWidth / layoutWidth, pixelHeight / layoutHeight);
      Drawing.drawPixels(chart, text == null ? g : new TextRecordingGraphics(g, text), layoutWidth, layoutHeight);
    } finally {
      g.dispose();
    }
    return image;
  }
}
