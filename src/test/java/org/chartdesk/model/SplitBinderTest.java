package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.examples.Examples;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** split_by: a chart per value, each from its own rows, with its words and, when asked, a shared scale. */
public class SplitBinderTest {
  /** Visits split by where they came from, on one time axis; the build's tests use it too. */
  public static final String VISITS_FROM = """
      title: "Visits from {value}"
      subtitle: Visits between the two countries' leaders that the source reports
      kind: timeline
      data: leader-visits
      split_by: {field: from_country, scales: shared}
      x: {field: year, period: period}
      lane: {field: to_country}
      label: "{visitor}"
      source: India–Soviet Union relations, Wikipedia
      """;

  static final String YEARS_IN_OFFICE = """
      title: "{value}: years in office"
      subtitle: Leaders of {value}
      kind: bar
      data: leaders-in-office
      transform:
        - {calculate: end_year - start_year, as: years}
        - {aggregate: sum, field: years, groupby: [leader], as: years}
      y: {field: leader}
      x: {field: years, label: Years in office}
      source: S
      """;

  static Story story;

  @BeforeAll
  static void load() throws InputException {
    story = Examples.story();
  }

  static List<ChartModel> bind(Story story, String yaml) throws InputException {
    return SplitBinder.bind(story, SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
        ProjectSettings.NONE, ProjectSettings.NONE).stream().map(SplitBinder.Bound::model).toList();
  }

  static List<Diagnostic> errors(Story story, String yaml) {
    InputException e = catchThrowableOfType(InputException.class, () -> bind(story, yaml));
    assertThat(e).as("expected an input error").isNotNull();
    return e.diagnostics();
  }

  @Test
  void aChartPerValueWithStableIdsItsOwnRowsAndItsValueInTheWords() throws InputException {
    List<ChartModel> charts = bind(story, YEARS_IN_OFFICE + "split_by: {field: country, names: {India: India's}}\n");
    assertThat(charts).extracting(m -> m.frame().id()).containsExactly("t--india", "t--soviet-union");
    BarChartModel india = (BarChartModel) charts.get(0);
    assertThat(india.frame().title()).isEqualTo("India's: years in office");
    assertThat(india.frame().subtitle()).isEqualTo("Leaders of India's");
    assertThat(india.categories()).extracting(Category::key).containsExactly("Indira Gandhi", "Rajiv Gandhi");
    assertThat(india.frame().template()).isEqualTo("t");
    assertThat(india.frame().file()).isEqualTo("charts/t.yaml");
    assertThat(charts.get(1).frame().title()).isEqualTo("Soviet Union: years in office");
    // Each figure still cites the rows of the whole dataset it comes from.
    assertThat(india.values().get(0).sources()).containsExactly(0, 1);
  }

  @Test
  void sharedScalesGiveEveryChartTheSameValueAxisIndependentOnesFitEach() throws InputException {
    List<ChartModel> own = bind(story, YEARS_IN_OFFICE + "split_by: country\n");
    assertThat(((BarChartModel) own.get(0)).max()).isLessThan(((BarChartModel) own.get(1)).max());
    List<ChartModel> shared = bind(story, YEARS_IN_OFFICE + "split_by: {field: country, scales: shared}\n");
    assertThat(shared).extracting(m -> ((BarChartModel) m).max()).containsOnly(((BarChartModel) own.get(1)).max());
    List<ChartModel> times = bind(story, VISITS_FROM);
    assertThat(times).extracting(m -> ((TimelineChartModel) m).from()).containsOnly(1953.0);
    assertThat(times).extracting(m -> ((TimelineChartModel) m).lanes().size()).containsOnly(1);
  }

  @Test
  void aColumnChartSplitsToo() throws InputException {
    List<ChartModel> charts = bind(story, """
        title: "{value}"
        kind: column
        data: kgb-planted-stories
        split_by: measure
        x: {field: year, domain: [1973, 1977]}
        y: {field: stories, qualifier: qualifier}
        source: S
        """);
    // The source words 1973's count apart from 1976's and 1977's: two measures, two charts.
    assertThat(charts).extracting(m -> ((ColumnChartModel) m).bars().stream().map(ColumnChartModel.Bar::sourceRow)
        .toList()).containsExactly(List.of(0, -1, -1, -1, -1), List.of(-1, -1, -1, 1, 2));
  }

