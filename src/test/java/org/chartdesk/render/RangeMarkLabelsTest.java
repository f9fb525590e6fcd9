package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.chartdesk.export.DrawnText;
import org.chartdesk.export.PngExporter;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** On a phone, where a visit's date hangs under its row's bar, it is centred under its diamond. */
class RangeMarkLabelsTest {
  /**
   * "May 1985" and "late 1986" were turned left of their diamonds near the plot's edge, ending
   * nearer the 1980 gridline than their marks; there is room to centre them under the marks.
   */
  @Test
  void aVisitsDateHangsCentredUnderItsDiamond() throws Exception {
    Shipped.Phone phone = Shipped.phone("leaders-in-office");
    JFreeChart chart = phone.chart();
    double lw = phone.width();
    double lh = phone.height();
    // At one pixel a layout unit, so the text's boxes are in the image's pixels.
    int w = (int) Math.round(lw);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(chart, lw, lh, w,
        (int) Math.round(lh), "alt")));
    int dark = phone.theme().text().getRGB();
    for (String date : new String[] {"May 1985", "late 1986", "fall 1955"}) {
      DrawnText.Box label = DrawnText.of(chart, lw, lh).stream().filter(b -> b.text().equals(date)).findFirst()
          .orElseThrow();
      // The diamond: the dark pixels of the rows just above the label, over its width and beyond.
      int top = (int) label.bounds().getMinY();
      long sum = 0;
      int count = 0;
      for (int y = top - 22; y < top - 2; y++) {
        for (int x = (int) label.bounds().getMinX() - 40; x < (int) label.bounds().getMaxX() + 40; x++) {
          if (x >= 0 && x < w && y >= 0 && image.getRGB(x, y) == dark) {
            sum += x;
            count++;
          }
        }
      }
      assertThat(count).as("the diamond over %s", date).isPositive();
      assertThat(label.bounds().getCenterX()).as(date).isCloseTo((double) sum / count, within(2.0));
    }
  }
}
