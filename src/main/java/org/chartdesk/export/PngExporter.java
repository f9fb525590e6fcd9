package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into an opaque image at a scale (1 or 2) and encodes it as PNG, with the alt text
 * in an iTXt "Description" chunk. ImageIO writes no timestamps, so with bundled fonts and pinned
 * formats the bytes are identical run to run.
 */
public final class PngExporter {
  private PngExporter() {}

  public static byte[] export(JFreeChart chart, int width, int height, int scale, String altText) {
    return export(chart, width, height, width * scale, height * scale, altText);
  }

  /** Lays the chart out on a canvas of layout units and draws it onto an image of the given pixels. */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight, String altText) {
    return encode(draw(chart, layoutWidth, layoutHeight, pixelWidth, pixelHeight), altText);
  }

  static BufferedImage draw(JFreeChart chart, double layoutWidth, double layoutHeight, int pixelWidth,
      int pixelHeight) {
    BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(pixelWidth / layoutWidth, pixelHeight / layoutHeight);
      Drawing.draw(chart, g, layoutWidth, layoutHeight);
    } finally {
      g.dispose();
    }
    return image;
  }

  static byte[] encode(BufferedImage image, String altText) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
      metadata.mergeTree("javax_imageio_png_1.0", description(altText));
      writer.write(null, new IIOImage(image, null, metadata), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** An iTXt chunk (UTF-8, uncompressed) with the keyword readers look for. */
  private static IIOMetadataNode description(String text) {
    IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
    entry.setAttribute("keyword", "Description");
    entry.setAttribute("compressionFlag", "FALSE");
    entry.setAttribute("compressionMethod", "0");
    entry.setAttribute("languageTag", "en");
    entry.setAttribute("translatedKeyword", "Description");
    entry.setAttribute("text", text);
    IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
    itxt.appendChild(entry);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(itxt);
    return root;
  }
}
