package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.examples.Examples;
import org.chartdesk.spec.SpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example charts as bound: gaps stay gaps, qualifiers travel, and the alt text says so. */
class KindBinderTest {
  static Story story;
  static Map<String, ChartModel> models;

  @BeforeAll
  static void bind() throws InputException {
    story = Examples.story();
    models = Examples.models(story).stream().collect(Collectors.toMap(m -> m.frame().id(), m -> m));
  }

  @Test
  void aLineBreaksWhereTheSourceGivesNoFigureAndKeepsItsQualifier() {
    LineChartModel m = (LineChartModel) models.get("line");
    assertThat(m.categories()).extracting(Category::label).containsExactly("1973", "1974", "1975", "1976", "1977");
    List<Datum> v = m.series().get(0).values();
    assertThat(v).extracting(Datum::missing).containsExactly(false, true, true, false, false);
    assertThat(v.get(0).label()).isEqualTo("over 3,789");
    assertThat(m.min()).isZero();
    assertThat(m.altText()).contains("1973, over 3,789", "1974, no figure", "it is not a zero",
        "a lower bound", "From 1976 to 1977 the figure fell by 79 percent");
  }

  @Test
  void countsPerDecadeAreZeroWhereNothingHappenedAndTraceToTheirRows() {
    StackedColumnChartModel m = (StackedColumnChartModel) models.get("stacked-column");
    assertThat(m.categories()).extracting(Category::label).startsWith("1900s", "1910s", "1920s").endsWith("1990s");
    assertThat(m.total(2)).isZero();
    assertThat(m.total(5)).isEqualTo(7);
    Datum diplomacy1950s = m.series().get(0).values().get(5);
    assertThat(diplomacy1950s.value()).isEqualTo(5);
    assertThat(diplomacy1950s.sources()).hasSize(5);
    assertThat(m.series().get(0).values().get(2).sources()).isEmpty();
  }

  @Test
  void percentStacksShowSharesOfEachTotal() {
    StackedColumnChartModel m = (StackedColumnChartModel) models.get("percent-column");
    assertThat(m.max()).isEqualTo(100);
    assertThat(m.height(0, 2)).isEqualTo(40);
    assertThat(m.altText()).contains("1970s: total 5 (Diplomacy 2 (40%)");
  }

  @Test
  void rankedBarsAreSortedAndTotalled() {
    BarChartModel m = (BarChartModel) models.get("bar");
    assertThat(m.categories().get(0).label()).isEqualTo("Joseph Stalin");
    assertThat(m.categories()).extracting(Category::label).contains("Indira Gandhi");
    int indira = m.categories().stream().map(Category::label).toList().indexOf("Indira Gandhi");
    assertThat(m.values().get(indira).value()).isEqualTo(15);
    assertThat(m.min()).isZero();
  }

  @Test
  void slopeDumbbellAndTableBind() {
    SlopeChartModel slope = (SlopeChartModel) models.get("slope");
    assertThat(slope.categories()).extracting(Category::label).containsExactly("1976", "1977");
    DumbbellChartModel dumbbell = (DumbbellChartModel) models.get("dumbbell");
    assertThat(dumbbell.rows().get(0).name()).isEqualTo("Indira Gandhi");
    assertThat(dumbbell.pairs().stream().filter(p -> p.row() == 0)).hasSize(2);
    TableChartModel table = (TableChartModel) models.get("table");
    assertThat(table.cells()).hasSize(5);
    assertThat(table.cells().get(0).get(4)).isEmpty();
    assertThat(table.altText()).contains("Outcome: not given");
  }

  @Test
  void twoRowsForOnePlaceAreAnErrorNotASilentChoice() {
    String spec = """
        title: T
        kind: bar
        data: leaders-in-office
        y: {field: leader}
        x: {field: start_year}
        source: S
        """;
    assertThat(errors(spec)).anySatisfy(d -> {
      assertThat(d.code()).isIn(Message.DUPLICATE_VALUE, Message.FIELD_TYPE);
    });
    String lines = """
        title: T
        kind: line
        data: relations-timeline
        transform:
          - {aggregate: count, groupby: [year], as: n}
        x: {field: year, domain: [1950, 1960]}
        y: {field: n}
        source: S
        """;
    assertThat(errors(lines)).extracting(Diagnostic::code).contains(Message.DOMAIN_LEAVES_OUT);
  }

