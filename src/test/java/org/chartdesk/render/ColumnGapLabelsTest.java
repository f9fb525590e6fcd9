package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chartdesk.build.Build;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Years without a figure, side by side, read as two labels, not one phrase said twice. */
class ColumnGapLabelsTest {
  /**
   * The KGB chart on a phone has no figure for 1974 and 1975: their labels, on one line each,
   * stood 4 px apart and read "no figure no figure". Each keeps an em clear of its slot's edges.
   */
  @Test
  void neighbouringGapLabelsOnAPhoneStandAnEmApart() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    ChartModel m = checked.models().stream().filter(c -> c.frame().id().equals("kgb-planted-stories")).findFirst()
        .orElseThrow();
    Theme theme = Theme.named(m.frame().theme());
    JFreeChart chart = ChartRenderer.render(m, theme);
    SizePreset phone = PresetLayout.of(SizePreset.named("phone"), m, theme);

    List<DrawnText.Box> words = DrawnText.of(chart, phone.layoutWidth(), phone.layoutHeight()).stream()
        .filter(b -> "no figure".contains(b.text())).toList();
    assertThat(words).hasSizeGreaterThanOrEqualTo(2);
    double em = theme.smallSize();
    Map<Long, List<DrawnText.Box>> lines = words.stream()
        .collect(Collectors.groupingBy(b -> Math.round(b.bounds().getMaxY())));
    for (List<DrawnText.Box> line : lines.values()) {
      List<DrawnText.Box> sorted = line.stream().sorted(Comparator.comparingDouble(b -> b.bounds().getMinX())).toList();
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).bounds().getMinX() - sorted.get(i - 1).bounds().getMaxX())
            .as("%s after %s", sorted.get(i).text(), sorted.get(i - 1).text()).isGreaterThanOrEqualTo(em);
      }
    }
  }
}
