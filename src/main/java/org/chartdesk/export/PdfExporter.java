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
 * families in Courier, so text is drawn as outlines. It stamps the wall clock, in the machine's
 * time zone, as the creation and modification dates; both are replaced by the build date (the
 * UTC instant of SOURCE_DATE_EPOCH, else 2000-01-01), padded with spaces after the value so every
 * cross-reference offset stays valid and the file is reproducible.
 */
public final class PdfExporter {
  private static final Pattern DATES = Pattern.compile("/(CreationDate|ModDate) \\(D:[^)]*\\)");

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
    String stamp = BuildDate.pdf();
    Matcher m = DATES.matcher(pdf);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String fixed = "/" + m.group(1) + " (D:" + stamp + ")";
      // A longer stamp than PDFs write (never the case) would shift offsets: keep the original then.
      String replacement = fixed.length() <= m.group().length()
          ? fixed + " ".repeat(m.group().length() - fixed.length()) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
