package org.chartdesk.check;

import org.chartdesk.model.Frame;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.theme.Theme;

/**
 * A table whose spec sets no height is as tall as its title, rows and footer: a table of five rows
 * on the default 675-pixel canvas left a third of the image blank, and one of forty ran off it.
 * The height is measured as the lint measures the rows, so the build draws the canvas it passed.
 */
public final class TableHeight {
  private TableHeight() {}

  /** The least height a spec may set; a fitted table is never shorter. */
  private static final int LEAST = 150;

  public static TableChartModel fitted(TableChartModel m) {
    Frame f = m.frame();
    Theme theme = Theme.named(f.theme());
    double lacking = PlotFit.of(m, theme, Layout.plotArea(f, theme)).height() - Layout.plotRoom(f, theme);
    int height = Math.max(LEAST, (int) Math.ceil(f.height() + lacking));
    return new TableChartModel(f.sized(f.width(), height), m.dataset(), m.headers(), m.numeric(), m.cells(),
        m.sources(), m.altText());
  }
}
