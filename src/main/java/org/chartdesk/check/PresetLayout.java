package org.chartdesk.check;

import java.awt.geom.Rectangle2D;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;

/**
 * A size preset as one chart is laid out on it. A page that grows (a phone's, which scrolls) is
 * made as tall as the chart's text and body need, by the same measures the lint checks text with,
 * so the build draws exactly the canvas the lint passed.
 */
public final class PresetLayout {
  private PresetLayout() {}

  public static SizePreset of(SizePreset p, ChartModel model, Theme theme) {
    if (!p.grows()) {
      return p;
    }
    Frame sized = model.frame().sized((int) Math.floor(p.layoutWidth()), (int) Math.floor(p.layoutHeight()));
    Rectangle2D area = Layout.plotArea(sized, theme);
    double lacking = PlotFit.of(model, theme, area).height() - Layout.plotRoom(sized, theme);
    return p.grownTo(sized.height() + lacking);
  }
}
