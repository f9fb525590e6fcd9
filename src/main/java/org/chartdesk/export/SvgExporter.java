package org.chartdesk.export;

import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * SVG from the same drawing. Text is written as outlines of the bundled faces ({@link
 * SvgGraphics}), so it looks right whatever fonts the viewer or the building machine
 * has; ids get a fixed per-chart prefix instead of JFreeSVG's clock-based default and coordinates
 * a fixed number of decimals, so the file is the same on every run and reads as text.
 * The title and alt text go in {@code <title>} and {@code <desc>}.
 */
public final class SvgExporter {
  private SvgExporter() {}

  public static byte[] export(JFreeChart chart, String id, int width, int height, String title, String altText,
      String lang) {
    return export(chart, id, width, height, width, height, false, title, altText, lang);
  }

  /**
   * Lays the chart out on a canvas of layout units and draws it onto a page of the given size.
   *
   * @param inPoints whether the size is in points (a print size), and so said in the file: a size
   *     without a unit is pixels of 1/96 inch, and a 125 mm print chart came into Inkscape or a
   *     browser 94 mm wide
   * @param lang the language of its title, alt text and words, for a screen reader: "de"
   */
  public static byte[] export(JFreeChart chart, String id, double layoutWidth, double layoutHeight,
      double width, double height, boolean inPoints, String title, String altText, String lang) {
    SVGGraphics2D g = inPoints ? new SVGGraphics2D(width, height, SVGUnits.PT) : new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    // Two decimals are a hundredth of a pixel: invisible, and a third of the file size.
    g.setGeomDoubleConverter(SvgExporter::twoDecimals);
    g.setTransformDoubleConverter(SvgExporter::twoDecimals);
    g.scale(width / layoutWidth, height / layoutHeight);
    Drawing.draw(chart, new SvgGraphics(g), layoutWidth, layoutHeight);
    // In points, the drawing's units are mapped onto the page by a view box.
    String svg = inPoints ? g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null)
        : g.getSVGElement(id);
    int close = svg.indexOf('>') + 1;
    String accessible = "<title id=\"" + id + "-title\">" + escape(title) + "</title><desc id=\"" + id
        + "-desc\">" + escape(altText) + "</desc>";
    String opening = svg.substring(0, close - 1) + " xml:lang=\"" + lang + "\" role=\"img\" aria-labelledby=\"" + id
        + "-title " + id + "-desc\">";
    String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + opening + accessible + svg.substring(close) + "\n";
    // One element a line, so a diff of two versions points at the elements that changed. Safe:
    // text is outlines and the title and alt text are escaped, so "><" only ever joins two tags.
    return doc.replace("><", ">\n<").getBytes(StandardCharsets.UTF_8);
  }

  /** Locale-free, shortest form with at most two decimals: 12.5, 3, -0.25. */
  static String twoDecimals(double d) {
    long hundredths = Math.round(d * 100);
    if (hundredths == 0) {
      return "0";
    }
    String sign = hundredths < 0 ? "-" : "";
    long abs = Math.abs(hundredths);
    long whole = abs / 100;
    long frac = abs % 100;
    if (frac == 0) {
      return sign + whole;
    }
    // Called for every coordinate of every outline: String.format here was a third of the export.
    return sign + whole + "." + (frac % 10 == 0 ? Long.toString(frac / 10) : (frac < 10 ? "0" : "") + frac);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
