package org.chartdesk.export;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * A one-page vector PDF from the same drawing. OrsonPDF embeds no fonts and would set unknown
 * families in Courier, so text is drawn as outlines. It stamps the wall clock as the creation
 * date; that is replaced by a fixed date of the same length, keeping the cross-reference offsets
 * valid and the file reproducible.
 */
public final class PdfExporter {
  private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate \\(D:[^)]*\\)");

  private PdfExporter() {}

  public static byte[] export(JFreeChart chart, int width, int height, String title) {
    return export(chart, width, height, width, height, title);
  }

  /** Lays the chart out on a canvas of layout units and draws it onto a page of the given points. */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, double width,
      double height, String title) {
    PDFDocument doc = new PDFDocument();
    doc.setTitle(title);
    doc.setAuthor("chartdesk");
    Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
    PDFGraphics2D g = page.getGraphics2D();
    g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g.scale(width / layoutWidth, height / layoutHeight);
    Drawing.draw(chart, g, layoutWidth, layoutHeight);
    // ISO-8859-1 maps bytes one to one, so offsets are unchanged by the round trip.
    String pdf = new String(doc.getPDFBytes(), StandardCharsets.ISO_8859_1);
    Matcher m = CREATION_DATE.matcher(pdf);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      String fixed = "/CreationDate (D:20000101000000";
      String padded = fixed + " ".repeat(Math.max(0, found.length() - fixed.length() - 1)) + ")";
      m.appendReplacement(sb, Matcher.quoteReplacement(padded.length() == found.length() ? padded : found));
    }
    m.appendTail(sb);
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
