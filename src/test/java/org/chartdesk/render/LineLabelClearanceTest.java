package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value label of the last point of a dense line clears the line around it, not only its
 * point: here the line runs at 120 up to the last step, which drops to 100, and the label "100"
 * set over that point alone would sit on the line's plateau (it goes under the point; a label a
 * few pixels short of clearing goes up instead). Read from the published PNG's pixels.
 */
class LineLabelClearanceTest {
  private static final int STEPS = 2000;

  @TempDir Path dir;

  @Test
  void theLastValuesLabelCoversNoPartOfTheLine() throws Exception {
    StringBuilder rows = new StringBuilder("step,value\n");
    for (int i = 0; i < STEPS; i++) {
      // The highest point, labelled too, far to the left.
      int value = i == STEPS - 1 ? 100 : i > STEPS - 40 ? 120 : i == 500 ? 150 : 60 + i % 7;
      rows.append(1000 + i).append(',').append(value).append('\n');
    }
    Path project = OneChartProject.write(dir, rows, """
        {"name": "step", "type": "integer"}, {"name": "value", "type": "integer", "unit": "points"}""", """
        title: A walk that drops at its last step
        kind: line
        data: walk
        x: {field: step}
        y: {field: value, label: Points}
        source: Made up
        """);
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();
    BufferedImage image = ImageIO.read(dir.resolve("out/png/walk@2x.png").toFile());
    Color ink = Theme.house().text();
    Color line = Theme.house().series(0);
    // The label's ink: dark pixels in the right tenth of the image, below the title and above the axis.
    int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
    for (int y = image.getHeight() / 5; y < image.getHeight() * 4 / 5; y++) {
      for (int x = image.getWidth() * 9 / 10; x < image.getWidth(); x++) {
        if (near(image.getRGB(x, y), ink, 60)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertThat(maxX).as("the label is drawn").isPositive();
    int covered = 0;
    for (int y = minY; y <= maxY + 2; y++) {
      for (int x = minX; x <= maxX; x++) {
        covered += near(image.getRGB(x, y), line, 40) ? 1 : 0;
      }
    }
    assertThat(covered).as("line pixels under the label at x %d-%d, y %d-%d", minX, maxX, minY, maxY).isZero();
  }

  private static boolean near(int rgb, Color c, int within) {
    return Math.abs((rgb >> 16 & 0xff) - c.getRed()) < within && Math.abs((rgb >> 8 & 0xff) - c.getGreen()) < within
        && Math.abs((rgb & 0xff) - c.getBlue()) < within;
  }
}
