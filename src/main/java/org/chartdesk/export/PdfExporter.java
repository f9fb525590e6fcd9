package org.chartdesk.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.chartdesk.theme.Fonts;
import org.jfree.chart.JFreeChart;

/**
 * A one-page vector PDF from the same drawing, with its text as real text in the bundled fonts,
 * embedded as subsets, so it can be searched and copied and no viewer substitutes a font. Text in
 * any other font, or with a character the bundled fonts lack, is drawn as outlines instead of
 * falling back to a standard font that is not embedded. Nothing depends on the clock: the dates
 * are the build date and the document ID is a digest of the drawing.
 */
public final class PdfExporter {
  /**
   * Each thread's parsed bundled faces, kept for its next PDF: parsing them was a tenth of a PDF's
   * export. A document embeds a subset of a font it is given without changing or closing it; one
   * font reads its tables from one buffer, lazily, so threads do not share one.
   */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  static {
    PdfFlate.install();
  }

  private PdfExporter() {}

  public static byte[] export(JFreeChart chart, int width, int height, String title, String lang) {
    return export(chart, width, height, width, height, title, lang);
  }

  /**
   * Lays the chart out on a canvas of layout units and draws it onto a page of the given points.
   *
   * @param lang the language of its words, the document's /Lang: "de"
   */
  public static byte[] export(JFreeChart chart, double layoutWidth, double layoutHeight, double width,
      double height, String title, String lang) {
    try (PDDocument doc = new PDDocument()) {
      PDRectangle size = new PDRectangle((float) width, (float) height);
      PDPage page = new PDPage(size);
      doc.addPage(page);
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size);
      g.setFontTextDrawer(embeddedFonts(doc));
      g.setImageEncoder(PdfFlate.IMAGES);
      g.scale(width / layoutWidth, height / layoutHeight);
      Drawing.draw(chart, new OneLineText(g), layoutWidth, layoutHeight);
      g.dispose();
      PDFormXObject drawing = g.getXFormObject();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawForm(drawing);
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor("chartdesk");
      info.setCreationDate(BuildDate.calendar());
      info.setModificationDate(BuildDate.calendar());
      doc.getDocumentCatalog().setLanguage(lang);
      setId(doc, drawing, title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps each bundled face, by the name AWT reports, to the same TrueType file, subset on save. */
  private static PdfBoxGraphics2DFontTextDrawer embeddedFonts(PDDocument doc) throws IOException {
    PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
    for (Fonts.Face face : Fonts.faces()) {
      drawer.registerFont(face.name(), PDType0Font.load(doc, PARSED.get().computeIfAbsent(face.name(),
          name -> parse(face)), true));
    }
    return drawer;
  }

  private static TrueTypeFont parse(Fonts.Face face) {
    try (InputStream file = face.open()) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      // PDFBox would apply the font's Latin substitutions (ligatures) to every string shown,
      // compiling a pattern of all of them each time: a tenth of a story's build. The images
      // draw no ligatures, so neither does the PDF, whose text then reads as the images do.
      font.setEnableGsub(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * PDFBox would derive the ID from the clock. A digest of what the page draws and of the title
   * is the same on every run and differs between charts.
   */
  private static void setId(PDDocument doc, PDFormXObject drawing, String title) throws IOException {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream content = drawing.getContentStream().createInputStream()) {
      md5.update(content.readAllBytes());
    }
    md5.update(title.getBytes(StandardCharsets.UTF_8));
    COSString id = new COSString(md5.digest());
    COSArray pair = new COSArray();
    pair.add(id);
    pair.add(id);
    doc.getDocument().getTrailer().setItem(COSName.ID, pair);
  }
}
