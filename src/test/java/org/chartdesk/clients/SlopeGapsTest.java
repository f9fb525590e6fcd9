package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slope of three regions between 1971 and 1984, Africa without a figure for 1971 and Europe
 * without one for 1984. "no figure" stood at the axis' foot without saying whose, two such at one
 * side were drawn over each other, and Europe, named only beside its 1984 value, went unnamed.
 * Poppler reads the PDF.
 */
class SlopeGapsTest {
  @TempDir Path dir;

  @Test
  void aSeriesWithoutAFigureIsNamedOnBothSides() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, AreaGapsTest.exports(List.of("Asia", "Europe", "Africa")),
        AreaGapsTest.FIELDS, """
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
      Pdfs.Word name = words.stream().filter(w -> w.text().equals("Europe")).findFirst().orElseThrow();
      assertThat(name.x1()).as(pdf).isLessThan(left);
      assertThat(Math.abs(name.y0() - only(words, "2.28").y0())).as(pdf).isLessThan(1);
    }
  }

  private static Pdfs.Word only(List<Pdfs.Word> words, String text) {
    List<Pdfs.Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }
}
