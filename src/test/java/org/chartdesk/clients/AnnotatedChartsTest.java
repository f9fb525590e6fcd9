package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.chartdesk.dataset.Story;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' annotations in the native charts of their workbook, as LibreOffice draws them and
 * openpyxl reads them: a highlight in the series colour among muted ones, a note as its point's
 * label beside the value it keeps, and the event lines Excel does not draw named under the chart.
 * The published images are blank here, so every colour on a chart page is the native chart's.
 */
class AnnotatedChartsTest {
  static final Theme THEME = Theme.house();
  /** The examples give the kinds of event the story's colours: Diplomacy the palette's third. */
  static final java.awt.Color DIPLOMACY = THEME.series(2);
  static final String COLUMN_TITLE = "In 1973 the KGB placed more articles in India than in any other non-communist";

  @TempDir static Path dir;
  static Path book;

  @BeforeAll
  static void write() throws Exception {
    Story story = Examples.story();
    List<ChartModel> models = Examples.models(story);
    book = dir.resolve("examples.xlsx");
    Files.write(book, WorkbookWriter.write(story, models, LibreOfficeRender.blankImages(models), THEME,
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of())));
  }

  @Test
  void libreOfficeDrawsHighlightsNotesAndNamesWhatItDoesNotDraw() throws Exception {
    Tools.require("soffice", "pdftoppm", "pdftotext");
    Path pdf = LibreOfficeRender.pdf(dir, book);
    String[] pages = LibreOfficeRender.pages(dir, pdf);

    int column = LibreOfficeRender.lastPageWith(pages, COLUMN_TITLE);
    BufferedImage columns = LibreOfficeRender.image(dir, pdf, column, "column");
    assertThat(colour(columns)).as("the highlighted column").isGreaterThan(5000);
    assertThat(muted(columns)).as("the muted columns").isGreaterThan(5000);
    assertThat(pageText(pdf, column)).contains("The KGB's influence was", "diminished 411", "over 3,789");

    int bar = LibreOfficeRender.lastPageWith(pages, "Joseph Stalin held office longer");
    BufferedImage bars = LibreOfficeRender.image(dir, pdf, bar, "bar");
    assertThat(colour(bars)).as("the highlighted bar").isGreaterThan(5000);
    assertThat(muted(bars)).as("the muted bars").isGreaterThan(5000);

    int line = LibreOfficeRender.lastPageWith(pages, "KGB-planted articles in the Indian press fell to 411");
    // The qualified figure keeps its qualifier in the chart, as in the note and the chart data's
    // cell, beside the chart's note (text order across the page follows where rows fall).
    String lineText = pageText(pdf, line);
    assertThat(lineText.split("over 3,789", -1)).as(lineText).hasSizeGreaterThanOrEqualTo(4);
    assertThat(lineText).contains("More than in any other non");

    int lines = LibreOfficeRender.lastPageWith(pages, "Diplomacy makes up 16 of the 24 events");
    BufferedImage image = LibreOfficeRender.image(dir, pdf, lines, "lines");
    assertThat(LibreOfficeRender.countNear(image, DIPLOMACY, 24)).as("the highlighted line").isGreaterThan(500);
    assertThat(muted(image)).as("the muted lines").isGreaterThan(1000);
    assertThat(pageText(pdf, lines)).contains("Not drawn in the Excel chart (see the image below): event line at "
        + "August 1971, \"Treaty of Friendship and Cooperation\"");
  }

  /** Pixels in the series colour, which nothing else on the page has. */
  private static int colour(BufferedImage page) {
    return LibreOfficeRender.countNear(page, THEME.series(0), 24);
  }

  /**
   * Pixels in the muted grey, closely: LibreOffice draws the chart's frame and axes in a grey near
   * it (#B3B3B3), a few hundred pixels on any chart page.
   */
  private static int muted(BufferedImage page) {
    return LibreOfficeRender.countNear(page, THEME.muted(), 4);
  }

  static final String SCRIPT = """
      import sys, openpyxl
      wb = openpyxl.load_workbook(sys.argv[1])
      for name in ('column-highlight', 'bar', 'line', 'line-events-to-date'):
          for s in wb[name]._charts[0].series:
              props = s.graphicalProperties
              fill = props.solidFill or props.line.solidFill
              print('SERIES', name, s.tx.strRef.f, s.order, fill.srgbClr)
              for p in s.dPt:
                  print('POINT', name, p.idx, p.graphicalProperties.solidFill.srgbClr)
              # openpyxl models no label's own text, nor a deleted label: these have a position.
              for l in (s.dLbls.dLbl if s.dLbls else []):
                  if l.dLblPos:
                      print('LABEL', name, l.idx, l.dLblPos, l.numFmt)
      """;

  @Test
  void openpyxlReadsTheHighlightsAndWhereTheNotesAre() throws Exception {
    Tools.require("python3");
    Path script = Files.writeString(dir.resolve("read.py"), SCRIPT);
    List<String> out = Tools.run(dir, Tools.python(), script.toString(), book.toString()).lines()
        .filter(l -> !l.contains("Warning") && !l.contains("warn(")).toList();
    String muted = hex(THEME.muted());
    String colour = hex(THEME.series(0));
    assertThat(out).contains(
        "SERIES column-highlight 'column-highlight'!$B$7 0 " + muted,
        "POINT column-highlight 0 " + colour,
        "LABEL column-highlight 0 outEnd \"over \"#,##0",
        "LABEL column-highlight 4 outEnd #,##0",
        "SERIES bar bar!$B$7 0 " + muted,
        "POINT bar 0 " + colour,
        "LABEL line 0 r \"over \"#,##0",
        "LABEL line 4 l #,##0",
        // openpyxl lists series by plotting order: Diplomacy, highlighted, is last.
        "SERIES line-events-to-date 'line-events-to-date'!$B$6 3 " + hex(DIPLOMACY),
        "SERIES line-events-to-date 'line-events-to-date'!$C$6 0 " + muted);
  }

  /** One page's text in reading order, every run of whitespace one space: a wrapped label reads as one. */
  private static String pageText(Path pdf, int page) throws Exception {
    return Tools.run(dir, "pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString(),
        "-").replaceAll("\\s+", " ");
  }

  private static String hex(java.awt.Color c) {
    return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
