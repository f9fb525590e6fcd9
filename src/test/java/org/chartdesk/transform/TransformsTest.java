package org.chartdesk.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.Transform;
import org.junit.jupiter.api.Test;

/** Each transform step: what it derives, that nothing is invented, and that provenance survives. */
class TransformsTest {
  static final String SPEC = "charts/test.yaml";

  static Field field(String name, FieldType type) {
    return new Field(name, type, name, "", null, false, List.of(), false);
  }

  static Dataset data(List<Field> fields, Object[]... rows) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new Row(i + 2, rows[i]));
    }
    return new Dataset("d", "D", "", "datasets/d.csv", fields, out, "");
  }

  static final Dataset TERMS = data(
      List.of(field("leader", FieldType.STRING), field("start", FieldType.YEAR), field("end", FieldType.YEAR)),
      new Object[] {"A", 1966L, 1977L}, new Object[] {"A", 1980L, 1984L}, new Object[] {"B", 1984L, null});

  static final Dataset EVENTS = data(List.of(field("year", FieldType.YEAR), field("kind", FieldType.STRING)),
      new Object[] {1953L, "x"}, new Object[] {1955L, "y"}, new Object[] {1959L, "x"}, new Object[] {1971L, "x"});

  static List<Object> column(Derived d, String name) {
    int i = d.data().indexOf(name);
    return d.data().rows().stream().map(r -> r.get(i)).toList();
  }

  @Test
  void calculateSubtractsAndAMissingValueStaysMissing() throws InputException {
    Derived d = Transforms.apply(TERMS, List.of(new Transform.Calculate("transform[0]", "end", '-', "start", "years")),
        SPEC);
    assertThat(column(d, "years")).containsExactly(11L, 4L, null);
    assertThat(d.data().field("years").orElseThrow().unit()).isEqualTo("years");
    assertThat(d.sources()).containsExactly(List.of(0), List.of(1), List.of(2));
  }

  @Test
  void sumAddsUpPerGroupButIsUnknownWhenAnyPartIsMissing() throws InputException {
    Derived d = Transforms.apply(TERMS, List.of(
        new Transform.Calculate("transform[0]", "end", '-', "start", "years"),
        new Transform.Aggregate("transform[1]", "sum", "years", List.of("leader"), "years")), SPEC);
    assertThat(column(d, "leader")).containsExactly("A", "B");
    assertThat(column(d, "years")).containsExactly(15L, null);
    assertThat(d.sources()).containsExactly(List.of(0, 1), List.of(2));
  }

  @Test
  void binAndCountGiveEveryDecadeAndKindARowWithZeroWhereNothingFalls() throws InputException {
    Derived d = Transforms.apply(EVENTS, List.of(new Transform.Bin("transform[0]", "decade", "year", "decade"),
        new Transform.Aggregate("transform[1]", "count", null, List.of("decade", "kind"), "n")), SPEC);
    assertThat(column(d, "decade")).containsExactly(1950L, 1950L, 1960L, 1960L, 1970L, 1970L);
    assertThat(column(d, "kind")).containsExactly("x", "y", "x", "y", "x", "y");
    assertThat(column(d, "n")).containsExactly(2L, 1L, 0L, 0L, 1L, 0L);
    assertThat(d.step("decade")).isEqualTo(10);
    // A count of zero comes from no row; the others name the rows they counted.
    assertThat(d.sources()).containsExactly(List.of(0, 2), List.of(1), List.of(), List.of(), List.of(3), List.of());
  }

  @Test
  void cumulateRunsTotalsWithinEachGroupInOrder() throws InputException {
    Derived d = Transforms.apply(EVENTS, List.of(new Transform.Bin("transform[0]", "decade", "year", "decade"),
        new Transform.Aggregate("transform[1]", "count", null, List.of("decade", "kind"), "n"),
        new Transform.Cumulate("transform[2]", "n", "decade", List.of("kind"), "to_date")), SPEC);
    assertThat(column(d, "to_date")).containsExactly(2L, 1L, 2L, 1L, 3L, 1L);
    assertThat(d.sources().get(4)).containsExactly(0, 2, 3);
  }

  @Test
  void filterKeepsListedValuesOrARangeWithProvenance() throws InputException {
    Derived one = Transforms.apply(EVENTS, List.of(new Transform.Filter("transform[0]", "year",
        List.of("1955", "1971"), null)), SPEC);
    assertThat(column(one, "year")).containsExactly(1955L, 1971L);
    assertThat(one.sources()).containsExactly(List.of(1), List.of(3));
    Derived range = Transforms.apply(EVENTS, List.of(new Transform.Filter("transform[0]", "year", null,
        new double[] {1950, 1959})), SPEC);
    assertThat(column(range, "year")).containsExactly(1953L, 1955L, 1959L);
  }

  @Test
  void qualifiedFiguresAreNeverAddedUp() {
    Dataset kgb = data(List.of(field("year", FieldType.YEAR), field("stories", FieldType.INTEGER),
        field("qualifier", FieldType.STRING)),
        new Object[] {1973L, 3789L, "over"}, new Object[] {1976L, 1980L, null});
    assertThatThrownBy(() -> Transforms.apply(kgb, List.of(
        new Transform.Aggregate("transform[0]", "sum", "stories", List.of(), "total")), SPEC))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.diagnostics())
            .anySatisfy(d -> {
              assertThat(d.code()).isEqualTo(Message.TRANSFORM_QUALIFIED_SUM);
              assertThat(d.text()).contains("\"over 3789\"");
            }));
  }

  @Test
  void unknownAndNonNumericFieldsAreReported() {
    assertThatThrownBy(() -> Transforms.apply(TERMS, List.of(
        new Transform.Calculate("transform[0]", "end", '-', "strat", "years")), SPEC))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.diagnostics())
            .anySatisfy(d -> {
              assertThat(d.code()).isEqualTo(Message.UNKNOWN_FIELD);
              assertThat(d.hint()).contains("did you mean \"start\"?");
            }));
    assertThatThrownBy(() -> Transforms.apply(TERMS, List.of(
        new Transform.Calculate("transform[0]", "end", '-', "leader", "years")), SPEC))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.diagnostics())
            .extracting(org.chartdesk.diagnostics.Diagnostic::code).contains(Message.FIELD_TYPE));
  }

  @Test
  void theSourceDatasetIsLeftUntouched() throws InputException {
    Object[] before = TERMS.rows().get(0).values().clone();
    Transforms.apply(TERMS, List.of(new Transform.Calculate("transform[0]", "end", '-', "start", "years")), SPEC);
    assertThat(TERMS.rows().get(0).values()).isEqualTo(before);
    assertThat(Arrays.asList(TERMS.fieldNames().toArray())).doesNotContain("years");
  }
}
