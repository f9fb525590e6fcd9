package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.chartdesk.theme.NewsLocale;
import org.junit.jupiter.api.Test;

/** A value axis on a short plot labels fewer round ticks rather than labels on each other. */
class ValueScaleTest {
  @Test
  void aShortAxisWidensItsRoundStepUntilItsLabelsHaveRoom() {
    // 0 to 5,000 on 100 px: ticks of 1,000 stand 20 px apart, room for 18.
    assertThat(new ValueScale(0, 5000, 100, 0, "#,##0", NewsLocale.english()).ticks(18))
        .containsExactly(0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0);
    // On 60 px they would stand 12 apart: every 2,000.
    assertThat(new ValueScale(0, 5000, 60, 0, "#,##0", NewsLocale.english()).ticks(18))
        .containsExactly(0.0, 2000.0, 4000.0);
    // A whole-number axis skips 2.5: 0 to 10 on 40 px goes from ones to fives, not 2.5s.
    assertThat(new ValueScale(0, 10, 40, 0, "#,##0", NewsLocale.english()).ticks(18))
        .containsExactly(0.0, 5.0, 10.0);
    // The margin is made for every round tick, however short the axis.
    assertThat(new ValueScale(0, 5000, 60, 0, "#,##0", NewsLocale.english()).ticks()).hasSize(6);
  }
}
