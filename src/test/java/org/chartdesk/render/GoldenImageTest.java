package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.export.PngExporter;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each shipped chart compared with its reviewed golden image by RMS difference, with a small
 * tolerance for anti-aliasing differences between JDK builds. On failure the actual image, the
 * expected one and a diff are written to target/golden-diff/. To accept a deliberate change, run
 * {@code mvn test -Dtest=GoldenImageTest -Dgolden.update=true}, look at the new images in
 * src/test/resources/golden/, and commit them with the change.
 */
class GoldenImageTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path DIFF = Path.of("target/golden-diff");
  /** RMS over 0-255 channels: anti-aliasing noise stays well below, a moved label well above. */
  static final double TOLERANCE = 2.0;

  @TestFactory
  List<DynamicTest> shippedChartsLookAsReviewed() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    assertThat(checked.hasErrors()).isFalse();
    return checked.models().stream()
        .map(m -> DynamicTest.dynamicTest(m.frame().id(), () -> compare(m)))
        .toList();
  }

  private static void compare(ChartModel m) throws IOException {
    String id = m.frame().id();
    byte[] png = PngExporter.export(ChartRenderer.render(m, Theme.house()), m.frame().width(),
        m.frame().height(), 1, m.altText());
    Path golden = GOLDEN.resolve(id + ".png");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, png);
      return;
    }
    assertThat(golden).as("golden for %s (create with -Dgolden.update=true)", id).exists();
    BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
    BufferedImage expected = ImageIO.read(golden.toFile());
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
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
      Files.write(DIFF.resolve(id + "-actual.png"), png);
      Files.copy(golden, DIFF.resolve(id + "-expected.png"), StandardCopyOption.REPLACE_EXISTING);
      ImageIO.write(diff, "png", DIFF.resolve(id + "-diff.png").toFile());
    }
    assertThat(rms).as("RMS difference of %s from its golden (see %s)", id, DIFF).isLessThanOrEqualTo(TOLERANCE);
  }
}