  @Test
  void aColumnChartsFilterMayNotLeaveYearsOutBetweenThoseItKeeps() {
    List<Diagnostic> d = errors(story, """
        title: T
        kind: column
        data: kgb-planted-stories
        transform:
          - {filter: {field: year, oneOf: [1973, 1977]}}
        x: year
        y: {field: stories, qualifier: qualifier}
        source: S
        """);
    // 1974 to 1976 would read as years without a figure, and the source has one for 1976.
    assertThat(d).singleElement().satisfies(e -> {
      assertThat(e.format()).startsWith("charts/t.yaml:5:35: error: the filter keeps the years 1973, 1977, but a "
          + "column chart has a slot for every year from 1973 to 1977: 1974, 1975, 1976 would read as years the "
          + "source gives no figure for");
      assertThat(e.hint()).startsWith("keep a run of years with range: [1973, 1977]");
    });
  }

  @Test
  void problemsInOneChartNameTheChart() {
    List<Diagnostic> d = errors(story, """
        title: "{value}"
        kind: line
        data: relations-timeline
        split_by: category
        transform:
          - {aggregate: count, groupby: [year], as: n}
        x: {field: year, domain: [1900, 1980]}
        y: {field: n}
        source: S
        """);
    assertThat(d).extracting(Diagnostic::code).containsOnly(Message.DOMAIN_LEAVES_OUT);
    assertThat(d).extracting(Diagnostic::chart).containsExactly("t--diplomacy", "t--politics");
    assertThat(d.get(0).format()).contains("\n    in chart t--");
  }

  @Test
  void placeholdersOtherThanValueAndValueWithoutASplitAreErrors() {
    assertThat(errors(story, YEARS_IN_OFFICE.replace("Leaders of {value}", "Leaders of {country}")
        + "split_by: country\n")).extracting(Diagnostic::code).containsExactly(Message.SPLIT_UNKNOWN_PLACEHOLDER);
    assertThat(errors(story, YEARS_IN_OFFICE)).extracting(Diagnostic::code)
        .containsExactly(Message.SPLIT_VALUE_WITHOUT_SPLIT, Message.SPLIT_VALUE_WITHOUT_SPLIT);
  }

  @Test
  void twoValuesWithOneFileNameAreAnErrorNamingBoth() {
    Story clash = storyOf("Soviet Union", "soviet  union");
    List<Diagnostic> d = errors(clash, YEARS_IN_OFFICE.replace("leaders-in-office", "clash") + "split_by: country\n");
    assertThat(d).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(Message.SPLIT_SAME_ID);
      assertThat(e.text()).contains("\"Soviet Union\"", "\"soviet  union\"", "t--soviet-union");
    });
  }

  @Test
  void aRowWithoutAValueIsAnErrorAtItsLine() {
    List<Diagnostic> d = errors(storyOf("India", null), YEARS_IN_OFFICE.replace("leaders-in-office", "clash")
        + "split_by: country\n");
    assertThat(d).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(Message.REQUIRED_VALUE);
      assertThat(e.file()).isEqualTo("datasets/clash.csv");
      assertThat(e.line()).isEqualTo(3);
    });
  }

  @Test
  void fileNamesAreAsciiAndStable() {
    assertThat(org.chartdesk.spec.Split.chartId("c", "Côte d'Ivoire")).isEqualTo("c--cote-d-ivoire");
    assertThat(org.chartdesk.spec.Split.chartId("c", "2024")).isEqualTo("c--2024");
    assertThat(org.chartdesk.spec.Split.chartId("c", "Москва")).matches("c--v[0-9a-f]+")
        .isEqualTo(org.chartdesk.spec.Split.chartId("c", "Москва"));
  }

  /** A one-dataset story of leaders in the given countries, one a row. */
  private static Story storyOf(String... countries) {
    List<Field> fields = List.of(field("country", FieldType.STRING), field("leader", FieldType.STRING),
        field("start_year", FieldType.YEAR), field("end_year", FieldType.YEAR));
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < countries.length; i++) {
      rows.add(new Row(i + 2, new Object[] {countries[i], "Leader " + i, 1950L, 1960L + i}));
    }
    Dataset data = new Dataset("clash", "Clash", "", "datasets/clash.csv", fields, List.copyOf(rows), "00");
    return new Story("s", "S", "", "", "", List.of(), List.of(data));
  }

  private static Field field(String name, FieldType type) {
    return new Field(name, type, name, "", null, false, List.of(), false);
  }
}
