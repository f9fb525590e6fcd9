package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports by region, Africa without a figure for 1971 and 1972 and Europe for 1984, as areas,
 * a slope and grouped columns. Poppler reads the PDFs.
 *
 * <p>The hole areas leave read as an empty stretch: nothing in the picture named it, nor said whose
 * figure a stack was missing, and on a phone it is too narrow for words. Each hole is now named at
 * its foot where it fits, and a note says whose figures are missing at every size. One area alone
 * was named after its value axis ("Billion roubles 1.77", beside its middle); its last value now
 * stands at its top.
 *
 * <p>A slope's "no figure" stood at the axis' foot without saying whose, two on one side were drawn
 * over each other, and Europe, named only beside its 1984 value, went unnamed.
 *
 * <p>A grouped column chart's "n/a", and a small multiple's, ran over the neighbouring columns of
 * a phone's narrow slots; several lines named their ends but not their gaps. A note now says which
 * figures the source does not give.
 */
class SeriesGapsTest {
  private static final String FIELDS = """
      {"name": "year", "type": "year"}, {"name": "region", "type": "string"},
      {"name": "exports", "type": "number", "unit": "billion roubles"}""";

  @TempDir Path dir;

  /** Exports by region, 1960 to 1991; none given for Africa in 1971 and 1972, nor Europe in 1984. */
  private static CharSequence exports(List<String> regions) {
    StringBuilder csv = new StringBuilder("year,region,exports\n");
    for (int year = 1960; year <= 1991; year++) {
      for (int r = 0; r < regions.size(); r++) {
        String region = regions.get(r);
        boolean none = region.equals("Africa") && (year == 1971 || year == 1972)
            || region.equals("Europe") && year == 1984;
        csv.append(year).append(',').append(region).append(',')
            .append(none ? "" : String.format(java.util.Locale.ROOT, "%.2f", 1 + r + (year - 1960) / 40.0 + year % 3 / 10.0))
            .append('\n');
      }
    }
    return csv;
  }

  private Path built(List<String> regions, String kind, String more) throws Exception {
    return OneChartProject.built(dir, exports(regions), FIELDS, """
        title: Exports grew in every region
        kind: %s
        data: walk
        x: {field: year}
        y: {field: exports, label: Billion roubles}
        sizes: [phone]
        source: Made up
        """.formatted(kind) + more);
  }

  @Test
  void aHoleInAStackIsNamedAndItsNoteSaysWhoseFiguresAreMissing() throws Exception {
    Tools.require("pdftotext");
    Path out = built(List.of("Asia", "Europe", "Africa"), "area", "color: {field: region}\n");
    String note = "Note: No figure for Europe in 1984 and Africa in 1971–1972: the stack breaks there.";
    assertThat(Pdfs.drawnText(out, out.resolve("pdf/walk.pdf"))).contains("no figures 1971–1972").contains(note);
    assertThat(Pdfs.drawnText(out, out.resolve("pdf/phone/walk.pdf"))).contains(note);
    Pdfs.assertNoneOverlaps(Pdfs.words(out, out.resolve("pdf/walk.pdf")));
    Pdfs.assertNoneOverlaps(Pdfs.words(out, out.resolve("pdf/phone/walk.pdf")));

    // Excel and LibreOffice draw a blank in an area chart as a zero: the stack fell to the axis at
    // 1971. The workbook's native chart draws the stack's edges as lines, which break at a blank,
    // every series blank where the stack breaks, and a caption says why. openpyxl reads it.
    Path read = Files.writeString(dir.resolve("read.py"), """
        import sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])['walk (chart)']
        chart = ws._charts[0]
        print('CHART', type(chart).__name__, chart.grouping, len(chart.series))
        for row in ws.iter_rows():
            if row[0].value == 1971:
                print('ROW 1971', [c.value for c in row[1:4]])
            for c in row:
                if isinstance(c.value, str) and c.value.startswith('Excel draws a year without a figure'):
                    print('CAPTION')
        """);
    String book = Tools.run(dir, Tools.python(), read.toString(), out.resolve("walk.xlsx").toString());
    assertThat(book).contains("CHART LineChart stacked 3", "ROW 1971 [None, None, None]", "CAPTION");
  }

