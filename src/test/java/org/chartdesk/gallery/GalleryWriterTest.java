package org.chartdesk.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.theme.NewsLocale;
import org.junit.jupiter.api.Test;

class GalleryWriterTest {
  @Test
  void aLargeDatasetShowsItsFirstRowsAndSaysWhereTheRestAre() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < GalleryWriter.SHOWN_ROWS + 1; i++) {
      rows.add(new Row(i + 2, new Object[] {(long) i}));
    }
    Dataset d = new Dataset("big", "Big", "", "datasets/big.csv",
        List.of(new Field("n", FieldType.INTEGER, "n", "", null, true, List.of(), false)), rows, "0");
    Story story = new Story("s", "S", "", "", "", List.of(), List.of(d));
    ChartModel chart = new TableChartModel(new Frame("t", "T", null, List.of(), "Source: S", 1200, 675, "house",
        List.of()), "big", List.of("n"), List.of(true), List.of(), List.of(), "alt",
        List.of(new TableChartModel.Column("n", null)));

    String html = new String(GalleryWriter.write(story, List.of(chart), Map.of(), List.of(), "s.xlsx", List.of(), List.of(),
        NewsLocale.english()),
        StandardCharsets.UTF_8);

    assertThat(html).contains("the first 1,000 of 1,001 rows; all of them are in the workbook, s.xlsx")
        .contains("<td role=\"cell\" class=\"num\" data-label=\"n\">999</td>").doesNotContain(">1,000</td>");
  }

  /**
   * An empty text cell is shown empty: the KGB's qualifier is empty where the figure is exact, and
   * "none given" there read as if 1,980 and 411 were doubtful. A number, year or date the source
   * does not give still says so, never looking like zero.
   */
  @Test
  void anEmptyTextCellIsEmptyAndAMissingFigureSaysNoneGiven() {
    List<Field> fields = List.of(new Field("year", FieldType.YEAR, "year", "", null, true, List.of(), false),
        new Field("stories", FieldType.INTEGER, "stories", "", null, false, List.of(), false),
        new Field("qualifier", FieldType.STRING, "qualifier", "", null, false, List.of("", "over"), false),
        new Field("seen", FieldType.DATE, "seen", "", null, false, List.of(), false));
    Dataset d = new Dataset("kgb", "KGB", "", "datasets/kgb.csv", fields,
        List.of(new Row(2, new Object[] {1976L, 1980L, null, java.time.LocalDate.of(1976, 5, 1)}),
            new Row(3, new Object[] {null, null, "over", null})), "0");
    Story story = new Story("s", "S", "", "", "", List.of(), List.of(d));
    ChartModel chart = new TableChartModel(new Frame("t", "T", null, List.of(), "Source: S", 1200, 675, "house",
        List.of()), "kgb", List.of("year"), List.of(true), List.of(), List.of(), "alt",
        List.of(new TableChartModel.Column("year", null)));

    String html = new String(GalleryWriter.write(story, List.of(chart), Map.of(), List.of(), "s.xlsx", List.of(), List.of(),
        NewsLocale.english()), StandardCharsets.UTF_8);

    String none = "<span class=\"missing\">none given</span>";
    assertThat(cells(html)).containsExactly("1976", "1,980", "", "1976-05-01", none, none, "over", none);
  }

  /**
   * The KGB's 1973 figure reads "over 3,789" in its table as on its chart: on a phone each cell is
   * a line of its own, and "3,789" there, its "over" lines below, read as an exact count.
   */
  @Test
  void aNumberReadsWithItsQualifierAsOnTheChart() throws Exception {
    org.chartdesk.build.Build.Checked checked = new org.chartdesk.build.Build(java.nio.file.Path.of("")
        .toAbsolutePath()).check();

    String html = new String(GalleryWriter.write(checked.story(), checked.models(), Map.of(), List.of(), "s.xlsx",
        List.of(), List.of(), NewsLocale.english()), StandardCharsets.UTF_8);

    assertThat(html).contains("<td role=\"cell\" class=\"num\" data-label=\"stories\">over 3,789</td>",
        "<td role=\"cell\" class=\"num\" data-label=\"stories\">1,980</td>");
  }

  /** What each cell of the page's tables shows, row after row. */
  private static List<String> cells(String html) {
    List<String> cells = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td[^>]*>(.*?)</td>").matcher(html);
    while (m.find()) {
      cells.add(m.group(1));
    }
    return cells;
  }

  /**
   * The leaders' chart marks the visits from another dataset: its section showed only its own
   * table, so a mark's citation was nowhere near it. It links to the visits' rows where the
   * visits' chart shows them, and shows them itself when no chart of theirs does.
   */
  @Test
  void aChartLinksToTheRowsOfItsOtherDataOrShowsThem() throws Exception {
    java.nio.file.Path project = java.nio.file.Path.of("").toAbsolutePath();
    org.chartdesk.build.Build.Checked checked = new org.chartdesk.build.Build(project).check();
    Map<String, List<String>> read = checked.specs().stream().collect(java.util.stream.Collectors.toMap(
        org.chartdesk.spec.ChartSpec::id, org.chartdesk.spec.ChartSpec::datasetsRead));
    List<ChartModel> both = checked.models().stream()
        .filter(m -> List.of("leader-visits", "leaders-in-office").contains(m.frame().id())).toList();
    String html = new String(GalleryWriter.write(checked.story(), both, read, List.of(), "s.xlsx", List.of(),
        List.of(), NewsLocale.english()), StandardCharsets.UTF_8);
    String leaders = html.substring(html.indexOf("<section class=\"chart\" id=\"leaders-in-office\""));
    assertThat(html).contains("<div class=\"table-wrap\" id=\"leader-visits-data\">");
    assertThat(leaders).contains("<p class=\"meta\">Also drawn from: <a href=\"#leader-visits-data\">Data: ");

    List<ChartModel> alone = both.stream().filter(m -> m.frame().id().equals("leaders-in-office")).toList();
    String only = new String(GalleryWriter.write(checked.story(), alone, read, List.of(), "s.xlsx", List.of(),
        List.of(), NewsLocale.english()), StandardCharsets.UTF_8);
    assertThat(only).doesNotContain("Also drawn from").contains("(datasets/leader-visits.csv)</caption>",
        "Jawaharlal Nehru");
  }

  /**
   * Under a chart's data, what each column holds as the data package says: "late-decade" beside
   * 1970 read as 1970 without it.
   */
  @Test
  void aChartsDataSaysWhatItsColumnsHold() throws Exception {
    java.nio.file.Path project = java.nio.file.Path.of("").toAbsolutePath();
    org.chartdesk.build.Build.Checked checked = new org.chartdesk.build.Build(project).check();
    List<ChartModel> timeline = checked.models().stream().filter(m -> m.frame().id().equals("relations-timeline"))
        .toList();
    String html = new String(GalleryWriter.write(checked.story(), timeline, Map.of(), List.of(), "s.xlsx", List.of(), List.of(),
        NewsLocale.english()), StandardCharsets.UTF_8);

    String fields = html.substring(html.indexOf("<details class=\"fields\">"));
    assertThat(fields).startsWith("<details class=\"fields\"><summary>What the columns hold</summary><dl>")
        .contains("<dt>period</dt><dd>Month, season, &quot;late&quot; (late in the year) or &quot;late-decade&quot; "
            + "(late part of the decade starting at year); empty if only the year</dd>");
    assertThat(html.indexOf("<details class=\"fields\">")).isGreaterThan(html.indexOf("</table>"));
  }

  @Test
  void aChartInAnotherLanguageThanThePageSaysSoForItsTitleAndAltText() throws Exception {
    java.nio.file.Path project = java.nio.file.Path.of("").toAbsolutePath();
    Story story = new org.chartdesk.dataset.StoryLoader(project).load();
    for (String locale : List.of("de", "en")) {
      List<ChartModel> charts = org.chartdesk.examples.Examples.models(project,
          new org.chartdesk.spec.ProjectSettings(null, locale, null));
      String html = new String(GalleryWriter.write(story, charts, Map.of(), List.of(), "s.xlsx", List.of(), List.of(),
          NewsLocale.english()), StandardCharsets.UTF_8);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
      long figures = html.split("<figure lang=\"de\">", -1).length - 1L;
      long titles = html.split("-h\" lang=\"de\">", -1).length - 1L;
      assertThat(figures).as(locale).isEqualTo(locale.equals("de") ? charts.size() : 0);
      assertThat(titles).as(locale).isEqualTo(figures);
    }
  }

  /**
   * A German edition's page speaks German: its own words, its numbers' marks, its language named
   * for screen readers; an English chart on it says it is English.
   */
  @Test
  void aGermanEditionsPageSpeaksGerman() throws Exception {
    java.nio.file.Path project = java.nio.file.Path.of("").toAbsolutePath();
    Story story = new org.chartdesk.dataset.StoryLoader(project).load();
    NewsLocale german = NewsLocale.named("de");
    List<ChartModel> charts = new ArrayList<>(org.chartdesk.examples.Examples.models(project,
        new org.chartdesk.spec.ProjectSettings(null, "de", null)));
    ChartModel english = org.chartdesk.examples.Examples.models(project, new org.chartdesk.spec.ProjectSettings(null,
        "en", null)).get(0);
    charts.set(0, english);

    String html = new String(GalleryWriter.write(story, charts, Map.of(), List.of(), "s.xlsx", List.of(), List.of(), german),
        StandardCharsets.UTF_8);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
        .contains("<p class=\"meta\">Quelle: <a href=", "</a>. Lizenz: <a href=",
            "Alle Daten und Grafiken in einer Arbeitsmappe: <a href=\"s.xlsx\">", "<nav aria-label=\"Grafiken\">",
            "<p class=\"downloads\">Herunterladen: ", ">Arbeitsmappe (xlsx)</a>",
            "Prüfungen und redaktionelle Hinweise:",
            "<caption>Daten: ", "class=\"num\" data-label=\"stories\">over 3.789</td>")
        .doesNotContain("Download:", "<p class=\"meta\">Source:", "Checks and editorial lint",
            ">3,789</td>");
    // Only the English chart names its language; the German ones speak the page's.
    assertThat(html.split(" lang=\"en\">", -1).length - 1).isEqualTo(2);
    assertThat(html).doesNotContain(" lang=\"de\">\n<picture>");
  }
}
