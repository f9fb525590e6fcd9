package org.chartdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled theme passes the lint's own colour rules for its whole palette, so a chart
 * never fails CD107 or CD108 just for choosing a theme.
 */
class ThemePaletteTest {
  @TestFactory
  List<DynamicTest> palettesAreDistinctForEveryVisionAndTextIsReadable() {
    return Theme.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Theme t = Theme.named(name);
      List<Color> colours = t.categorical();
      for (Colours.Vision v : Colours.Vision.values()) {
        for (int i = 0; i < colours.size(); i++) {
          for (int j = i + 1; j < colours.size(); j++) {
            assertThat(Colours.difference(colours.get(i), colours.get(j), v))
                .as("%s: %s vs %s under %s", name, Colours.hex(colours.get(i)), Colours.hex(colours.get(j)), v)
                .isGreaterThanOrEqualTo(ColourVision.THRESHOLD);
          }
        }
      }
      assertThat(Colours.contrast(t.text(), t.background())).isGreaterThanOrEqualTo(4.5);
      assertThat(Colours.contrast(t.secondaryText(), t.background())).isGreaterThanOrEqualTo(4.5);
    })).toList();
  }
}
