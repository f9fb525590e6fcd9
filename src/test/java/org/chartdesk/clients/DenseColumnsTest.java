package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A century of yearly figures as columns, the years of the two world wars without one. The year
 * labels came out as a row of dots (JFreeChart cut each "1937" to "..."), the values over the
 * columns ran into each other, and "no figure" under each of ten twelve-pixel slots could not fit:
 * the lint refused the chart. Years are now labelled at a round step, the values written over
 * every column or none, and each run of years without a figure labelled once. Poppler reads the PDF.
 */
class DenseColumnsTest {
  @TempDir Path dir;

  @Test
  void aCenturyOfColumnsIsLabelledAtRoundYears() throws Exception {
    Tools.require("pdftotext");
    Path out = TeaPrices.built(dir, TeaPrices.csv(1900, 1991, 1, TeaPrices.NOT_AT_WAR,
        year -> 10 + (year - 1900) / 5.0 + year % 3), "column", "");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    List<String> years = words.stream().map(Pdfs.Word::text).filter(t -> t.matches("\\d{4}")).toList();
    assertThat(years).as("the axis's years").hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(y -> assertThat(Integer.parseInt(y) % 5).as(y).isZero());
    assertThat(words).noneSatisfy(w -> assertThat(w.text()).contains("..."));
    assertThat(words).filteredOn(w -> w.text().equals("figures")).hasSize(2);
    Pdfs.assertNoneOverlaps(words);
    // The workbook's native chart, as LibreOffice draws it, writes no values over its columns either:
    // it wrote all 82, each over its neighbours. Its sheet's cells stand left of the chart's title.
    Tools.require("soffice");
    Path pdf = LibreOfficeRender.pdf(dir, out.resolve("walk.xlsx"));
    int page = LibreOfficeRender.lastPageWith(LibreOfficeRender.pages(dir, pdf), "The price of tea in Moscow");
    List<Pdfs.Word> sheet = Pdfs.words(Tools.run(dir, "pdftotext", "-bbox", "-f", "" + page, "-l", "" + page,
        pdf.toString(), "-"));
    double chart = sheet.stream().filter(w -> w.text().equals("price")).mapToDouble(Pdfs.Word::x0).max().orElseThrow();
    assertThat(sheet).filteredOn(w -> w.x0() > chart && w.text().matches("\\d+\\.\\d")).isEmpty();
  }

  /**
   * Five-yearly figures over two centuries in a narrow chart: labelled at round years evenly
   * stepped (1800, 1825, 1850), not every slot, nor at years of the slots' step alone.
   */
  @Test
  void fiveYearlyColumnsAreLabelledAtRoundYearsToo() throws Exception {
    Tools.require("pdftotext");
    Path out = TeaPrices.built(dir, TeaPrices.csv(1800, 1990, 5, year -> true, year -> 10 + year % 7), "column",
        "size: {width: 600}\n");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    List<Integer> years = words.stream().map(Pdfs.Word::text).filter(t -> t.matches("\\d{4}"))
        .map(Integer::parseInt).toList();
    assertThat(years).as("the axis's years").hasSizeGreaterThanOrEqualTo(4);
    int step = years.get(1) - years.get(0);
    assertThat(step % 5).as("step %d, a multiple of the data's", step).isZero();
    for (int i = 0; i < years.size(); i++) {
      assertThat(years.get(i)).as("evenly stepped from a round year: %s", years).isEqualTo(years.get(0) + i * step);
    }
    assertThat(years.get(0) % step).as("%s starts at a multiple of its step", years).isZero();
    Pdfs.assertNoneOverlaps(words);
  }

  /**
   * Fourteen years on a phone, one without a figure: "figure" is wider than its slot, and the lint
   * refused the chart. The locale's short form stands in the gap.
   */
  @Test
  void aYearWithoutAFigureInANarrowSlotSaysSoShort() throws Exception {
    Tools.require("pdftotext");
    Path out = TeaPrices.built(dir, TeaPrices.csv(1977, 1990, 1, year -> year != 1983, year -> 10 + year % 7),
        "column", "sizes: [phone]\n");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    assertThat(words).filteredOn(w -> w.text().equals("n/a")).hasSize(1);
    Pdfs.assertNoneOverlaps(words);
  }

  /**
   * Twelve years of figures with two decimals. Over the page's columns their values fit; on a
   * phone each would stand a pixel from the next, "8.048.12", read as one number. The phone's
   * images were drawn by the decision made for the page's; each plot now decides for its own,
   * with half an em between neighbours.
   */
  @Test
  void valuesThatWouldRunTogetherOnAPhoneAreLeftToTheGridlines() throws Exception {
    Tools.require("pdftotext");
    Path out = TeaPrices.built(dir, TeaPrices.csv(1980, 1991, 1, year -> true, year -> (804 + year % 7 * 11) / 100.0),
        "column", "sizes: [phone]\n");
    assertThat(values(Pdfs.words(out, out.resolve("pdf/walk.pdf")))).hasSize(12)
        .allSatisfy(v -> assertThat(v).matches("\\d\\.\\d\\d"));
    assertThat(values(Pdfs.words(out, out.resolve("pdf/phone/walk.pdf")))).isEmpty();
  }

  /** The words that hold a figure with two decimals, alone or run together with others. */
  private static List<String> values(List<Pdfs.Word> words) {
    return words.stream().map(Pdfs.Word::text).filter(t -> t.matches(".*\\d\\.\\d\\d.*")).toList();
  }
}
