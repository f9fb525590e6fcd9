package org.chartdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** A thread draws its charts of one size into one image: nothing of a chart shows in the next. */
class ThreadImagesTest {
  @Test
  void aChartDrawnWhereOthersWereShowsNothingOfThem() throws Exception {
    byte[] alone = PngEncoderTest.onANewThread(() -> PngExporter.export(bare(), 400, 200, 2, "alt"));
    byte[] after = PngEncoderTest.onANewThread(() -> {
      // The second chart of a size is drawn into an image the thread then keeps for the third.
      PngExporter.export(filled(), 400, 200, 2, "alt");
      PngExporter.export(filled(), 400, 200, 2, "alt");
      return PngExporter.export(bare(), 400, 200, 2, "alt");
    });
    assertThat(after).isEqualTo(alone);
    // The bare chart leaves most of its image as a new image is: black.
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(after));
    assertThat(image.getRGB(2, 2) & 0xffffff).isZero();
  }

  /** A chart with a background on every pixel, in a colour a cleared image has not. */
  private static JFreeChart filled() {
    JFreeChart chart = new JFreeChart(null, null, new XYPlot(null, new NumberAxis(), new NumberAxis(), null), false);
    chart.setBackgroundPaint(new Color(0xf0e0d0));
    return chart;
  }

  /** A chart that paints no background: where nothing is drawn, the image is as it was given. */
  private static JFreeChart bare() {
    JFreeChart chart = new JFreeChart(null, null, new XYPlot(null, new NumberAxis(), new NumberAxis(), null), false);
    chart.setBackgroundPaint(null);
    chart.getPlot().setBackgroundPaint(null);
    return chart;
  }
}
