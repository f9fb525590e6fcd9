package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chartdesk.build.ChartResult;
import org.chartdesk.build.Output;
import org.junit.jupiter.api.Test;

/** The line per chart, and on a terminal a progress bar that never breaks a line; the clock is a test's. */
class ChartLinesTest {
  long now;
  final StringWriter written = new StringWriter();

  ChartLines lines(boolean bar) {
    return new ChartLines(new PrintWriter(written), bar, 80, () -> now);
  }

  @Test
  void onATerminalTheBarComesAfterASecondUnderTheLinesAndLeavesNoTrace() {
    ChartLines lines = lines(true);
    lines.tick();
    lines.charts(3);
    lines.done(built("a"));
    assertThat(written.toString()).as("within the first second").doesNotContain("\r");
    now = 1_500_000_000L;
    lines.tick();
    assertThat(screen()).containsExactly("built a (5 files, 7 ms)", "[########----------------] 1/3 charts, 1 s");
    lines.done(built("b"));
    assertThat(screen()).containsExactly("built a (5 files, 7 ms)", "built b (5 files, 7 ms)",
        "[################--------] 2/3 charts, 1 s");
    lines.close();
    lines.tick();
    assertThat(screen()).containsExactly("built a (5 files, 7 ms)", "built b (5 files, 7 ms)");
  }

  @Test
  void theBarSaysWhenTheInputIsCheckedAndWhenTheChartsAreDone() {
    ChartLines lines = lines(true);
    now = 2_000_000_000L;
    lines.tick();
    assertThat(screen()).containsExactly("checking the input, 2 s");
    lines.charts(1);
    lines.done(built("a"));
    assertThat(screen()).containsExactly("built a (5 files, 7 ms)", "[########################] 1/1 charts, finishing, 2 s");
  }

  @Test
  void pipedInCiOrOnADumbTerminalThereAreOnlyLines() {
    ChartLines lines = lines(false);
    now = 5_000_000_000L;
    lines.charts(1);
    lines.tick();
    lines.done(built("a"));
    lines.close();
    assertThat(written.toString()).isEqualTo("built a (5 files, 7 ms)" + System.lineSeparator());
    assertThat(ChartLines.interactive(Map.of("TERM", "xterm-256color"), true)).isTrue();
    assertThat(ChartLines.interactive(Map.of("TERM", "xterm-256color"), false)).as("piped").isFalse();
    assertThat(ChartLines.interactive(Map.of("TERM", "xterm", "CI", "true"), true)).as("CI").isFalse();
    assertThat(ChartLines.interactive(Map.of("TERM", "dumb"), true)).as("dumb").isFalse();
    assertThat(ChartLines.interactive(Map.of(), true)).as("no TERM").isFalse();
  }

  /** A chart of one file (--formats svg, one size) said "1 files". */
  @Test
  void aChartOfOneFileSaysFileNotFiles() {
    ChartResult one = new ChartResult("a", ChartResult.Status.UNCHANGED, List.of(new Output("svg/a.svg", "svg", "a",
        new byte[0])), 7);
    assertThat(ChartLines.line(one)).isEqualTo("unchanged a (1 file)");
  }

  private static ChartResult built(String id) {
    List<Output> files = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      files.add(new Output("png/" + id + i, "png", id, new byte[0]));
    }
    return new ChartResult(id, ChartResult.Status.BUILT, files, 7);
  }

  /** The lines a terminal shows for what was written: a carriage return goes back to the line's start. */
  private List<String> screen() {
    List<String> rows = new ArrayList<>();
    for (String line : written.toString().split(System.lineSeparator(), -1)) {
      StringBuilder row = new StringBuilder();
      int column = 0;
      for (char c : line.toCharArray()) {
        if (c == '\r') {
          column = 0;
        } else {
          if (column < row.length()) {
            row.setCharAt(column, c);
          } else {
            row.append(c);
          }
          column++;
        }
      }
      rows.add(row.toString().stripTrailing());
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    return rows;
  }
}
