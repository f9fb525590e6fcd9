package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.examples.Examples;
import org.chartdesk.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/** Notes and highlights must name something the chart draws; a mistake is an error, never a silent drop. */
class AnnotationBinderTest {
  private static final String COLUMN = """
      title: T
      kind: column
      data: kgb-planted-stories
      x: {field: year, domain: [1973, 1977]}
      y: {field: stories, qualifier: qualifier}
      source: S
      annotations:
      """;
  private static final String LINES = """
      title: T
      kind: line
      data: relations-timeline
      transform:
        - {bin: decade, field: year, as: decade}
        - {aggregate: count, groupby: [decade, category], as: events}
      x: {field: decade}
      y: {field: events}
      color: {field: category}
      source: S
      annotations:
      """;

  @Test
  void calloutsAndHighlightsReachTheFrame() throws InputException {
    ChartModel m = bind(COLUMN + "  - {kind: arrow, x: 1977, text: Fell}\n  - {kind: highlight, x: 1973}\n");
    assertThat(m.frame().callouts()).containsExactly(new Callout(Callout.Kind.ARROW, "1977", null, "1977", "Fell"));
    assertThat(m.frame().highlights()).containsExactly("1973");
    assertThat(m.frame().standsOut("1973")).isTrue();
    assertThat(m.frame().standsOut("1976")).isFalse();
    assertThat(((ColumnChartModel) m).altText()).contains("Noted at 1977: Fell.", "Highlighted: 1973.");
  }

  @Test
  void aNoteAtAYearWithoutAFigureIsAnError() {
    Diagnostic d = only(COLUMN + "  - {kind: label, x: 1974, text: Quiet}\n");
    assertThat(d.code()).isEqualTo(Message.ANNOTATION_NO_FIGURE);
    assertThat(d.text()).isEqualTo("annotations[0] points at 1974, which has no figure");
  }

  @Test
  void aYearOffTheAxisIsAnErrorNamingTheYearsThereAre() {
    Diagnostic d = only(COLUMN + "  - {kind: highlight, x: 1990}\n");
    assertThat(d.code()).isEqualTo(Message.ANNOTATION_NOT_ON_CHART);
    assertThat(d.text()).isEqualTo("annotations[0].x: \"1990\" is not on the chart");
    assertThat(d.hint()).isEqualTo("the chart's years run from 1973 to 1977");
  }

  @Test
  void amongSeveralLinesANoteNamesItsSeriesAndAMisspeltOneGetsASuggestion() {
    assertThat(only(LINES + "  - {kind: label, x: 1970, text: Treaty}\n").code()).isEqualTo(Message.SPEC_MISSING_KEY);
    Diagnostic d = only(LINES + "  - {kind: highlight, series: diplomcy}\n");
    assertThat(d.code()).isEqualTo(Message.ANNOTATION_NOT_ON_CHART);
    assertThat(d.hint()).contains("did you mean \"diplomacy\"?");
  }

  @Test
  void aKindTheChartCannotDrawSaysWhichChartsDrawIt() {
    Diagnostic d = only(COLUMN + "  - {kind: span, x: 1974, to: 1975, text: Gap}\n");
    assertThat(d.code()).isEqualTo(Message.ANNOTATIONS_NOT_DRAWN);
    assertThat(d.text()).startsWith("annotations[0]: span annotations are not drawn on column charts; they are drawn on ")
        .contains("line").contains("range");
    // At the kind written, line 8 of the spec: the editor's click lands on the word to change.
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.column()).isEqualTo(12);
  }

  @Test
  void eventLinesFromADatasetTakeEachRowsDateAndWords() throws InputException {
    String fromRows = "  - kind: line\n    data: relations-timeline\n    x: year\n    period: period\n"
        + "    text: headline\n    transform:\n      - {filter: {field: category, oneOf: [military]}}\n";
    ChartModel m = bind(LINES + fromRows);
    assertThat(m.frame().annotations()).extracting(a -> a.from().label() + ": " + a.text()).containsExactly(
        "1962: USSR agrees to co-produce MiG-21 in India",
        "December 1971: India enters war; Bangladesh established");
    Diagnostic misspelt = only(LINES + fromRows.replace("text: headline", "text: headlin"));
    assertThat(misspelt.code()).isEqualTo(Message.UNKNOWN_FIELD);
    assertThat(misspelt.hint()).contains("did you mean \"headline\"?");
    assertThat(misspelt.line()).as("the line of text: headlin").isEqualTo(16);
    assertThat(misspelt.column()).isEqualTo(11);
    Diagnostic notALine = only(LINES + fromRows.replace("kind: line", "kind: span"));
    assertThat(notALine.text()).isEqualTo("annotations[0].kind: \"span\" is not line");
  }

  private static ChartModel bind(String yaml) throws InputException {
    return Binder.bind(Examples.story(), SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Diagnostic only(String yaml) {
    try {
      bind(yaml);
    } catch (InputException e) {
      List<Diagnostic> all = e.diagnostics();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
    throw new AssertionError("no error for " + yaml);
  }
}
