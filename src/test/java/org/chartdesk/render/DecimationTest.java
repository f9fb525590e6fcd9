package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line of a million points drawn decimated (first, lowest, highest and last of each half unit)
 * looks the same as drawn point by point: a random walk, as the line1m benchmark draws, at 1x and
 * 2x, with the renderer's own stroke and the exporters' hints.
 */
class DecimationTest {
  @ParameterizedTest(name = "{0} points at {1}x")
  @CsvSource({"1000000, 1", "1000000, 2", "5000, 1", "5000, 2"})
  void aDecimatedLineLooksTheSameAsEveryPointDrawn(int points, int scale) {
    double[] y = walk(points);
    double min = java.util.Arrays.stream(y).min().orElseThrow();
    double max = java.util.Arrays.stream(y).max().orElseThrow();
    java.util.function.DoubleUnaryOperator py = v -> 600 - (v - min) / (max - min) * 500;
    java.util.function.IntToDoubleFunction x = i -> 60 + i * 1080.0 / (points - 1);
    BufferedImage all = draw(LineChartRenderer.path(y, py, x, false), scale);
    BufferedImage decimated = draw(LineChartRenderer.path(y, py, x, true), scale);
    long differing = 0;
    double sum = 0;
    for (int j = 0; j < all.getHeight(); j++) {
      for (int i = 0; i < all.getWidth(); i++) {
        int a = all.getRGB(i, j);
        int b = decimated.getRGB(i, j);
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          int c = ((a >> shift) & 0xff) - ((b >> shift) & 0xff);
          sum += c * c;
          d = Math.max(d, Math.abs(c));
        }
        differing += d > 64 ? 1 : 0;
      }
    }
    double rms = Math.sqrt(sum / (3.0 * all.getWidth() * all.getHeight()));
    // The goldens' tolerance: anti-aliasing noise stays below it, a moved line well above. Measured:
    // 1.1 at 1x and 1.6 at 2x for a million points, with 0.03% of the pixels off by more than 64.
    assertThat(rms).as("RMS difference").isLessThanOrEqualTo(GoldenImages.TOLERANCE);
    assertThat(differing).as("pixels differing by more than a quarter of a channel")
        .isLessThan(all.getWidth() * all.getHeight() / 1000L);
  }

  private static BufferedImage draw(java.awt.geom.Path2D path, int scale) {
    BufferedImage image = new BufferedImage(1200 * scale, 675 * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setPaint(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.scale(scale, scale);
    LineChartRenderer.stroke(g, path, new Color(0x1f77b4));
    g.dispose();
    return image;
  }

  /** A seeded random walk: the same on every machine. */
  private static double[] walk(int n) {
    SplittableRandom random = new SplittableRandom(42);
    double[] y = new double[n];
    double v = 100;
    for (int i = 0; i < n; i++) {
      v += random.nextDouble(-1, 1);
      y[i] = v;
    }
    return y;
  }
}
