package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.spec.ProjectSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart file opened by the programs readers use: an SVG renderer, a PDF checker, font
 * lister and text extractor, a PNG checker, and OCR reading what the image actually shows.
 */
class ChartFormatsTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  @TempDir static Path out;
  static BuildReport report;

  @BeforeAll
  static void build() throws IOException {
    report = new Build(PROJECT).build(out);
    assertThat(report.errors()).isZero();
  }

  @Test
  void everySvgParsesAndDrawsAtItsSize() throws Exception {
    Tools.require("rsvg-convert");
    for (String id : report.charts()) {
      Path png = out.resolve(id + "-svg.png");
      Tools.run(out, "rsvg-convert", "-o", png.toString(), out.resolve("svg/" + id + ".svg").toString());
      BufferedImage drawn = ImageIO.read(png.toFile());
      BufferedImage ours = ImageIO.read(out.resolve("png/" + id + ".png").toFile());
      assertThat(drawn.getWidth()).as(id).isEqualTo(ours.getWidth());
      assertThat(drawn.getHeight()).as(id).isEqualTo(ours.getHeight());
      String svg = Files.readString(out.resolve("svg/" + id + ".svg"));
      assertThat(svg).contains("<title id=\"" + id + "-title\">").contains("<desc id=\"" + id + "-desc\">");
      // Every gridline the PNG shows across the middle, librsvg draws too, within a pixel: it once
      // dropped a plot's top gridline, which lay on the plot's clip edge.
      int grid = 0xdddddd;
      int x = ours.getWidth() / 2;
      for (int y = 0; y < ours.getHeight(); y++) {
        if ((ours.getRGB(x, y) & 0xffffff) == grid && (ours.getRGB(x + 40, y) & 0xffffff) == grid) {
          int row = y;
          assertThat(java.util.stream.IntStream.rangeClosed(Math.max(0, y - 1), Math.min(drawn.getHeight() - 1, y + 1))
              .anyMatch(r -> (drawn.getRGB(x, r) & 0xffffff) == grid)).as("%s: the gridline at row %d", id, row)
              .isTrue();
        }
      }
    }
  }

  /**
   * The print SVG is 125 by 90 mm wherever it is placed: its size had no unit, which is pixels of
   * 1/96 inch, and Inkscape and browsers made its 354 points 94 mm.
   */
  @Test
  void thePrintSvgIsDrawnAtItsSizeInMillimetres() throws Exception {
    Tools.require("rsvg-convert");
    Path png = out.resolve("print-svg.png");
    Tools.run(out, "rsvg-convert", "--dpi-x", "96", "--dpi-y", "96", "-o", png.toString(),
        out.resolve("svg/print/kgb-planted-stories.svg").toString());
    BufferedImage drawn = ImageIO.read(png.toFile());
    assertThat(drawn.getWidth() * 25.4 / 96).as("width in mm").isCloseTo(125, within(0.5));
    assertThat(drawn.getHeight() * 25.4 / 96).as("height in mm").isCloseTo(90, within(0.5));
  }

  @Test
  void everyPdfIsValidAtItsSizeWithOnlyTheBundledFontsEmbedded() throws Exception {
    Tools.require("qpdf", "pdffonts", "pdfinfo");
    for (Path pdf : pdfs()) {
      Pdfs.assertValidWithBundledFontsOnly(out, pdf);
    }
    for (String id : report.charts()) {
      BufferedImage png = ImageIO.read(out.resolve("png/" + id + ".png").toFile());
      assertThat(Tools.run(out, "pdfinfo", out.resolve("pdf/" + id + ".pdf").toString()))
          .containsPattern("Page size:\\s+" + png.getWidth() + " x " + png.getHeight() + " pts");
    }
  }

  @Test
  void everyPdfCarriesItsTitleNotesSourceAndLabelsAsText() throws Exception {
    Tools.require("pdftotext");
    for (Path pdf : pdfs()) {
      String name = pdf.getFileName().toString();
      ChartText expected = ChartText.of(PROJECT, name.substring(0, name.length() - ".pdf".length()));
      assertThat(expected.labels()).as("labels of %s", name).isNotEmpty();
      assertThat(Pdfs.text(out, pdf)).as(out.relativize(pdf).toString()).contains(expected.labels());
      // Lines of the frame's text may wrap at a hyphen ("four-fifths" on a phone).
      assertThat(Pdfs.drawnText(out, pdf)).as(out.relativize(pdf).toString()).contains(expected.frame());
    }
  }

  /**
   * The column chart's value-axis title is set level above the plot, at the frame's left edge, as
   * every other kind sets it: JFreeChart turned it up the plot's left side.
   */
  @Test
  void theColumnChartsValueTitleIsSetLevelAboveThePlot() throws Exception {
    Tools.require("pdftotext");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/kgb-planted-stories.pdf"));
    // The subtitle begins with "Articles" too; the axis's title is the lower.
    List<Pdfs.Word> articles = words.stream().filter(w -> w.text().equals("Articles"))
        .sorted(java.util.Comparator.comparingDouble(Pdfs.Word::y0)).toList();
    assertThat(articles).hasSize(2);
    Pdfs.Word subtitle = articles.get(0);
    Pdfs.Word title = articles.get(1);
    Pdfs.Word top = Pdfs.first(words, "5,000");
    assertThat(title.x1() - title.x0()).as("level: wider than tall").isGreaterThan(2 * (title.y1() - title.y0()));
    assertThat(title.x0()).as("at the frame's left edge").isCloseTo(subtitle.x0(), within(1.0));
    assertThat(title.y1()).as("above the top tick's label").isLessThan(top.y0());
  }

  @Test
  void thePrintPdfHasThePhysicalPageSize() throws Exception {
    Tools.require("pdfinfo");
    // 125 x 90 mm is 354.33 x 255.12 points.
    assertThat(Tools.run(out, "pdfinfo", out.resolve("pdf/print/kgb-planted-stories.pdf").toString()))
        .containsPattern("Page size:\\s+354\\.3\\d* x 255\\.1\\d* pts");
  }

  @Test
  void pngsAreValidAndCarryTheirAltText() throws Exception {
    Tools.require("pngcheck");
    for (String id : report.charts()) {
      String check = Tools.run(out, "pngcheck", "-t", out.resolve("png/" + id + ".png").toString());
      assertThat(check).contains("OK").contains("Description");
    }
  }

  /**
   * A German build's alt text is German, and its PNGs say so, as its SVGs and PDFs do: every PNG
   * tagged it English, for a screen reader to read with an English voice.
   */
  @Test
  void aPngsAltTextIsTaggedWithTheBuildsLanguage(@TempDir Path german) throws Exception {
    Tools.require("pngcheck");
    assertThat(new Build(PROJECT, new ProjectSettings(null, "de", null)).build(german).errors()).isZero();
    for (String png : List.of("png/kgb-planted-stories.png", "png/kgb-planted-stories@2x.png",
        "png/phone/kgb-planted-stories.png", "png/print/kgb-planted-stories.png")) {
      assertThat(Tools.run(german, "pngcheck", "-v", german.resolve(png).toString())).as(png)
          .contains("keyword: Description").contains("language tag = de").contains("No errors detected");
    }
    assertThat(Tools.run(out, "pngcheck", "-v", out.resolve("png/kgb-planted-stories.png").toString()))
        .contains("language tag = en");
  }

  @Test
  void ocrReadsTheTitleTheLabelledValuesAndTheSourceInFull() throws Exception {
    Tools.require("tesseract");
    assertThat(ocr("kgb-planted-stories"))
        .contains("KGB-planted articles in the Indian press fell by four-fifths in a year")
        .contains("over 3,789").contains("1,980").contains("411").contains("no figure")
        .contains("Note: No figures are reported for 1974 and 1975.")
        .contains("Source: India-Soviet Union relations, Wikipedia");
    assertThat(ocr("leader-visits"))
        .contains("Indira Gandhi", "Jawaharlal Nehru", "June 1955", "Nikita Khrushchev", "fall 1955",
            "Rajiv Gandhi", "May 1985", "Mikhail Gorbachev", "late 1986")
        .contains("India to the Soviet Union", "Soviet Union to India");
  }

  /** Every PDF of the build, at the charts' own sizes and at the size presets. */
  private static List<Path> pdfs() throws IOException {
    try (Stream<Path> files = Files.walk(out.resolve("pdf"))) {
      return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  /** The text of a 2x PNG as OCR reads it (sparse mode finds lone labels); dashes read as "-". */
  private static String ocr(String id) throws Exception {
    return Tools.run(out, "tesseract", out.resolve("png/" + id + "@2x.png").toString(), "-", "--psm", "12")
        .replaceAll("\\s+", " ").replaceAll("[\u2013\u2014]", "-");
  }
}
