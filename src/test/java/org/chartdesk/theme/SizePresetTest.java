package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SizePresetTest {
  /** A phone page grows in whole pixels, and the layout canvas the renderer gets holds what was asked. */
  @Test
  void aGrowingPageHoldsTheHeightAskedInWholePixels() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double units = i < 5_000 ? i : random.nextDouble() * 20_000;
      SizePreset phone = SizePreset.named("phone").grownTo(units);
      assertThat(phone.height()).as("%s", units).isEqualTo(Math.rint(phone.height())).isGreaterThanOrEqualTo(450);
      assertThat(Math.floor(phone.layoutHeight())).as("%s", units).isGreaterThanOrEqualTo(Math.ceil(units));
      assertThat(phone.width()).isEqualTo(360);
      // No taller than a pixel more than needed.
      assertThat(phone.height() - 1).as("%s", units).isLessThan(Math.max(450, Math.ceil(units) * phone.textScale()));
    }
  }

  @Test
  void otherPagesKeepTheirSize() {
    for (String name : SizePreset.names()) {
      SizePreset p = SizePreset.named(name);
      if (!p.grows()) {
        assertThat(p.grownTo(5_000)).isEqualTo(p);
      }
    }
    assertThat(SizePreset.named("phone").grownTo(100)).isEqualTo(SizePreset.named("phone"));
  }
}
