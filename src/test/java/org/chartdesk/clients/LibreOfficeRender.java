package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.chartdesk.model.ChartModel;

/**
 * A workbook as LibreOffice shows it: every sheet a page of a PDF, read back with poppler. The
 * images beside native charts are replaced by blank ones, so any colour on a chart page was drawn
 * by LibreOffice from the native chart.
 */
final class LibreOfficeRender {
  private LibreOfficeRender() {}

  /** A blank image for every chart, to stand in for the published ones. */
  static Map<String, byte[]> blankImages(List<ChartModel> charts) throws IOException {
    Map<String, byte[]> blanks = new LinkedHashMap<>();
    for (ChartModel m : charts) {
      blanks.put(m.frame().id(), blankPng(m.frame().width(), m.frame().height()));
    }
    return blanks;
  }

  /** The workbook converted to a PDF of one page a sheet, in {@code dir}. */
  static Path pdf(Path dir, Path book) throws Exception {
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
        "--norestore", "--convert-to",
        "pdf:calc_pdf_Export:{\"SinglePageSheets\":{\"type\":\"boolean\",\"value\":\"true\"}}",
        "--outdir", dir.toString(), book.toString());
    String name = book.getFileName().toString();
    Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    // soffice exits 0 even when it could not load the file: the PDF is the proof.
    assertThat(pdf).exists();
    return pdf;
  }

  /** The text of each page, as pdftotext lays it out. */
  static String[] pages(Path dir, Path pdf) throws Exception {
    return Tools.run(dir, "pdftotext", "-layout", pdf.toString(), "-").split("\f");
  }

  /** The number (from 1) of the last page whose text contains {@code text}: a chart's sheet, after the About sheet. */
  static int lastPageWith(String[] pages, String text) {
    for (int i = pages.length - 1; i >= 0; i--) {
      if (pages[i].contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no page shows " + text);
  }

  /** A page rasterised at 60 dpi. */
  static BufferedImage image(Path dir, Path pdf, int page, String name) throws Exception {
    Tools.run(dir, "pdftoppm", "-png", "-r", "60", "-f", Integer.toString(page), "-l", Integer.toString(page),
        "-singlefile", pdf.toString(), dir.resolve(name).toString());
    return ImageIO.read(dir.resolve(name + ".png").toFile());
  }

  /** How many pixels are less than {@code within} from a colour in each channel. */
  static int countNear(BufferedImage image, Color target, int within) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - target.getRed()) < within && Math.abs(c.getGreen() - target.getGreen()) < within
            && Math.abs(c.getBlue() - target.getBlue()) < within) {
          n++;
        }
      }
    }
    return n;
  }

  private static byte[] blankPng(int w, int h) throws IOException {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
