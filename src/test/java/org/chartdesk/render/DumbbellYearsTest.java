package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** A dumbbell row's years on one level stand a clear space apart; a year too close hangs under its dot. */
class DumbbellYearsTest {
  /** Indira Gandhi's terms end in 1977 and start again in 1980: 3 px apart, "1977 1980" read as one. */
  @Test
  void yearsOnOneLevelStandApart() throws Exception {
    ChartModel m = Shipped.example("dumbbell");
    List<DrawnText.Box> years = DrawnText.of(ChartRenderer.render(m, Theme.house()), m.frame().width(),
        m.frame().height()).stream().filter(b -> b.text().matches("1[89]\\d\\d")).toList();
    int levels = 0;
    for (DrawnText.Box a : years) {
      List<DrawnText.Box> level = years.stream()
          .filter(b -> Math.abs(b.bounds().getMaxY() - a.bounds().getMaxY()) < 0.5)
          .sorted(Comparator.comparingDouble(b -> b.bounds().getMinX())).toList();
      for (int i = 1; i < level.size(); i++) {
        assertThat(level.get(i).bounds().getMinX() - level.get(i - 1).bounds().getMaxX())
            .as("%s after %s", level.get(i).text(), level.get(i - 1).text())
            .isGreaterThanOrEqualTo(7.5); // about an en space at the years' size
        levels++;
      }
    }
    assertThat(levels).isPositive();
    assertThat(years).anyMatch(b -> b.text().equals("1980"));
  }
}
