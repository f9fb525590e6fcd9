package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures the source gives every five years (1980, 1985, 1990) take a slot each: the axis made
 * every year a slot and said "no figure" at eight years between, where the data keeps its own
 * step; a line was three unjoined dots. A year the data has no figure for at all stays a gap, in a
 * stack too, where it read "total 0.00". Read by poppler from the chart's PDF, and in the alt text.
 */
class FiveYearlyTest {
  private static final String FIELDS = """
      {"name": "year", "type": "year"}, {"name": "good", "type": "string"}, {"name": "value", "type": "number"}""";

  @TempDir Path dir;

  private Path build(String csv, String kind, String color) throws Exception {
    return OneChartProject.built(dir, csv, FIELDS, """
        title: Arms overtook machinery
        kind: %s
        data: walk
        x: {field: year}
        y: {field: value, label: Billion roubles}
        %s
        source: Made up
        """.formatted(kind, color));
  }

  @ParameterizedTest
  @ValueSource(strings = {"column", "grouped-column", "stacked-column", "line", "area"})
  void fiveYearlyFiguresTakeASlotEach(String kind) throws Exception {
    Tools.require("pdftotext");
    boolean one = kind.equals("column") || kind.equals("area");
    String csv = one ? "year,good,value\n1980,Arms,0.9\n1985,Arms,1.4\n1990,Arms,2.1\n"
        : "year,good,value\n1980,Arms,0.9\n1980,Oil,0.4\n1985,Arms,1.4\n1985,Oil,0.8\n1990,Arms,2.1\n1990,Oil,1.5\n";
    Path out = build(csv, kind, one ? "" : "color: {field: good}");
    String drawn = Pdfs.text(out, out.resolve("pdf/walk.pdf"));
    assertThat(drawn).contains("1980", "1985", "1990").doesNotContain("1981", "1989", "no figure", "n/a");
    assertThat(Files.readString(out.resolve("png/walk.txt"))).doesNotContain("no figure", "1981");
  }

  @Test
  void aYearWithoutAnyFigureInAStackIsNoFigureNotZero() throws Exception {
    Tools.require("pdftotext");
    Path out = build("year,good,value\n1985,Arms,1.4\n1985,Oil,0.8\n1986,Arms,\n1986,Oil,\n1987,Arms,2.1\n1987,Oil,1.5\n",
        "stacked-column", "color: {field: good}");
    assertThat(Pdfs.text(out, out.resolve("pdf/walk.pdf"))).contains("no figure").doesNotContain("0.0 ");
    assertThat(Files.readString(out.resolve("png/walk.txt"))).contains("1986: no figure").doesNotContain("total 0");
  }
}
