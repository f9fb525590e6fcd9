package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.clients.Pdfs.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story's charts at a phone's size, read back by poppler's pdftotext from their PDFs: text a
 * phone can read, none of it off the page or over other text, and the qualifier kept with its
 * number where the column is too narrow for both on one line; and by tesseract from their images.
 */
class PhoneSizeTest {
  private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");

  @TempDir static Path out;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    Tools.require("pdftotext");
    report = new Build(Path.of("").toAbsolutePath()).build(out);
    assertThat(report.errors()).isZero();
  }

  @Test
  void theStoryHasPhoneChartsAScreenWideAndAtLeastFourFifthsAsTall() throws Exception {
    List<Path> pngs = phoneFiles(".png");
    assertThat(pngs).extracting(p -> p.getFileName().toString()).contains("kgb-planted-stories.png",
        "leader-visits.png", "leaders-in-office@2x.png", "relations-timeline@2x.png");
    for (Path png : pngs) {
      BufferedImage image = ImageIO.read(png.toFile());
      int scale = png.toString().endsWith("@2x.png") ? 2 : 1;
      assertThat(image.getWidth()).as(png.toString()).isEqualTo(360 * scale);
      assertThat(image.getHeight()).as(png.toString()).isGreaterThanOrEqualTo(450 * scale);
    }
  }

  @Test
  void everyWordIsOnThePageLargeEnoughToReadAndClearOfEveryOther() throws Exception {
    List<Path> pdfs = phoneFiles(".pdf");
    assertThat(pdfs).hasSize(4);
    for (Path pdf : pdfs) {
      String boxes = Tools.run(out, "pdftotext", "-bbox", pdf.toString(), "-");
      Matcher page = PAGE.matcher(boxes);
      assertThat(page.find()).isTrue();
      double width = Double.parseDouble(page.group(1));
      double height = Double.parseDouble(page.group(2));
      assertThat(width).isEqualTo(360);
      List<Word> words = Pdfs.words(boxes);
      assertThat(words).as(pdf.toString()).hasSizeGreaterThan(30);
      for (Word w : words) {
        assertThat(w.x0() >= 0 && w.x1() <= width && w.y0() >= 0 && w.y1() <= height)
            .as("%s: %s on the page", pdf.getFileName(), w).isTrue();
        // The smallest house text (0.9375 of 16 at 0.75) is 11.25 pixels: its box is taller.
        assertThat(w.y1() - w.y0()).as("%s: %s large enough", pdf.getFileName(), w).isGreaterThan(11);
      }
      for (int i = 0; i < words.size(); i++) {
        for (int j = i + 1; j < words.size(); j++) {
          assertThat(words.get(i).overlaps(words.get(j)))
              .as("%s: %s over %s", pdf.getFileName(), words.get(i), words.get(j)).isFalse();
        }
      }
    }
  }

  @Test
  void aQualifierTooWideForItsColumnStandsAboveItsNumber() throws Exception {
    List<Word> words = Pdfs.words(Tools.run(out, "pdftotext", "-bbox",
        out.resolve("pdf/phone/kgb-planted-stories.pdf").toString(), "-"));
    // The note quotes "over 3,789" too; the label is the pair one above the other.
    Word over = words.stream().filter(w -> w.text().equals("over")).filter(w -> words.stream()
        .anyMatch(n -> n.text().equals("3,789") && Math.abs(n.y0() - w.y1()) < 3)).findFirst().orElseThrow();
    Word number = words.stream().filter(n -> n.text().equals("3,789") && Math.abs(n.y0() - over.y1()) < 3).findFirst()
        .orElseThrow();
    assertThat((over.x0() + over.x1()) / 2).isCloseTo((number.x0() + number.x1()) / 2,
        org.assertj.core.data.Offset.offset(1.0));
  }

  /** What a phone's screen shows, read back by OCR: the labels, at the size a phone shows them. */
  @Test
  void ocrReadsThePhoneImagesLabels() throws Exception {
    Tools.require("tesseract");
    assertThat(ocr("kgb-planted-stories")).contains("over 3,789", "1,980", "411", "1973", "1977",
        "lower bound");
    assertThat(ocr("leaders-in-office")).contains("Jawaharlal Nehru", "term not given in the source",
        "in office since 1924", "Mikhail Gorbachev", "late 1986");
    assertThat(ocr("relations-timeline")).contains("November 1900", "First Russian consulate opens in Mumbai",
        "Relations end with dissolution of Soviet Union");
  }

  /**
   * The words OCR reads, one space between them. A digit it splits off a year where a dashed line
   * runs behind the label ("since 1 924" under the treaty's line, the label whole in the image) is
   * joined again: that is the reader's slip, not the chart's.
   */
  private static String ocr(String id) throws Exception {
    return Tools.run(out, "tesseract", out.resolve("png/phone/" + id + "@2x.png").toString(), "-", "--psm", "11",
        "-l", "eng").replaceAll("\\s+", " ").replaceAll("\\b(\\d) (\\d{3})\\b", "$1$2");
  }

  private static List<Path> phoneFiles(String suffix) throws Exception {
    try (Stream<Path> files = Files.list(out.resolve(suffix.equals(".pdf") ? "pdf/phone" : "png/phone"))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
