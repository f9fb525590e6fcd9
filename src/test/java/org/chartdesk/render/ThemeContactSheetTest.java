package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A contact sheet per theme: every chart kind, drawn in that theme at half size on one image and
 * compared with a reviewed golden, so a theme edit never changes the charts unnoticed.
 */
class ThemeContactSheetTest {
  static final int COLUMNS = 2;
  static final double SCALE = 0.5;

  @TestFactory
  List<DynamicTest> everyThemeLooksAsReviewed() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    assertThat(checked.hasErrors()).isFalse();
    return Theme.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(name,
        () -> GoldenImages.assertMatches("contact-" + name, sheet(checked.models(), Theme.named(name)))))
        .toList();
  }

  static BufferedImage sheet(List<ChartModel> models, Theme theme) {
    int cellW = 0;
    int cellH = 0;
    for (ChartModel m : models) {
      cellW = Math.max(cellW, m.frame().width());
      cellH = Math.max(cellH, m.frame().height());
    }
    int rows = (models.size() + COLUMNS - 1) / COLUMNS;
    BufferedImage image = new BufferedImage((int) (cellW * COLUMNS * SCALE), (int) (cellH * rows * SCALE),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(theme.background());
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    for (int i = 0; i < models.size(); i++) {
      ChartModel m = models.get(i);
      AffineTransform saved = g.getTransform();
      g.scale(SCALE, SCALE);
      g.translate((i % COLUMNS) * cellW, (i / COLUMNS) * cellH);
      ChartRenderer.render(m, theme).draw(g, new Rectangle2D.Double(0, 0, m.frame().width(), m.frame().height()));
      g.setTransform(saved);
    }
    g.dispose();
    return image;
  }
}
