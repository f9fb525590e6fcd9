package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** The charts of a split with shared scales put a value at one place in each, whoever's names are longer. */
class SplitPlotsTest {
  /**
   * India's leaders' names are shorter than the Soviet Union's: with a names' column of each
   * chart's own, India's plot started 37 px further left and 10 years were 251 px there, 242 in the other.
   */
  @Test
  void sharedScalesDrawTheValueAxisAtTheSamePlaceInEveryChart() throws Exception {
    Map<String, Double> india = axis(Shipped.example("bar-split--india"));
    Map<String, Double> soviet = axis(Shipped.example("bar-split--soviet-union"));
    assertThat(india).containsKeys("0", "10", "20").isEqualTo(soviet);
  }

  /** The value axis's labels, each at the middle of its box: the numbers lowest on the chart. */
  private static Map<String, Double> axis(ChartModel m) {
    List<DrawnText.Box> numbers = DrawnText.of(ChartRenderer.render(m, Theme.house()), m.frame().width(),
        m.frame().height()).stream().filter(b -> b.text().matches("\\d+")).toList();
    double lowest = numbers.stream().mapToDouble(b -> b.bounds().getMaxY()).max().orElseThrow();
    Map<String, Double> at = new TreeMap<>();
    numbers.stream().filter(b -> Math.abs(b.bounds().getMaxY() - lowest) < 0.5)
        .forEach(b -> at.put(b.text(), Math.round(b.bounds().getCenterX() * 100) / 100.0));
    return at;
  }
}
