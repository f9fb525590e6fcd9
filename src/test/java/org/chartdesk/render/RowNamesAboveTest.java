package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.export.DrawnText;
import org.junit.jupiter.api.Test;

/** Names standing above their rows (bar, dot, lollipop on a narrow chart) read clear of the axis. */
class RowNamesAboveTest {
  /**
   * The examples' lollipop on a phone: its names ("Joseph Stalin, 1924–1953") stand above their
   * stems. They started at the chart's edge, a few units left of the axis at zero, which ran
   * through the first letter of every name. Each starts after the axis now, where the stems do.
   */
  @Test
  void theAxisRunsBesideTheNamesNotThroughThem() throws Exception {
    List<DrawnText.Box> text = Shipped.phone(Shipped.example("lollipop")).text();
    // The axis stands at the middle of its "0", the lowest tick label.
    DrawnText.Box zero = text.stream().filter(b -> b.text().equals("0"))
        .max((a, b) -> Double.compare(a.bounds().getY(), b.bounds().getY())).orElseThrow();
    double axis = zero.bounds().getCenterX();
    List<DrawnText.Box> names = text.stream().filter(b -> b.text().matches(".+, \\d{4}–\\d{4}")).toList();
    assertThat(names).hasSize(8);
    assertThat(names).allSatisfy(n -> assertThat(n.bounds().getMinX()).as(n.text()).isGreaterThan(axis + 1));
  }
}
