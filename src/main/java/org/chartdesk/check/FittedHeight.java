package org.chartdesk.check;

import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;

/**
 * The height of a chart whose spec sets none. A table, and a timeline across the page, is as tall as
 * its title, rows (or lanes) and footer: five rows on the default 675-pixel canvas left a third of
 * the image blank, and forty ran off it; two lanes of five events left a band above and below. A
 * chart of a row per name (bars, dots, ranges, dumbbells, a timeline's list) grows as tall as its
 * rows need, as a page scrolls: thirty states' bars were refused as 172 px too short. Measured as the
 * lint measures, so the build draws the canvas it passed.
 */
public final class FittedHeight {
  private FittedHeight() {}

  /** The least height a spec may set; a fitted chart is never shorter. */
  private static final int LEAST = 150;

  public static ChartModel of(ChartModel m) {
    boolean rows = m instanceof TableChartModel || m instanceof BarChartModel || m instanceof DotChartModel
        || m instanceof RangeChartModel || m instanceof DumbbellChartModel
        || m instanceof TimelineChartModel;
    if (!rows) {
      return m;
    }
    Frame f = m.frame();
    Theme theme = Theme.named(f.theme());
    double lacking = PlotFit.of(m, theme, Layout.plotArea(f, theme)).height() - Layout.plotRoom(f, theme);
    // A table and a timeline across the page fit, shorter or taller; the others only grow.
    Frame fitted = f.sized(f.width(), Math.max(LEAST, (int) Math.ceil(f.height() + lacking)));
    if (m instanceof TableChartModel t) {
      return new TableChartModel(fitted, t.dataset(), t.headers(), t.numeric(), t.cells(), t.sources(), t.altText(), t.columns());
    }
    if (m instanceof TimelineChartModel t && !t.vertical()) {
      return new TimelineChartModel(fitted, t.dataset(), t.lanes(), t.events(), t.from(), t.to(), false, t.altText());
    }
    if (lacking <= 0) {
      return m;
    }
    if (m instanceof BarChartModel b) {
      return new BarChartModel(fitted, b.dataset(), b.encoding(), b.valueLabel(), b.format(), b.categories(),
          b.values(), b.min(), b.max(), b.altText(), b.nameColumn());
    } else if (m instanceof DotChartModel d) {
      return new DotChartModel(fitted, d.dataset(), d.valueLabel(), d.format(), d.categories(), d.values(), d.min(),
          d.max(), d.stems(), d.altText(), d.nameColumn());
    } else if (m instanceof RangeChartModel r) {
      return new RangeChartModel(fitted, r.dataset(), r.groups(), r.rows(), r.spans(), r.marks(), r.marksLegend(),
          r.from(), r.to(), r.altText());
    } else if (m instanceof DumbbellChartModel d) {
      return new DumbbellChartModel(fitted, d.dataset(), d.groups(), d.groupKeys(), d.rows(), d.pairs(), d.from(),
          d.to(), d.altText());
    }
    TimelineChartModel t = (TimelineChartModel) m;
    return new TimelineChartModel(fitted, t.dataset(), t.lanes(), t.events(), t.from(), t.to(), true, t.altText());
  }
}
