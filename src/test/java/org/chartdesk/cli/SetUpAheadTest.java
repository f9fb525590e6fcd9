package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Office schemas are read ahead only for a build that writes the workbook: a PNG build paid 40 ms for them. */
class SetUpAheadTest {
  @Test
  void onlyABuildThatWritesTheWorkbookReadsItsSchemasAhead() {
    assertThat(WorthTuning.writesWorkbook(new String[] {"build"})).isTrue();
    assertThat(WorthTuning.writesWorkbook(new String[] {"build", "--formats", "png,xlsx"})).isTrue();
    assertThat(WorthTuning.writesWorkbook(new String[] {"build", "--formats=xlsx"})).isTrue();
    assertThat(WorthTuning.writesWorkbook(new String[] {"build", "--formats", "png"})).isFalse();
    assertThat(WorthTuning.writesWorkbook(new String[] {"build", "--formats=svg,pdf"})).isFalse();
    assertThat(WorthTuning.writesWorkbook(new String[] {"build", "--shard", "1/2"})).as("a part").isFalse();
    assertThat(WorthTuning.writesWorkbook(new String[] {"check"})).isFalse();
    assertThat(WorthTuning.writesWorkbook(new String[] {})).isFalse();
  }
}
