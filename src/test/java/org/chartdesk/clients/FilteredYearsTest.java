package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An editor picks three years of eleven with a filter: the years between are not gaps in the
 * data, which has figures for them. Columns, areas and panels leave them out; a line passes over
 * them, its figures marked; nothing says "no figure" for them, in the picture, its alt text or
 * the workbook as LibreOffice shows it. Before, columns stood "no figure" at 1986, 1987 and 1989,
 * and a line was three dots.
 */
class FilteredYearsTest {
  private static final String FIELDS = """
      {"name": "country", "type": "string"}, {"name": "year", "type": "year"}, {"name": "growth", "type": "number"}""";

  @TempDir Path dir;

  private Path build(String kind) throws Exception {
    StringBuilder csv = new StringBuilder("country,year,growth\n");
    for (int year = 1980; year <= 1990; year++) {
      csv.append("India,").append(year).append(',').append(3 + year % 4).append('\n');
      csv.append("Soviet Union,").append(year).append(',').append(1 + year % 3).append('\n');
    }
    return OneChartProject.built(dir, csv, FIELDS, """
        title: Growth in three years
        kind: %s
        data: walk
        transform:
          - {filter: {field: year, oneOf: [1985, 1988, 1990]}}
        x: {field: year}
        y: {field: growth, label: "Growth, per cent"}
        color: {field: country}
        source: Made up
        """.formatted(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {"grouped-column", "stacked-column", "area", "line"})
  void theYearsBetweenAreNoGaps(String kind) throws Exception {
    Tools.require("pdftotext");
    Path out = build(kind);
    String drawn = Pdfs.text(out, out.resolve("pdf/walk.pdf"));
    assertThat(drawn).contains("1985", "1988", "1990").doesNotContain("no figure", "n/a");
    String alt = Files.readString(out.resolve("png/walk.txt"));
    assertThat(alt).contains("1985", "1988", "1990").doesNotContain("no figure", "1986", "1987", "1989");
    if (!kind.equals("line")) {
      // Columns and areas keep a slot for the years shown alone.
      assertThat(drawn).doesNotContain("1986", "1987", "1989");
    }
  }

  /**
   * The line runs unbroken across the years left out: every pixel column from 1986's label to
   * 1987's, as poppler places them in the PDF (a point a pixel of the 1x PNG), has its colour.
   */
  @Test
  void aLinePassesOverTheYearsLeftOut() throws Exception {
    Tools.require("pdftotext");
    Path out = build("line");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    BufferedImage image = ImageIO.read(out.resolve("png/walk.png").toFile());
    Color india = Theme.house().series(0);
    int from = (int) Math.ceil(middle(words, "1986"));
    int to = (int) middle(words, "1987");
    assertThat(to - from).as("1986 to 1987 in pixels").isGreaterThan(100);
    for (int x = from; x <= to; x++) {
      assertThat(hasColour(image, x, india)).as("the line's colour at x = %d, from %d to %d", x, from, to).isTrue();
    }
  }

  private static double middle(List<Pdfs.Word> words, String text) {
    Pdfs.Word w = words.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    return (w.x0() + w.x1()) / 2;
  }

  @Test
  void theWorkbookListsTheYearsShown() throws Exception {
    Tools.require("soffice", "pdftotext");
    Path out = build("line");
    Path pdf = LibreOfficeRender.pdf(dir, out.resolve("walk.xlsx"));
    String[] pages = LibreOfficeRender.pages(dir, pdf);
    String page = pages[LibreOfficeRender.lastPageWith(pages, "Chart data:") - 1];
    List<String> words = List.of(page.split("\\s+"));
    assertThat(words).contains("1985", "1988", "1990").doesNotContain("1986", "1987", "1989");
  }

  private static boolean hasColour(BufferedImage image, int x, Color c) {
    for (int y = 0; y < image.getHeight(); y++) {
      Color p = new Color(image.getRGB(x, y));
      int distance = Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
          + Math.abs(p.getBlue() - c.getBlue());
      if (distance < 40) {
        return true;
      }
    }
    return false;
  }
}
