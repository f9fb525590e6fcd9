package org.chartdesk.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;

/** The transform list and the new kinds' keys, as the loader reads and checks them. */
class TransformSpecTest {
  static ChartSpec load(String yaml) throws InputException {
    return SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  static List<Diagnostic> errors(String yaml) {
    try {
      load(yaml);
      return List.of();
    } catch (InputException e) {
      return e.diagnostics();
    }
  }

  static final String HEAD = "title: T\nkind: stacked-column\ndata: d\nsource: S\n";

  @Test
  void readsEveryOperation() throws InputException {
    ChartSpec spec = load(HEAD + """
        stack: percent
        x: decade
        y: {field: n}
        color: {field: kind, order: [b, a]}
        transform:
          - {filter: {field: year, oneOf: [1976, "1977"]}}
          - {filter: {field: year, range: [1950, 1989]}}
          - {calculate: end_year - start_year, as: years}
          - {bin: decade, field: year, as: decade}
          - {aggregate: count, groupby: [decade, kind], as: n}
          - {cumulate: n, sort: decade, groupby: [kind], as: to_date}
        """);
    assertThat(spec.kind()).isEqualTo(ChartKind.STACKED_COLUMN);
    assertThat(spec.stack()).isEqualTo("percent");
    assertThat(spec.color().order()).containsExactly("b", "a");
    assertThat(spec.transforms()).hasSize(6);
    assertThat(((Transform.Filter) spec.transforms().get(0)).oneOf()).containsExactly("1976", "1977");
    assertThat(((Transform.Filter) spec.transforms().get(1)).range()).containsExactly(1950, 1989);
    Transform.Calculate c = (Transform.Calculate) spec.transforms().get(2);
    assertThat(List.of(c.left(), String.valueOf(c.operator()), c.right(), c.as()))
        .containsExactly("end_year", "-", "start_year", "years");
    assertThat(spec.transforms().get(4)).isEqualTo(
        new Transform.Aggregate("transform[4]", "count", null, List.of("decade", "kind"), "n"));
  }

  @Test
  void aStepNamesExactlyOneOperation() {
    assertThat(errors(HEAD + "transform:\n  - {bin: decade, aggregate: count, as: d}\n"))
        .extracting(Diagnostic::code).contains(Message.TRANSFORM_ONE_OPERATION);
    assertThat(errors(HEAD + "transform:\n  - {as: d}\n"))
        .extracting(Diagnostic::code).contains(Message.TRANSFORM_ONE_OPERATION);
  }

  /** A misspelt operation is said as such: "names none" sent the editor looking for a missing line. */
  @Test
  void aMisspeltOperationIsAnUnknownKeyWithItsDidYouMean() {
    List<Diagnostic> found = errors(HEAD + "transform:\n  - {agregate: sum, field: years, as: total}\n");
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo(Message.SPEC_UNKNOWN_KEY.format("\"transform[0].agregate\""));
      assertThat(d.hint()).contains("did you mean \"aggregate\"?");
      assertThat(d.column()).isEqualTo(6);
    });
  }

  @Test
  void aRangeOutOfOrderIsShownAsWritten() {
    assertThat(errors(HEAD + "transform:\n  - {filter: {field: year, range: [1989, 1950]}}\n"))
        .extracting(Diagnostic::text)
        .contains("transform[0].filter.range: [1989, 1950] is not a list of two increasing numbers");
  }

  @Test
  void badStepsAreReportedWithTheirPlace() {
    List<Diagnostic> found = errors(HEAD + """
        transform:
          - {calculate: end_year * 2, as: x}
          - {bin: century, field: year, as: c}
          - {aggregate: sum, groupby: [a], as: s}
          - {filter: {field: year}}
        """);
    assertThat(found).extracting(Diagnostic::code).contains(Message.TRANSFORM_BAD_EXPRESSION,
        Message.SPEC_BAD_VALUE, Message.SPEC_MISSING_KEY, Message.TRANSFORM_ONE_OPERATION);
    assertThat(found).filteredOn(d -> d.code() == Message.TRANSFORM_BAD_EXPRESSION)
        .allSatisfy(d -> assertThat(d.line()).isEqualTo(6));
    assertThat(found).filteredOn(d -> d.code() == Message.SPEC_MISSING_KEY)
        .allSatisfy(d -> assertThat(d.text()).contains("transform[2].field"));
  }

  @Test
  void keysOfOtherKindsAndUnknownChoicesAreRefused() {
    assertThat(errors("title: T\nkind: bar\ndata: d\nsource: S\nfacet: kind\n")).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(Message.KEY_NOT_FOR_KIND);
      assertThat(d.hint()).isEqualTo("it is a key of small-multiples charts");
    });
    assertThat(errors(HEAD + "stack: normalise\n")).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
      assertThat(d.hint()).contains("percent");
    });
    assertThat(errors("title: T\nkind: small-multiples\ndata: d\nsource: S\nmark: area\n"))
        .extracting(Diagnostic::code).contains(Message.SPEC_BAD_VALUE);
  }

  @Test
  void aColumnChartOrTimelineKeepsRowsWithFiltersAndDerivesNone() throws InputException {
    String column = "title: T\nkind: column\ndata: d\nsource: S\nx: year\ny: n\ntransform:\n";
    assertThat(load(column + "  - {filter: {field: year, range: [1976, 1977]}}\n").transforms()).hasSize(1);
    Diagnostic d = errors(column + "  - {filter: {field: year, range: [1976, 1977]}}\n"
        + "  - {aggregate: count, groupby: [year], as: n}\n").get(0);
    assertThat(d.format()).startsWith("charts/t.yaml:9:6: error: \"aggregate\" is not a step of column charts");
    assertThat(d.hint()).isEqualTo("a column chart draws each row as the dataset gives it: keep rows with filter "
        + "steps, or draw what a step derives as a grouped-column or line chart");
    String timeline = "title: T\nkind: timeline\ndata: d\nsource: S\nx: year\nlane: kind\ntransform:\n";
    assertThat(load(timeline + "  - {filter: {field: kind, oneOf: [war]}}\n").transforms()).hasSize(1);
    assertThat(errors(timeline + "  - {bin: decade, field: year, as: decade}\n")).singleElement()
        .satisfies(e -> assertThat(e.hint()).isEqualTo("a timeline chart draws each row as the dataset gives it: "
            + "keep rows with filter steps"));
  }
}
