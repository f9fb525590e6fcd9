package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.build.TradeProject;
import org.chartdesk.export.PngExporter;
import org.chartdesk.model.ChartModel;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A balance that goes below zero and back, with a year missing: the published column chart hangs
 * its columns from a dark zero line, and the workbook's native charts, as LibreOffice draws them,
 * rule their gridlines at zero and whole steps and label the years at the plot's foot.
 */
class BelowZeroTest {
  private static final String CSV = "year,balance\n1985,-120\n1986,-45.5\n1987,\n1988,30\n1989,210\n1990,-15\n";
  private static final String FIELDS = """
      {"name": "year", "type": "year"}, {"name": "balance", "type": "number"}""";

  @TempDir Path dir;

  private Build.Checked checked(String kind) throws Exception {
    Path project = OneChartProject.write(dir, CSV, FIELDS, """
        title: The balance swung from deficit to surplus and back
        kind: %s
        data: walk
        x: {field: year}
        y: {field: balance, label: Million roubles}
        source: Made up
        """.formatted(kind));
    Build.Checked checked = new Build(project).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    return checked;
  }

  @Test
  void theColumnsHangFromADarkZeroLineAndThePlotsFootIsNoBaseline() throws Exception {
    ChartModel m = checked("column").models().get(0);
    Theme theme = Theme.named(m.frame().theme());
    int w = m.frame().width();
    int h = m.frame().height();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        PngExporter.export(ChartRenderer.render(m, theme), w, h, w, h, "alt")));
    java.awt.Color axis = theme.axis();
    int column = theme.series(0).getRGB();
    // Rows where the axis's colour (or nearly: the line is smoothed) runs across most of the
    // image: one line, the zero line.
    List<Integer> dark = new ArrayList<>();
    for (int y = 0; y < h; y++) {
      int n = 0;
      for (int x = 0; x < w; x++) {
        java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
        n += Math.abs(c.getRed() - axis.getRed()) + Math.abs(c.getGreen() - axis.getGreen())
            + Math.abs(c.getBlue() - axis.getBlue()) < 90 ? 1 : 0;
      }
      if (n > w * 0.6) {
        dark.add(y);
      }
    }
    assertThat(dark).as("rows of the axis colour").isNotEmpty();
    assertThat(dark.get(dark.size() - 1) - dark.get(0)).as("one line").isLessThanOrEqualTo(2);
    int zero = dark.get(0);
    // Columns above it (the surplus) and below it (the deficits): it is zero, not the plot's foot.
    assertThat(columnRowsAbove(image, column, zero)).isPositive();
    assertThat(columnRowsBelow(image, column, zero + 2)).isPositive();
  }

  /**
   * Dots and lollipops of balances either side of zero: each value stands on the side of its dot
   * away from zero ("-45" was set to the right of its dot, across the zero line), and the axis's
   * last label, 1,000 at its right end, is whole (it ran 8 px past the edge, and the lint refused
   * the chart), as poppler reads the PDF.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dot", "lollipop"})
  void aDotsValueStandsAwayFromZero(String kind) throws Exception {
    Tools.require("pdftotext");
    Path project = OneChartProject.write(dir, """
        partner,balance
        Soviet Union,-1200
        United States,350
        United Kingdom,-45
        Japan,780
        """, """
        {"name": "partner", "type": "string"}, {"name": "balance", "type": "number", "unit": "million dollars"}""", """
        title: India ran deficits with two of four partners
        kind: %s
        data: walk
        y: {field: partner}
        x: {field: balance, label: "Balance, million dollars"}
        source: Made up
        """.formatted(kind));
    Path out = dir.resolve("out");
    org.chartdesk.build.BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word zero = Pdfs.first(words, "0");
    double line = (zero.x0() + zero.x1()) / 2;
    for (String below : List.of("\u221245", "\u22121,200")) {
      Pdfs.Word w = words.stream().filter(x -> x.text().equals(below)).findFirst().orElseThrow();
      assertThat(w.x1()).as("%s ends left of zero at %.1f", below, line).isLessThan(line - 10);
    }
    Pdfs.Word end = Pdfs.first(words, "1,000");
    assertThat(end.x1()).as("the axis's last label within the page").isLessThanOrEqualTo(1200 - 1);
  }

  /**
   * A dot far below zero sits near the plot's left edge, past which the names stand: its value
   * goes right of the dot. Set left of it, on a phone, "-1,900" stood 6 px after "Soviet Union",
   * read as one phrase.
   */
  @Test
  void aDotsValueStaysClearOfTheNames() throws Exception {
    Tools.require("pdftotext");
    Path project = OneChartProject.write(dir, "partner,balance\nSoviet Union,-1900\nUS,350\nUK,-45\nJapan,780\n", """
        {"name": "partner", "type": "string"}, {"name": "balance", "type": "number", "unit": "million dollars"}""", """
        title: India ran deficits with two of four partners
        kind: dot
        data: walk
        y: {field: partner}
        x: {field: balance, label: "Balance, million dollars"}
        sizes: [phone]
        source: Made up
        """);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    Pdfs.Word name = Pdfs.first(words, "Union");
    Pdfs.Word value = Pdfs.first(words, "\u22121,900");
    assertThat(value.x0() - name.x1()).as("room between %s and %s", name, value).isGreaterThan(24);
  }

  /**
   * A dot a little below zero on a phone, too near the plot's left edge for its value on its left:
   * set on its right, "-2.9" ran across the zero line. It stands over its dot; poppler finds it
   * clear of the line.
   */
  @Test
  void aDotsValueJustBelowZeroOnAPhoneStaysOffTheZeroLine() throws Exception {
    Tools.require("pdftotext");
    Path project = OneChartProject.write(dir, "partner,balance\nWest Germany,12.1\nUnited Kingdom,3.9\nFrance,0.9\n"
        + "United States,-2.9\n", """
        {"name": "partner", "type": "string"}, {"name": "balance", "type": "number", "unit": "billion dollars"}""", """
        title: Balances in 1990
        kind: dot
        data: walk
        y: {field: partner}
        x: {field: balance, label: Billion dollars}
        sort: descending
        sizes: [phone]
        source: Made up
        """);
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    Pdfs.Word zero = Pdfs.first(words, "0");
    double line = (zero.x0() + zero.x1()) / 2;
    Pdfs.Word value = Pdfs.first(words, "\u22122.9");
    assertThat(value.x1() < line - 1 || value.x0() > line + 1).as("%s clear of the zero line at %.1f", value, line)
        .isTrue();
  }

  /**
   * A slope's values below zero are labelled beside their dots: the labels were spread above the
   * zero line only, so -980 and -900 stood on it, 180 px from their dots. Where poppler finds each
   * label, against where the axis's own labels put the value.
   */
  @Test
  void aSlopesValuesBelowZeroAreLabelledBesideTheirDots() throws Exception {
    Tools.require("pdftotext");
    Path project = TradeProject.write(dir, "slope", "color");
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    double zero = middle(words, "0");
    double thousand = middle(words, "\u22121,000");
    for (double value : new double[] {-980, -900}) {
      String label = "\u2212" + (int) -value;
      double at = zero + (thousand - zero) * -value / 1000;
      assertThat(middle(words, label)).as("%s against its value's height %.1f", label, at)
          .isCloseTo(at, org.assertj.core.data.Offset.offset(8.0));
    }
  }

  /**
   * A small deficit beside large surpluses: the axis leaves room under the column for its label.
   * Below a column of -2.4, the axis's -3 left 0.6 of 23, 12 px, and "−2.4" ran off the plot onto
   * the year; the build failed at every size, the lint refusing what it drew. Poppler finds both.
   */
  @ParameterizedTest
  @ValueSource(strings = {"web", "phone", "wide"})
  void aSmallDeficitsLabelStaysAboveTheYears(String size) throws Exception {
    Tools.require("pdftotext");
    Path project = OneChartProject.write(dir, "year,balance\n1985,3.3\n1986,7.5\n1987,11.1\n1988,16.8\n1990,-2.4\n",
        FIELDS, """
        title: The balance was in surplus until 1990
        kind: column
        data: walk
        x: {field: year}
        y: {field: balance, label: Million roubles, format: "#,##0.0"}
        sizes: [%s]
        source: Made up
        """.formatted(size));
    Path out = dir.resolve("out");
    org.chartdesk.build.BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();
    Path pdf = out.resolve(size.equals("web") ? "pdf/walk.pdf" : "pdf/" + size + "/walk.pdf");
    List<Pdfs.Word> words = Pdfs.words(out, pdf);
    Pdfs.Word label = Pdfs.first(words, "\u22122.4");
    // The axis's 1990, not the title's.
    Pdfs.Word year = words.stream().filter(w -> w.text().equals("1990")).reduce((a, b) -> b).orElseThrow();
    assertThat(label.y1()).as("the label's foot against the year's top").isLessThan(year.y0());
  }

  /**
   * Small multiples of balances: every panel's axis runs below zero as far as the lowest figure
   * needs, a deficit's column hangs from zero with its value under it, above the years. Such data
   * was refused ("a small-multiples chart draws figures of zero or more"). Poppler reads the PDF.
   */
  @Test
  void smallMultiplesHangDeficitsFromZero() throws Exception {
    Tools.require("pdftotext");
    Path project = TradeProject.write(dir, "small-multiples", "facet", """
        1985,India,4.3
        1986,India,-2.7
        1987,India,13.7
        1985,Soviet Union,-1.1
        1986,Soviet Union,-0.5
        1987,Soviet Union,3.9
        """, "mark: column\n");
    Path out = dir.resolve("out");
    org.chartdesk.build.BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    double zero = middle(words, "0");
    double years = words.stream().filter(w -> w.text().equals("1986")).mapToDouble(Pdfs.Word::y0).min().orElseThrow();
    for (String deficit : List.of("\u22122.7", "\u22121.1", "\u22120.5")) {
      Pdfs.Word label = words.stream().filter(w -> w.text().equals(deficit)).findFirst()
          .orElseThrow(() -> new AssertionError(deficit + " not in " + words));
      assertThat(label.y0()).as("%s below zero", deficit).isGreaterThan(zero);
      assertThat(label.y1()).as("%s above the years", deficit).isLessThan(years);
    }
  }

  private static double middle(List<Pdfs.Word> words, String text) {
    Pdfs.Word w = words.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    return (w.y0() + w.y1()) / 2;
  }

  /**
   * The zero line is drawn dark, on one row of pixels: set where the scale put it, between two
   * rows, it was two rows of mid-grey (152 and 113 where the axis is 51), a blurred grey rule.
   */
  @ParameterizedTest
  @ValueSource(strings = {"column", "line"})
  void theZeroLineIsOneDarkRowOfPixels(String kind) throws Exception {
    ChartModel m = checked(kind).models().get(0);
    Theme theme = Theme.named(m.frame().theme());
    int w = m.frame().width();
    int h = m.frame().height();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        PngExporter.export(ChartRenderer.render(m, theme), w, h, w, h, "alt")));
    int axis = theme.axis().getRGB() & 0xffffff;
    List<Integer> full = new ArrayList<>();
    for (int y = 0; y < h; y++) {
      int n = 0;
      for (int x = 0; x < w; x++) {
        n += (image.getRGB(x, y) & 0xffffff) == axis ? 1 : 0;
      }
      if (n > w * 0.6) {
        full.add(y);
      }
    }
    assertThat(full).as("rows of the axis's own colour across the plot").hasSize(1);
  }

  /**
   * A line's value label at a point a little under zero ("-15") was set over its point, across the
   * dark zero line; it stands under the point, clear of the line, as poppler reads the PDF.
   */
  @Test
  void aLinesLabelJustBelowZeroStandsClearOfTheZeroLine() throws Exception {
    Tools.require("pdftotext");
    checked("line");
    Path out = dir.resolve("out");
    assertThat(new Build(dir.resolve("project")).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word zero = Pdfs.first(words, "0");
    Pdfs.Word label = Pdfs.first(words, "\u221215");
    double line = (zero.y0() + zero.y1()) / 2;
    assertThat(label.y0()).as("the label's top, under the zero line at %.1f", line).isGreaterThan(line + 1);
  }

  /**
   * The alt text says a change from or to below zero without a percentage: from -120 to -46 it
   * said "fell by 62 percent", a rise; and negative numbers carry a true minus, as in the image.
   */
  @Test
  void theAltTextSaysAChangeAcrossZeroWithoutAPercentage() throws Exception {
    String alt = checked("line").models().get(0).altText();
    assertThat(alt).contains("1985, \u2212120;", "From 1985 to 1986 the figure rose from \u2212120 to \u221246.",
        "From 1988 to 1989 the figure rose by 600 percent (from 30 to 210).",
        "From 1989 to 1990 the figure fell from 210 to \u221215.",
        "Over the whole period, 1985 to 1990, the figure rose from \u2212120 to \u221215.")
        .doesNotContain("percent (from \u2212", "-");
  }

  /**
   * From zero, a percentage is no number at all: a column chart said "rose by 9223372036854775807
   * percent", and a line said nothing of the change.
   */
  @ParameterizedTest
  @ValueSource(strings = {"column", "line"})
  void theAltTextSaysAChangeFromZeroWithoutAPercentage(String kind) throws Exception {
    Path project = OneChartProject.write(dir, "year,visits\n1950,0\n1951,3\n1952,3\n", """
        {"name": "year", "type": "year"}, {"name": "visits", "type": "integer", "unit": "visits"}""", """
        title: Visits began in 1951
        kind: %s
        data: walk
        x: {field: year}
        y: {field: visits, label: Visits}
        source: Made up
        """.formatted(kind));
    Build.Checked checked = new Build(project).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    assertThat(checked.models().get(0).altText()).contains("From 1950 to 1951 the figure rose from 0 to 3.",
        "From 1951 to 1952 the figure is unchanged at 3.").doesNotContain("percent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"column", "line"})
  void theWorkbooksChartRulesZeroAndLabelsTheYearsAtItsFoot(String kind) throws Exception {
    Tools.require("soffice", "pdftotext");
    Build.Checked checked = checked(kind);
    Path book = dir.resolve("balance.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(),
        LibreOfficeRender.blankImages(checked.models()), Theme.house(),
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of())));
    Path pdf = LibreOfficeRender.pdf(dir, book);
    int page = LibreOfficeRender.lastPageWith(LibreOfficeRender.pages(dir, pdf), "Chart data:");
    List<Pdfs.Word> words = Pdfs.words(Tools.run(dir, "pdftotext", "-bbox", "-f", Integer.toString(page), "-l",
        Integer.toString(page), pdf.toString(), "-"));
    // Gridlines at whole steps of 100 from below the lowest value, zero among them: Excel rules
    // from the axis's minimum, which was -150, so it ruled -150, -50, 50, 150 and 250.
    assertThat(words).extracting(Pdfs.Word::text).contains("-200", "-100", "0", "100", "200").doesNotContain("-150", "-50", "150", "250");
    // The years under the plot, below its lowest gridline's label, not along the zero line.
    double lowest = top(words, "-200");
    double year = top(words, "1985");
    assertThat(year).as("the year's top against the -200 label's, in points down the page").isGreaterThan(lowest);
  }

  private static int columnRowsAbove(BufferedImage image, int colour, int y) {
    return rowsWith(image, colour, 0, y);
  }

  private static int columnRowsBelow(BufferedImage image, int colour, int y) {
    return rowsWith(image, colour, y, image.getHeight());
  }

  private static int rowsWith(BufferedImage image, int colour, int from, int to) {
    int rows = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == colour) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  /** The lowest on the page (largest top) of the words reading {@code text}: the chart's, below its data's. */
  private static double top(List<Pdfs.Word> words, String text) {
    return words.stream().filter(w -> w.text().equals(text)).mapToDouble(Pdfs.Word::y0).max()
        .orElseThrow(() -> new AssertionError(text + " not on the page"));
  }
}
