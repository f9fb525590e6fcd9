package org.chartdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The lint measures the frame's text as the chart sets it: the plot area it leaves is the area
 * JFreeChart gives the plot when it draws, for every chart of the story and the examples, at its
 * own size and at each size it asks for. Off by a line's rounding, a phone page grown to the
 * lint's measure came out short and cut its last lane's title.
 */
class LayoutTest {
  @Test
  void thePlotAreaTheLintLeavesIsThePlotAreaDrawn() {
    List<String> checked = new ArrayList<>();
    for (Path project : List.of(Path.of(""), Path.of("examples"))) {
      for (ChartModel m : new Build(project.toAbsolutePath()).check().models()) {
        Theme theme = Theme.named(m.frame().theme());
        JFreeChart chart = ChartRenderer.render(m, theme);
        List<Frame> frames = new ArrayList<>(List.of(m.frame()));
        for (String name : m.frame().sizes()) {
          SizePreset p = PresetLayout.of(SizePreset.named(name), m, theme);
          frames.add(m.frame().sized((int) Math.floor(p.layoutWidth()), (int) Math.floor(p.layoutHeight())));
        }
        for (Frame f : frames) {
          Rectangle2D measured = Layout.plotArea(f, theme);
          Rectangle2D drawn = drawnPlotArea(chart, f.width(), f.height());
          String what = m.frame().id() + " at " + f.width() + " by " + f.height();
          assertThat(drawn.getMinY()).as(what).isCloseTo(measured.getMinY(), within(1.0));
          assertThat(drawn.getMaxY()).as(what).isCloseTo(measured.getMaxY(), within(1.0));
          checked.add(what);
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(25);
  }

  private static Rectangle2D drawnPlotArea(JFreeChart chart, double width, double height) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
      return info.getPlotInfo().getPlotArea();
    } finally {
      g.dispose();
    }
  }
}
