package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** A panel's category labels, thinned to fit, stay evenly spaced from the first to the last. */
class SmallMultiplesLabelsTest {
  /**
   * Ten decades with room for every other label: 1900s, 1930s, 1960s, 1990s, not every other decade
   * and then a jump from the 1960s to the 1990s, which misread the spacing.
   */
  @Test
  void thinnedLabelsAreEvenlySpacedAndKeepBothEnds() throws Exception {
    ChartModel m = Shipped.example("small-multiples");
    List<DrawnText.Box> decades = DrawnText.of(ChartRenderer.render(m, Theme.house()), m.frame().width(),
        m.frame().height()).stream().filter(b -> b.text().matches("1[89]\\d0s")).toList();
    // The first panel's labels: up to where the next panel's start over.
    int next = 1;
    while (next < decades.size() && !decades.get(next).text().equals(decades.get(0).text())) {
      next++;
    }
    List<DrawnText.Box> panel = decades.subList(0, next);
    assertThat(panel).extracting(DrawnText.Box::text).containsExactly("1900s", "1930s", "1960s", "1990s");
    double step = panel.get(1).bounds().getCenterX() - panel.get(0).bounds().getCenterX();
    for (int i = 2; i < panel.size(); i++) {
      assertThat(panel.get(i).bounds().getCenterX() - panel.get(i - 1).bounds().getCenterX()).isCloseTo(step,
          within(step * 0.15));
    }
  }
}