  @Test
  void oneAreaCarriesItsLastValueAtItsTopNotTheAxisTitle() throws Exception {
    Tools.require("pdftotext");
    Path out = built(List.of("Africa"), "area", "");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    assertThat(words).filteredOn(w -> w.text().equals("Billion")).as("the axis title alone").hasSize(1);
    // 1991's figure is 1.97: between the ticks 1.5 and 2.0 (the further down the page, the larger y).
    Pdfs.Word last = Pdfs.first(words, "1.97");
    double below = Pdfs.first(words, "1.5").y0();
    double above = Pdfs.first(words, "2.0").y0();
    assertThat(last.y0()).isBetween(above, below);
    assertThat(Pdfs.drawnText(out, out.resolve("pdf/walk.pdf")))
        .contains("Note: No figure for 1971–1972: the area breaks there.");
  }

  @Test
  void aSeriesWithoutAFigureIsNamedOnBothSides() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, exports(List.of("Asia", "Europe", "Africa")),
        FIELDS, """
        title: Exports fell in Asia, rose elsewhere
        kind: slope
        data: walk
        transform:
          - {filter: {field: year, oneOf: [1971, 1984]}}
        x: {field: year}
        y: {field: exports, label: Billion roubles}
        color: {field: region}
        sizes: [phone]
        source: Made up
        """);
    for (String pdf : List.of("pdf/walk.pdf", "pdf/phone/walk.pdf")) {
      List<Pdfs.Word> words = Pdfs.words(out, out.resolve(pdf));
      Pdfs.assertNoneOverlaps(words);
      Pdfs.Word africa = only(words, "Africa:");
      Pdfs.Word europe = only(words, "Europe:");
      double left = only(words, "1971").x0();
      double right = only(words, "1984").x0();
      assertThat(africa.x1()).as(pdf).isLessThan(left + 20);
      assertThat(europe.x0()).as(pdf).isGreaterThan(right);
      // Europe's 1971 figure carries its name, on the same line.
      Pdfs.Word name = Pdfs.first(words, "Europe");
      assertThat(name.x1()).as(pdf).isLessThan(left);
      assertThat(Math.abs(name.y0() - only(words, "2.28").y0())).as(pdf).isLessThan(1);
    }
  }

  @Test
  void aColumnWithoutAFigureTooNarrowForWordsIsSaidInTheNote() throws Exception {
    Tools.require("pdftotext");
    Path out = built(List.of("Asia", "Europe", "Africa"), "grouped-column", """
        transform:
          - {filter: {field: year, range: [1984, 1991]}}
        color: {field: region}
        """);
    String note = "Note: The source gives no figure for Europe in 1984.";
    String wide = Pdfs.drawnText(out, out.resolve("pdf/walk.pdf"));
    assertThat(wide).contains("no figure").contains(note);
    String phone = Pdfs.drawnText(out, out.resolve("pdf/phone/walk.pdf"));
    assertThat(phone).contains(note).doesNotContain("n/a");
    // The series keep the dataset's order, and so their colours, though Europe's first figure is filtered out.
    assertThat(phone).containsSubsequence("Asia", "Europe", "Africa");
  }

  @Test
  void severalLinesAndPanelsSayInANoteWhichFiguresTheSourceDoesNotGive() throws Exception {
    Tools.require("pdftotext");
    String note = "Note: The source gives no figure for Europe in 1984 and Africa in 1971–1972.";
    Path lines = built(List.of("Asia", "Europe", "Africa"), "line", "color: {field: region}\n");
    assertThat(Pdfs.drawnText(lines, lines.resolve("pdf/walk.pdf"))).contains(note);
    // A panel's "n/a" ran over its neighbours' columns on a phone; it is left to the note there.
    Path panels = built(List.of("Asia", "Europe", "Africa"), "small-multiples", """
        transform:
          - {filter: {field: year, range: [1980, 1991]}}
        facet: {field: region}
        """);
    String phone = Pdfs.drawnText(panels, panels.resolve("pdf/phone/walk.pdf"));
    assertThat(phone).contains("Note: The source gives no figure for Europe in 1984.").doesNotContain("n/a");
    Pdfs.assertNoneOverlaps(Pdfs.words(panels, panels.resolve("pdf/phone/walk.pdf")));
  }

  private static Pdfs.Word only(List<Pdfs.Word> words, String text) {
    List<Pdfs.Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }
}
