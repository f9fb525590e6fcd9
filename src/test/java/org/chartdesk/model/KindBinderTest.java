package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  static List<Diagnostic> errors(String yaml) {
    try {
      Binder.bind(story, SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
      return List.of();
    } catch (InputException e) {
      return e.diagnostics();
    }
  }
}
