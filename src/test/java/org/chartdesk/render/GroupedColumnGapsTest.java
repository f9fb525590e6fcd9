package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grouped column chart says "no figure" once for a year no series has, and per column otherwise. */
class GroupedColumnGapsTest {
  @TempDir Path dir;

  @Test
  void aYearWithoutAnyFigureSaysSoOnceUnderItsGroup() throws Exception {
    Path project = OneChartProject.write(dir, """
        year,partner,balance
        1985,India,-120
        1985,China,40
        1987,India,30
        1987,China,75
        1988,India,210
        """, """
        {"name": "year", "type": "year"}, {"name": "partner", "type": "string"}, {"name": "balance", "type": "number"}""",
        """
        title: Balances with India and China moved apart
        kind: grouped-column
        data: walk
        x: {field: year}
        y: {field: balance, label: Million roubles}
        color: {field: partner}
        source: Made up
        """);
    Build.Checked checked = new Build(project).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    ChartModel m = checked.models().get(0);
    List<DrawnText.Box> drawn = DrawnText.of(ChartRenderer.render(m, Theme.named(m.frame().theme())),
        m.frame().width(), m.frame().height());
    // 1986: neither partner, one label under the group; 1988: China alone, one over its column.
    List<DrawnText.Box> gaps = drawn.stream().filter(b -> b.text().equals("no figure")).toList();
    assertThat(gaps).hasSize(2);
    DrawnText.Box year = drawn.stream().filter(b -> b.text().equals("1986")).findFirst().orElseThrow();
    assertThat(gaps).anySatisfy(b -> assertThat(b.bounds().getCenterX())
        .isCloseTo(year.bounds().getCenterX(), org.assertj.core.data.Offset.offset(2.0)));
  }
}
