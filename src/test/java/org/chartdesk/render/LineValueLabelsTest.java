package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.export.DrawnText;
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
    List<String> texts = Shipped.phone(Shipped.example("line")).text().stream().map(DrawnText.Box::text).toList();
    assertThat(texts).contains("over 3,789", "1,980", "411");
  }
}
