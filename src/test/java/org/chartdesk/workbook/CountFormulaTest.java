package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.model.Encoding;
import org.chartdesk.spec.Transform;
import org.junit.jupiter.api.Test;

/** Which steps become COUNTIFS formulas, and the formulas themselves. */
class CountFormulaTest {
  static final Dataset EVENTS = events("diplomacy", "military", "diplomacy");
  static final DataTable TABLE = new DataTable(EVENTS, "events", "tbl_events", false);

  static final Transform.Bin DECADE = new Transform.Bin("transform[0]", "decade", "year", "decade");

  @Test
  void aCountPerDecadeAndKindMatchesTheDecadesYearsAndTheKindsText() {
    CountFormula f = CountFormula.of(new Encoding("decade", "n", "kind", List.of(DECADE, count("decade", "kind"))),
        TABLE);
    assertThat(f.at("1950", "diplomacy")).isEqualTo(
        "COUNTIFS(tbl_events[year],\">=1950\",tbl_events[year],\"<1960\",tbl_events[kind],\"=diplomacy\")");
  }

  @Test
  void filtersComeFirstAndAListOfValuesIsSummed() {
    Transform.Filter range = new Transform.Filter("transform[0]", "year", null, new double[] {1950, 1989});
    Transform.Filter kinds = new Transform.Filter("transform[1]", "kind", List.of("diplomacy", "a*b"), null);
    CountFormula f = CountFormula.of(new Encoding("year", "n", null, List.of(range, kinds, count("year"))), TABLE);
    assertThat(f.at("1973", null)).isEqualTo("SUM(COUNTIFS(tbl_events[year],\">=1950\",tbl_events[year],\"<=1989\","
        + "tbl_events[year],1973,tbl_events[kind],{\"=diplomacy\",\"=a~*b\"}))");
  }

  @Test
  void aRunningTotalCountsEveryYearBeforeTheDecadeEnds() {
    Transform.Cumulate toDate = new Transform.Cumulate("transform[2]", "n", "decade", List.of("kind"), "to_date");
    CountFormula f = CountFormula.of(new Encoding("decade", "to_date", "kind",
        List.of(DECADE, count("decade", "kind"), toDate)), TABLE);
    assertThat(f.at("1970", "military")).isEqualTo(
        "COUNTIFS(tbl_events[year],\"<1980\",tbl_events[kind],\"=military\")");
  }

  @Test
  void stepsACountCannotSayExactlyKeepTheValues() {
    Transform.Filter two = new Transform.Filter("t", "kind", List.of("a"), null);
    Transform.Filter years = new Transform.Filter("t", "year", List.of("1973"), null);
    assertThat(CountFormula.of(new Encoding("year", "n", null, List.of(two, years, count("year"))), TABLE))
        .as("two lists of values").isNull();
    assertThat(CountFormula.of(new Encoding("year", "n", null,
        List.of(new Transform.Calculate("t", "year", '-', "year", "z"), count("year"))), TABLE)).as("calculate").isNull();
    assertThat(CountFormula.of(new Encoding("year", "s", null,
        List.of(new Transform.Aggregate("t", "sum", "year", List.of("year"), "s"))), TABLE)).as("a sum").isNull();
    assertThat(CountFormula.of(new Encoding("kind", "to_date", null, List.of(count("kind"),
        new Transform.Cumulate("t", "n", "kind", List.of(), "to_date"))), TABLE)).as("running total of text").isNull();
    assertThat(CountFormula.of(new Encoding("year", "n", null, List.of()), TABLE)).as("no count").isNull();
    DataTable cased = new DataTable(events("India", "india", "India"), "events", "tbl_events", false);
    assertThat(CountFormula.of(new Encoding("kind", "n", null, List.of(count("kind"))), cased))
        .as("COUNTIFS ignores case").isNull();
  }

  private static Transform.Aggregate count(String... groupby) {
    return new Transform.Aggregate("transform[1]", "count", null, List.of(groupby), "n");
  }

  private static Dataset events(String... kinds) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      rows.add(new Row(i + 2, new Object[] {1950L + 7 * i, kinds[i]}));
    }
    return new Dataset("events", "Events", "", "events.csv", List.of(
        new Field("year", FieldType.YEAR, "year", "", null, false, List.of(), false),
        new Field("kind", FieldType.STRING, "kind", "", null, false, List.of(), false)), rows, "0");
  }
}
