package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart whose spec sets no height is as tall as its rows need. A table: five rows on the default
 * 675-pixel canvas left a third of the image blank between the last row and the source line, and
 * forty rows ran off it (the lint refused the chart). Thirty bars were refused as too short. Poppler
 * reads the PDF's page and where its words stand.
 */
class FittedHeightTest {
  private static final String FIELDS = """
      {"name": "year", "type": "year"}, {"name": "event", "type": "string"}""";
  private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");

  @TempDir Path dir;

  @Test
  void aShortTableEndsWithItsSourceLine() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, csv(5), FIELDS, spec(""));
    double page = pageHeight(out);
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word lastRow = only(words, "Event5");
    Pdfs.Word source = only(words, "Source:");
    assertThat(page).as("page height").isLessThan(400);
    assertThat(source.y0() - lastRow.y1()).as("space between the last row and the source line").isLessThan(50);
    assertThat(page - source.y1()).as("space below the source line").isBetween(10.0, 50.0);
  }

  @Test
  void aLongTableGrowsToHoldEveryRow() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, csv(40), FIELDS, spec(""));
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word source = only(words, "Source:");
    for (int i = 1; i <= 40; i++) {
      assertThat(only(words, "Event" + i).y1()).as("row %d above the source line", i).isLessThan(source.y0());
    }
    assertThat(pageHeight(out)).isGreaterThan(675);
  }

  @Test
  void aHeightTheSpecSetsIsKept() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, csv(5), FIELDS, spec("size: {height: 500}\n"));
    assertThat(pageHeight(out)).isEqualTo(500);
  }

  @Test
  void thirtyBarsGrowTheChartToHoldThem() throws Exception {
    Tools.require("pdftotext");
    StringBuilder csv = new StringBuilder("event,visits\n");
    for (int i = 1; i <= 30; i++) {
      csv.append("Event").append(i).append(',').append(i * 37 % 101).append('\n');
    }
    Path out = OneChartProject.built(dir, csv, """
        {"name": "event", "type": "string"}, {"name": "visits", "type": "integer"}""", """
        title: Thirty events
        kind: bar
        data: walk
        y: {field: event}
        x: {field: visits, label: Visits}
        source: Made up
        """);
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word source = only(words, "Source:");
    for (int i = 1; i <= 30; i++) {
      assertThat(only(words, "Event" + i).y1()).as("bar %d above the source line", i).isLessThan(source.y0());
    }
    assertThat(pageHeight(out)).isGreaterThan(675);
    Pdfs.assertNoneOverlaps(words);
  }

  /** A timeline across the page of two lanes: as tall as its lanes, not 675 with bands of white. */
  @Test
  void aTimelineAcrossThePageIsAsTallAsItsLanes() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, "year,lane,event\n1950,a,First\n1955,a,Second\n1970,b,Third\n1980,b,Fourth\n",
        """
        {"name": "year", "type": "year"}, {"name": "lane", "type": "string"}, {"name": "event", "type": "string"}""", """
        title: Events
        kind: timeline
        data: walk
        x: {field: year}
        lane: {field: lane}
        label: "{event}"
        source: Made up
        """);
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    Pdfs.Word source = only(words, "Source:");
    for (String event : List.of("First", "Second", "Third", "Fourth")) {
      assertThat(only(words, event).y1()).as(event).isLessThan(source.y0());
    }
    assertThat(pageHeight(out)).isLessThan(450);
    Pdfs.assertNoneOverlaps(words);
  }

  private static String csv(int rows) {
    StringBuilder csv = new StringBuilder("year,event\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(1950 + i).append(",Event").append(i).append('\n');
    }
    return csv.toString();
  }

  private static String spec(String size) {
    return """
        title: What happened
        kind: table
        data: walk
        columns:
          - {field: year, label: Year}
          - {field: event, label: Event}
        source: Made up
        """ + size;
  }

  private static Pdfs.Word only(List<Pdfs.Word> words, String text) {
    List<Pdfs.Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  private static double pageHeight(Path out) throws Exception {
    Matcher m = PAGE.matcher(Tools.run(out, "pdftotext", "-bbox", "-f", "1", "-l", "1", "pdf/walk.pdf", "-"));
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(2));
  }
}
