package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.examples.Examples;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes an editor makes in a spec that only binding it to its data finds: each one error, at
 * the line and column of what to change, never a crash, a hang or a chart quietly drawn wrong.
 */
class SpecBindingErrorsTest {
  static final String COLUMN = """
      title: T
      kind: column
      data: kgb-planted-stories
      x: {field: year, domain: [1973, 1977]}
      y: {field: stories, format: "#,##0", qualifier: qualifier}
      source: S
      """;
  static final String GROUPED = """
      title: T
      kind: grouped-column
      data: leader-visits
      transform:
        - {bin: decade, field: year, as: decade}
        - {aggregate: count, groupby: [decade, from_country], as: visits}
      x: {field: decade}
      y: {field: visits}
      color:
        field: from_country
        order: [India, Soviet Union]
      source: S
      """;

  @Test
  void aNumberFormatThatIsNoPatternIsAnErrorNotACrash() {
    Diagnostic d = only(COLUMN.replace("\"#,##0\"", "\"#,##0.0.0\""));
    assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(d.text()).isEqualTo("y.format: \"#,##0.0.0\" is not a number format");
    assertThat(d.line()).isEqualTo(5);
    assertThat(d.column()).isEqualTo(29);
  }

  /**
   * Java reads text without a digit's place as a prefix: a date pattern printed 3,789 as
   * "yyyy-MM-dd3789" and a printf one as "%d378900" (the "%" multiplies by 100), published as such.
   * Text around the digits stays allowed.
   */
  @Test
  void aNumberFormatWithoutAPlaceForTheDigitsIsAnError() {
    for (String format : new String[] {"yyyy-MM-dd", "%d", "abc", "'#'"}) {
      Diagnostic d = only(COLUMN.replace("\"#,##0\"", "\"" + format + "\""));
      assertThat(d.text()).as(format).isEqualTo("y.format: \"" + format + "\" is not a number format");
      assertThat(d.line()).isEqualTo(5);
    }
    assertThat(NumberStyle.format(3789, "#,##0' articles'")).isEqualTo("3,789 articles");
    assertThat(NumberStyle.isPattern("#,##0' articles'")).isTrue();
  }

  @Test
  void aColumnDomainTypedWithADigitTooManyIsAnErrorNotAnHourOfColumns() {
    Diagnostic d = only(COLUMN.replace("[1973, 1977]", "[1973, 19777]"));
    assertThat(d.code()).isEqualTo(Message.TOO_MANY_COLUMNS_OF_YEARS);
    assertThat(d.text()).isEqualTo(Message.TOO_MANY_COLUMNS_OF_YEARS.format(1973, 19777, 17805L, 1000));
    assertThat(d.line()).isEqualTo(4);
  }

  @Test
  void aMisspeltOrderValueIsAnErrorAndOneTheDataLacksOutrightIsKept() throws InputException {
    Diagnostic d = only(GROUPED.replace("Soviet Union]", "Soviet Unoin]"));
    assertThat(d.code()).isEqualTo(Message.ORDER_FOR_NO_VALUE);
    assertThat(d.line()).isEqualTo(11);
    assertThat(d.column()).isEqualTo(18);
    assertThat(d.hint()).isEqualTo("did you mean \"Soviet Union\"?");
    // A category gone from the data (or not there yet) keeps its place: the nightly build goes on.
    GroupedColumnChartModel m = (GroupedColumnChartModel) bind(GROUPED.replace("Soviet Union]", "Soviet Union, Nepal]"));
    assertThat(m.series()).extracting(DataSeries::key).containsExactly("India", "Soviet Union", "Nepal");
  }

  /** A misspelt key of {@code names} had the value go on under its raw key, the name lost in silence. */
  @Test
  void aMisspeltNameIsPlacedAtItsValueName() {
    Diagnostic d = only(GROUPED.replace("order: [India, Soviet Union]", "names: {Indai: India to the Soviet Union}"));
    assertThat(d.code()).isEqualTo(Message.NAME_FOR_NO_VALUE);
    assertThat(d.text()).isEqualTo("color.names gives a name to \"Indai\", a value field \"from_country\" does not have");
    assertThat(d.hint()).isEqualTo("did you mean \"India\"?");
    assertThat(d.line()).isEqualTo(11);
    assertThat(d.column()).isEqualTo(11);
  }

