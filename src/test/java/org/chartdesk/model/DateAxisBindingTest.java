package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chartdesk.dataset.Precision;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/** Lines over the made-up date and date-time data of src/test/resources/date-axis. */
class DateAxisBindingTest {
  private static final String HOURLY = """
      title: T
      kind: line
      data: hourly
      x: {field: time}
      y: {field: reading}
      color: {field: station}
      source: S
      """;
  private static final String DAILY = """
      title: T
      kind: line
      data: daily
      y: {field: index}
      source: S
      """;

  @Test
  void eachSeriesHasPointsAtItsOwnMomentsAndMissingValuesBreakIt() throws InputException {
    LineChartModel m = (LineChartModel) bind(HOURLY);
    assertThat(m.time().precision()).isEqualTo(Precision.MINUTE);
    assertThat(m.time().at()).hasSize(72);
    assertThat(m.categories().get(0)).isEqualTo(new Category("2024-03-01T00:00", "1 Mar 2024 00:00"));
    // south reads every third hour: the hours between are no points of its line, not gaps.
    assertThat(m.passedOver(1, 1)).isTrue();
    assertThat(m.passedOver(1, 3)).isFalse();
    // north has rows without a reading at 06:00 to 09:00 on 2 March: a gap.
    assertThat(m.passedOver(0, 30)).isFalse();
    assertThat(m.series().get(0).values().get(30).missing()).isTrue();
    assertThat(m.altText()).contains("north: 1 Mar 2024 00:00, 10.0; 1 Mar 2024 01:00, 10.8;",
        "No figure for 2 Mar 2024 06:00",
        "south: 1 Mar 2024 00:00, 15.0; 1 Mar 2024 03:00, 14.8;").doesNotContain("1 Mar 2024 01:00, no figure");
  }

  @Test
  void aDomainOfDatesSpansTheAxisAndNotesStandAtDates() throws InputException {
    LineChartModel m = (LineChartModel) bind(DAILY + """
        x: {field: day, domain: [2022-12-25, 2024-01-01]}
        annotations:
          - {kind: line, x: 2023-06-15T12:00, text: Noon}
          - {kind: span, x: 2023-09-01, to: 2023-09-30, text: September}
          - {kind: label, x: 2023-03-01, text: March}
        """);
    assertThat(m.time().from()).isEqualTo(seconds("2022-12-25T00:00"));
    assertThat(m.time().to()).isEqualTo(seconds("2024-01-01T00:00"));
    Annotation noon = m.frame().annotations().get(0);
    assertThat(DateTime.seconds(noon.at())).isEqualTo(seconds("2023-06-15T12:00"));
    Annotation september = m.frame().annotations().get(1);
    assertThat(DateTime.seconds(september.start())).isEqualTo(seconds("2023-09-01T00:00"));
    assertThat(DateTime.seconds(september.end())).isEqualTo(seconds("2023-10-01T00:00"));
    assertThat(m.frame().callouts()).singleElement().extracting(Callout::category).isEqualTo("2023-03-01");
    assertThat(m.altText()).contains("365 values, 1 Jan 2023 to 31 Dec 2023");
  }

  @Test
  void aDomainThatLeavesRowsOutIsAnErrorNamingThem() {
    Diagnostic d = only(DAILY + "x: {field: day, domain: [2023-02-01, 2023-12-31]}\n");
    assertThat(d.code()).isEqualTo(Message.DOMAIN_LEAVES_OUT);
    assertThat(d.text()).contains("2023-02-01T00:00 to 2023-12-31T00:00 leaves out 31 rows",
        "datasets/daily.csv:2 (2023-01-01)");
  }

  @Test
  void aDomainOfYearsOnADateAxisIsAnError() {
    Diagnostic d = only(DAILY + "x: {field: day, domain: [2023, 2024]}\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(d.text()).contains("x.domain", "a list of two dates");
  }

  @Test
  void aNoteAtAMomentTheDataHasNotIsAnErrorNamingTheSpan() {
    Diagnostic d = only(HOURLY + "annotations:\n  - {kind: label, x: 2024-03-01T01:30, series: north, text: T}\n");
    assertThat(d.code()).isEqualTo(Message.ANNOTATION_NOT_ON_CHART);
    assertThat(d.text()).isEqualTo("annotations[0].x: \"2024-03-01T01:30\" is not on the chart");
    assertThat(d.hint()).contains("from 2024-03-01T00:00 to 2024-03-03T23:00");
  }

  @Test
  void aPeriodOfADateIsAnError() {
    Diagnostic d = only(DAILY + "x: {field: day}\nannotations:\n  - {kind: line, x: 2023-06-15, period: june, text: T}\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(d.text()).startsWith("annotations[0].period: \"june\"");
  }

  private static ChartModel bind(String yaml) throws InputException {
    return Binder.bind(story(), SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Diagnostic only(String yaml) {
    InputException e = catchThrowableOfType(() -> bind(yaml), InputException.class);
    assertThat(e).as("binding should fail").isNotNull();
    List<Diagnostic> errors = e.diagnostics();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static Story story() throws InputException {
    return new StoryLoader(Path.of("src/test/resources/date-axis").toAbsolutePath()).load();
  }

  private static long seconds(String iso) {
    return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
  }
}
