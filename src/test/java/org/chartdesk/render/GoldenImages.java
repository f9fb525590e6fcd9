package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Compares an image with its reviewed golden by RMS difference, with a small tolerance for
 * anti-aliasing differences between JDK builds. On failure the actual image, the expected one and
 * a diff are written to target/golden-diff/. To accept a deliberate change, run the test with
 * {@code -Dgolden.update=true}, look at the new images in src/test/resources/golden/, and commit
 * them with the change.
 */
final class GoldenImages {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path DIFF = Path.of("target/golden-diff");
  /** RMS over 0-255 channels: anti-aliasing noise stays well below, a moved label well above. */
  static final double TOLERANCE = 2.0;

  private GoldenImages() {}

  static void assertMatches(String name, BufferedImage actual) throws IOException {
    Path golden = GOLDEN.resolve(name + ".png");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      ImageIO.write(actual, "png", golden.toFile());
      return;
    }
    assertThat(golden).as("golden for %s (create with -Dgolden.update=true)", name).exists();
    BufferedImage expected = ImageIO.read(golden.toFile());
    assertThat(actual.getWidth()).as(name + " width").isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).as(name + " height").isEqualTo(expected.getHeight());
    BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
    double sum = 0;
    for (int y = 0; y < actual.getHeight(); y++) {
      for (int x = 0; x < actual.getWidth(); x++) {
        int a = actual.getRGB(x, y);
        int e = expected.getRGB(x, y);
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          int c = ((a >> shift) & 0xff) - ((e >> shift) & 0xff);
          sum += c * c;
          d = Math.max(d, Math.abs(c));
        }
        diff.setRGB(x, y, d == 0 ? 0xffffff : 0xff0000);
      }
    }
    double rms = Math.sqrt(sum / (3.0 * actual.getWidth() * actual.getHeight()));
    if (rms > TOLERANCE) {
      Files.createDirectories(DIFF);
      ImageIO.write(actual, "png", DIFF.resolve(name + "-actual.png").toFile());
      ImageIO.write(expected, "png", DIFF.resolve(name + "-expected.png").toFile());
      ImageIO.write(diff, "png", DIFF.resolve(name + "-diff.png").toFile());
    }
    assertThat(rms).as("RMS difference of %s from its golden (see %s)", name, DIFF).isLessThanOrEqualTo(TOLERANCE);
  }
}
