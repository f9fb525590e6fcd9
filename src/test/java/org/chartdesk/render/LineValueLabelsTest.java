package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** A single line carries every value its width has room for. */
class LineValueLabelsTest {
  /**
   * The examples' KGB line on a phone: three values, two years without figures between the first
   * and the second. Measured by its widest label ("over 3,789") against one year's step, it kept
   * the highest and the last and left 1976's 1,980 without a figure, though the gap beside the
   * wide label and the step between 1976 and 1977 give each label room.
   */
  @Test
  void everyValueOfAShortLineIsWrittenOnAPhone() throws Exception {
    ChartModel m = Shipped.example("line");
    Theme theme = Theme.named(m.frame().theme());
    SizePreset phone = PresetLayout.of(SizePreset.named("phone"), m, theme);
    List<String> texts = DrawnText.of(ChartRenderer.render(m, theme), phone.layoutWidth(), phone.layoutHeight())
        .stream().map(DrawnText.Box::text).toList();
    assertThat(texts).contains("over 3,789", "1,980", "411");
  }
}