  @Test
  void aMisspeltColourIsPlacedAtItsValueNameAndSevenValuesCannotHaveSixColours() {
    Diagnostic d = only(GROUPED.replace("order: [India, Soviet Union]", "colors: {Indai: 3}"));
    assertThat(d.code()).isEqualTo(Message.COLOR_FOR_NO_VALUE);
    assertThat(d.line()).isEqualTo(11);
    assertThat(d.column()).as("at Indai, not at 3").isEqualTo(12);

    String sevenLeaders = """
        title: T
        kind: dumbbell
        data: leaders-in-office
        row: {field: leader}
        group: {field: leader, colors: {Joseph Stalin: 1}}
        start: {field: start_year}
        end: {field: end_year}
        source: S
        """;
    Diagnostic seven = only(sevenLeaders);
    assertThat(seven.code()).isEqualTo(Message.COLORS_TOO_FEW);
    assertThat(seven.line()).isEqualTo(5);
  }

  @Test
  void anEventLineOffTheAxisIsAnErrorAtItsYear() {
    String line = COLUMN.replace("kind: column", "kind: line")
        + "annotations:\n  - {kind: line, x: 1985, text: Out of range}\n";
    Diagnostic d = only(line);
    assertThat(d.code()).isEqualTo(Message.ANNOTATION_OFF_AXIS);
    assertThat(d.text()).isEqualTo(Message.ANNOTATION_OFF_AXIS.format("annotations[0]", "1985"));
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.hint()).isEqualTo("the axis runs from 1973 to 1978; widen x.domain to show it");
  }

  @Test
  void aMisspeltFieldInATransformStepIsPlacedThere() {
    Diagnostic d = only(GROUPED.replace("groupby: [decade, from_country]", "groupby: [decade, from_countri]"));
    assertThat(d.code()).isEqualTo(Message.UNKNOWN_FIELD);
    assertThat(d.line()).isEqualTo(6);
    assertThat(d.column()).isEqualTo(42);
  }

  @Test
  void aMisspeltPlaceholderIsReportedOnceNotOncePerRow() {
    String timeline = """
        title: T
        kind: timeline
        data: leader-visits
        x: {field: year, period: period}
        lane: {field: from_country}
        label: "{vistor}"
        source: S
        """;
    Diagnostic d = only(timeline);
    assertThat(d.code()).isEqualTo(Message.UNKNOWN_FIELD);
    assertThat(d.hint()).contains("did you mean \"visitor\"?");
  }

  /** A bar a row, for a million rows, took longer than a nightly build may: more than a page shows is an error. */
  @Test
  void aBarChartOfMoreCategoriesThanAPageShowsIsAnErrorBeforeDrawing(@TempDir Path dir) throws Exception {
    Path datasets = Files.createDirectories(dir.resolve("datasets"));
    Files.createDirectories(dir.resolve("charts"));
    StringBuilder csv = new StringBuilder("name,value\n");
    for (int i = 0; i <= Binder.MAX_CATEGORIES; i++) {
      csv.append("n").append(i).append(',').append(i).append('\n');
    }
    Files.writeString(datasets.resolve("many.csv"), csv);
    Files.writeString(datasets.resolve("datapackage.json"), """
        {"name": "many", "title": "Many", "resources": [{"name": "many", "path": "many.csv", "title": "Many",
          "schema": {"fields": [{"name": "name", "type": "string"}, {"name": "value", "type": "integer"}]}}]}
        """);
    Files.writeString(dir.resolve("charts/many.yaml"),
        "title: T\nkind: bar\ndata: many\ny: {field: name}\nx: {field: value, label: Value}\nsource: S\n");
    List<Diagnostic> d = new Build(dir).check().diagnostics().stream()
        .filter(x -> x.code() == Message.TOO_MANY_CATEGORIES).toList();
    assertThat(d).hasSize(1);
    assertThat(d.get(0).text()).isEqualTo("y has 1001 categories, more than the 1000 a bar chart draws");
    assertThat(d.get(0).line()).isEqualTo(4);
  }

  private static ChartModel bind(String yaml) throws InputException {
    return SplitBinder.bind(Examples.story(), SpecLoader.load("t", "charts/t.yaml",
        yaml.getBytes(StandardCharsets.UTF_8)), ProjectSettings.NONE, ProjectSettings.NONE).get(0).model();
  }

  /**
   * Stacked, a figure below zero would be a band going down through the others and off the axis,
   * which starts at zero: it was drawn so, and only the lint's "runs 1721 px past the bottom" said
   * anything. It is an error at the value channel, naming the figure and what draws it.
   */
  @ParameterizedTest
  @CsvSource({"stacked-column, a stacked-column", "area, an area"})
  void aStackOfAFigureBelowZeroIsAnErrorAtTheValueChannel(String kind, String said, @TempDir Path dir)
      throws Exception {
    Path project = org.chartdesk.build.TradeProject.write(dir, kind, "color");
    List<Diagnostic> errors = new Build(project).check().diagnostics().stream()
        .filter(d -> d.severity() == org.chartdesk.diagnostics.Severity.ERROR).toList();
    assertThat(errors).hasSize(1);
    Diagnostic d = errors.get(0);
    assertThat(d.code()).isEqualTo(Message.BELOW_ZERO_NOT_DRAWN);
    assertThat(d.text()).isEqualTo(said + " chart draws figures of zero or more, but imports in 1985 is \u2212980");
    assertThat(d.file()).isEqualTo("charts/walk.yaml");
    assertThat(d.line()).isEqualTo(5);
    assertThat(d.hint()).contains("grouped-column");
  }

  /**
   * A term without its end year: the range chart stopped the build with "internal error:
   * NullPointerException" and wrote nothing; the dumbbell, which said so, passed a row without its
   * name. Each is now an error at the cell, naming the column and what the chart needs.
   */
  @ParameterizedTest
  @CsvSource({"range, end_year, 1975, 4", "range, envoy, Pyotr Pegov, 2", "dumbbell, envoy, Pyotr Pegov, 2"})
  void aRowWithoutAValueTheChartNeedsIsAnErrorAtItsCell(String kind, String column, String left, int at,
      @TempDir Path dir) throws Exception {
    String csv = "country,envoy,start_year,end_year\nIndia,Kumara Menon,1947,1953\nSoviet Union,Pyotr Pegov,1966,1975\n";
    List<Diagnostic> errors = errors(dir, csv.replace(left + "\n", "\n")
        .replace(",Pyotr Pegov,", column.equals("envoy") ? ",," : ",Pyotr Pegov,"), """
        {"name": "country", "type": "string"}, {"name": "envoy", "type": "string"},
        {"name": "start_year", "type": "year"}, {"name": "end_year", "type": "year"}""", """
        title: Ambassadors
        kind: %s
        data: walk
        row: {field: envoy}
        group: {field: country}
        start: {field: start_year}
        end: {field: end_year}
        source: Made up
        """.formatted(kind));

    assertThat(errors).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Message.REQUIRED_VALUE);
      assertThat(d.text()).isEqualTo("column \"" + column + "\": a value is required");
      assertThat(d.file()).isEqualTo("datasets/walk.csv");
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.column()).isEqualTo(at);
    });
  }

  /** A timeline's event without its year or lane: an internal error; now an error at each cell. */
  @Test
  void aTimelinesEventWithoutItsYearOrLaneIsAnErrorAtItsCell(@TempDir Path dir) throws Exception {
    Path project = org.chartdesk.build.OneChartProject.write(dir, "year,lane,headline\n1950,a,First\n,a,Second\n"
        + "1960,,Third\n", """
        {"name": "year", "type": "year"}, {"name": "lane", "type": "string"}, {"name": "headline", "type": "string"}""",
        """
        title: Events
        kind: timeline
        data: walk
        x: {field: year}
        lane: {field: lane}
        label: "{headline}"
        source: Made up
        """);
    List<Diagnostic> errors = new Build(project).check().diagnostics();
    assertThat(errors).extracting(d -> d.code() + " " + d.line() + ":" + d.column() + " " + d.text()).containsExactly(
        "REQUIRED_VALUE 3:1 column \"year\": a value is required",
        "REQUIRED_VALUE 4:2 column \"lane\": a value is required");
    // Each is the chart's error, not the dataset's: a second chart over the same rows says so
    // too, each naming itself, and a table of them, which places nothing, is drawn.
    Files.writeString(project.resolve("charts/again.yaml"), Files.readString(project.resolve("charts/walk.yaml")));
    Files.writeString(project.resolve("charts/rows.yaml"), """
        title: Events
        kind: table
        data: walk
        columns: [year, lane, headline]
        source: Made up
        """);
    assertThat(new Build(project).check().diagnostics()).extracting(d -> d.line() + " " + d.chart())
        .containsExactly("3 again", "4 again", "3 walk", "4 walk");
    org.chartdesk.build.BuildReport built = new Build(project).build(dir.resolve("out"));
    assertThat(built.results()).extracting(r -> r.id() + " " + r.status())
        .containsExactly("again FAILED", "rows BUILT", "walk FAILED");
  }

  /**
   * A figure whose row has no year, name or series was left out of the chart without a word (a
   * bar without a name was drawn unnamed). Each is an error at the empty cell now.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "column | x: {field: year}~y: {field: value, label: V} | REQUIRED_VALUE 3:1 column \"year\": a value is required",
      "line | x: {field: year}~y: {field: value, label: V}~color: {field: grp} "
          + "| REQUIRED_VALUE 3:1 column \"year\": a value is required; REQUIRED_VALUE 4:3 column \"grp\": a value is required",
      "bar | y: {field: name}~x: {field: value, label: V} | REQUIRED_VALUE 5:2 column \"name\": a value is required",
      "small-multiples | x: {field: year}~y: {field: value, label: V}~facet: {field: grp} "
          + "| REQUIRED_VALUE 3:1 column \"year\": a value is required; REQUIRED_VALUE 4:3 column \"grp\": a value is required"})
  void aFigureWithoutWhatPlacesItIsAnErrorAtItsCell(String kind, String channels, String expected, @TempDir Path dir)
      throws Exception {
    List<Diagnostic> errors = errors(dir,
        "year,name,grp,value\n1950,Ann,x,3.5\n,Bob,x,2.0\n1952,Cid,,4.0\n1953,,y,1.5\n1954,Eve,y,\n", """
        {"name": "year", "type": "year"}, {"name": "name", "type": "string"}, {"name": "grp", "type": "string"},
        {"name": "value", "type": "number"}""", "title: T\nkind: " + kind + "\ndata: walk\n" + channels.replace("~", "\n")
        + "\nsource: S\n");

    assertThat(errors).extracting(d -> d.code() + " " + d.line() + ":" + d.column() + " " + d.text())
        .containsExactly(expected.split("; "));
  }

  /** Two figures for one year of a column chart: the second took the first's place without a word. */
  @Test
  void twoFiguresForAYearOfAColumnChartAreAnError(@TempDir Path dir) throws Exception {
    List<Diagnostic> errors = errors(dir, "year,value\n1950,3\n1951,4\n1951,5\n1952,6\n", """
        {"name": "year", "type": "year"}, {"name": "value", "type": "integer"}""",
        "title: T\nkind: column\ndata: walk\nx: {field: year}\ny: {field: value, label: V}\nsource: S\n");

    assertThat(errors).extracting(d -> d.code() + " " + d.line() + ":" + d.column() + " " + d.text())
        .containsExactly("DUPLICATE_VALUE 4:1 two rows give a value for \"1951\": lines 3 and 4");
  }

  /** A slope over three years: the hint's filter names the first and last, not "a, b". */
  @Test
  void aSlopeOverThreeYearsIsToldWhichTwoToKeep(@TempDir Path dir) throws Exception {
    List<Diagnostic> errors = errors(dir, "year,value\n1970,3\n1980,4\n1990,5\n", """
        {"name": "year", "type": "year"}, {"name": "value", "type": "integer"}""",
        "title: T\nkind: slope\ndata: walk\nx: {field: year}\ny: {field: value, label: V}\nsource: S\n");

    assertThat(errors).singleElement().satisfies(d -> assertThat(d.hint())
        .isEqualTo("keep two with a filter: transform: [{filter: {field: year, oneOf: [1970, 1990]}}]"));
  }

  /** The errors a check of a one-chart project finds. */
  private static List<Diagnostic> errors(Path dir, CharSequence csv, String fields, String spec) throws Exception {
    return new Build(org.chartdesk.build.OneChartProject.write(dir, csv, fields, spec)).check().diagnostics().stream()
        .filter(d -> d.severity() == org.chartdesk.diagnostics.Severity.ERROR).toList();
  }

  private static Diagnostic only(String yaml) {
    InputException e = catchThrowableOfType(InputException.class, () -> bind(yaml));
    assertThat(e).as("expected an input error").isNotNull();
    List<Diagnostic> d = e.diagnostics();
    assertThat(d).hasSize(1);
    assertThat(d.get(0).file()).isEqualTo("charts/t.yaml");
    return d.get(0);
  }
}
