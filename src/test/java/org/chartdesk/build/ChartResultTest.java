package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;

/** Which diagnostics a build report gives each chart: the split spec's cases the story has none of. */
class ChartResultTest {
  private static final String SPEC = "charts/visits.yaml";
  private static final String DATA = "datasets/leader-visits.csv";

  private static ChartResult chart(String id) {
    return new ChartResult(id, ChartResult.Status.BUILT, List.of(), 0).madeFrom(List.of(SPEC, DATA));
  }

  private static Diagnostic about(String file) {
    return Message.SPEC_UNKNOWN_KEY.error(file, 3, 1, null, "subtitel");
  }

  @Test
  void aSplitChartsDiagnosticIsItsAloneAndTheSpecsIsEveryChartsOfIt() {
    Diagnostic inIndia = about(SPEC).inChart("visits--india");
    assertThat(chart("visits--india").concerns(inIndia)).isTrue();
    assertThat(chart("visits--soviet-union").concerns(inIndia)).isFalse();
    assertThat(chart("visits--soviet-union").concerns(about(SPEC))).isTrue();
    assertThat(chart("visits--india").concerns(about(DATA))).isTrue();
  }

  @Test
  void aSpecThatMadeNoChartHasItsSplitChartsDiagnostics() {
    assertThat(chart("visits").concerns(about(SPEC).inChart("visits--india"))).isTrue();
    assertThat(chart("visits").concerns(about(SPEC).inChart("visitsx--india"))).isFalse();
  }

  @Test
  void aFileOfTheChartThatCouldNotBeWrittenIsItsThoughNotAnInput() {
    Diagnostic unwritable = about("out/png/visits--india.png").inChart("visits--india");
    assertThat(chart("visits--india").concerns(unwritable)).isTrue();
    assertThat(chart("visits--soviet-union").concerns(unwritable)).isFalse();
  }

  @Test
  void aFileTheChartIsNotMadeFromIsNotItsConcern() {
    assertThat(chart("visits--india").concerns(about("datasets/kgb-planted-stories.csv"))).isFalse();
    assertThat(chart("visits--india").concerns(about(null))).isFalse();
    assertThat(chart("visits--india").concerns(about("charts/visits-from.yaml"))).isFalse();
  }
}