  @Test
  void aLineTooLongToReadOutIsSummedUpInItsAltText() throws InputException {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(new Row(i + 2, new Object[] {1000L + i, i == 7 ? null : (double) (i % 50), i == 3 ? "over" : ""}));
    }
    LineChartModel m = (LineChartModel) Binder.bind(walk(rows), spec("""
        title: T
        kind: line
        data: walk
        x: {field: step}
        y: {field: value, label: Value, qualifier: q}
        source: S
        """));
    assertThat(m.categories()).hasSize(500);
    assertThat(m.series().get(0).values().get(499).label()).isEqualTo("49");
    assertThat(m.altText()).contains("500 values, 1000 to 1499, too many to read out", "Highest: 1049, 49",
        "Lowest: 1000, 0", "No figure for 1 of them, the first 1007", "1 figure is given with a qualifier, as \"over 3\"")
        .doesNotContain("1001, 1;");
  }

  @Test
  void anAxisWithMoreSlotsThanAWorksheetHasRowsIsAnError() {
    List<Row> rows = List.of(new Row(2, new Object[] {0L, 1.0, ""}), new Row(3, new Object[] {1L, 1.5, ""}),
        new Row(4, new Object[] {2_000_000L, 2.0, ""}));
    InputException e = catchThrowableOfType(InputException.class, () -> Binder.bind(walk(rows), spec("""
        title: T
        kind: line
        data: walk
        x: {field: step}
        y: {field: value}
        source: S
        """)));
    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Message.TOO_MANY_SLOTS);
      assertThat(d.text()).isEqualTo(Message.TOO_MANY_SLOTS.format("x", "\"walk\"", 0, 2_000_000, 1_048_575));
    });
  }

  @Test
  void aFilterKeepsTheSeriesInTheOrderTheDatasetGivesThem() throws InputException {
    // Series B has no row at step 2: kept from step 2 on, it came after C and took C's colour.
    List<Row> rows = new ArrayList<>();
    String[][] steps = {{"A", "B", "C"}, {"A", "C"}, {"A", "B", "C"}};
    for (int step = 0; step < steps.length; step++) {
      for (String q : steps[step]) {
        rows.add(new Row(rows.size() + 2, new Object[] {(long) step + 1, 1.0 + rows.size(), q}));
      }
    }
    GroupedColumnChartModel m = (GroupedColumnChartModel) Binder.bind(walk(rows), spec("""
        title: T
        kind: grouped-column
        data: walk
        transform:
          - {filter: {field: step, range: [2, 3]}}
        x: step
        y: value
        color: q
        source: S
        """));
    assertThat(m.series()).extracting(DataSeries::name).containsExactly("A", "B", "C");
    // Its slot at step 2 is left empty, and the note says whose figure the source does not give.
    assertThat(m.frame().notes()).containsExactly("The source gives no figure for B in 2.");
  }

  private static Story walk(List<Row> rows) {
    List<Field> fields = List.of(new Field("step", FieldType.INTEGER, "Step", "", null, true, List.of(), false),
        new Field("value", FieldType.NUMBER, "Value", "", null, false, List.of(), false),
        new Field("q", FieldType.STRING, "Qualifier", "", null, false, List.of(), false));
    Dataset walk = new Dataset("walk", "Walk", "", "datasets/walk.csv", fields, rows, "0");
    return new Story("s", "S", "", "", "", List.of(), List.of(walk));
  }

  private static org.chartdesk.spec.ChartSpec spec(String yaml) throws InputException {
    return SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  static List<Diagnostic> errors(String yaml) {
    try {
      Binder.bind(story, SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
      return List.of();
    } catch (InputException e) {
      return e.diagnostics();
    }
  }
}
