package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.chartdesk.model.Datum;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * A dot per category on a value axis from zero, names on the left, each value beside its dot; a
 * lollipop puts each dot on a thin stem from zero, for a ranking where bars would be heavy.
 */
final class DotChartRenderer {
  private static final double DOT = 14;

  private DotChartRenderer() {}

  static JFreeChart render(DotChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, DotChartModel m, Theme theme) {
    RowsLayout rows = RowsLayout.draw(g, area, m.categories(), m.nameColumn(), m.min(), m.max(), m.format(),
        m.frame().locale(), m.valueLabel(), theme);
    Font valueFont = rows.valueFont();
    Font small = rows.small();
    double left = rows.left();
    double right = rows.right();
    ValueScale scale = rows.scale();
    for (int i = 0; i < m.categories().size(); i++) {
      double mid = rows.mid(i);
      rows.drawName(g, i, m.categories().get(i).label(), theme, area);
      Datum d = m.values().get(i);
      if (d.missing()) {
        Text.draw(g, m.frame().locale().noFigure(), small, theme.secondaryText(), scale.px(0) + 6, mid + Text.ascent(small) / 2 - 1);
        continue;
      }
      double x = scale.px(d.value());
      if (m.stems()) {
        g.setPaint(theme.series(0));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Line2D.Double(scale.px(0), mid, x, mid));
      } else {
        // A dot plot's guide: a faint line across the axis, so each dot reads against the same
        // start (from zero to the end, where no value is below zero; across both sides where some are).
        g.setPaint(theme.grid());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(Math.min(left, scale.px(0)), mid, right, mid));
      }
      g.setPaint(theme.series(0));
      g.fill(new Ellipse2D.Double(x - DOT / 2, mid - DOT / 2, DOT, DOT));
      double w = Text.width(d.label(), valueFont);
      // Away from zero: right of a dot above it, left of one below (on the right, "-45" crossed
      // the zero line); on the other side where that side has no room. On the left that is the
      // plot's edge: past it stand the names ("Soviet Union -1,900" read as one phrase).
      double after = x + DOT / 2 + 6;
      double before = x - DOT / 2 - 6 - w;
      double leftmost = rows.nameLine() == 0 ? left - 4 : area.getMinX();
      boolean leftOf = d.value() < 0 ? before >= leftmost : after + w > area.getMaxX();
      double lx = leftOf ? before : after;
      double baseline = mid + Text.ascent(valueFont) / 2 - 1;
      // A value just below zero with no room on its left (a phone's narrow axis) would run right
      // across the zero line, "-2.9" struck through: it stands over its dot where the row has room.
      double zero = scale.px(0);
      if (!leftOf && d.value() < 0 && after + w > zero - 2
          && rows.markSlot() / 2 >= DOT / 2 + 4 + Text.lineHeight(valueFont)) {
        lx = x - w / 2;
        baseline = mid - DOT / 2 - 4 - (Text.lineHeight(valueFont) - Text.ascent(valueFont));
      }
      if (m.stems() && lx < Math.max(zero, x) && lx + w > Math.min(zero, x) && baseline > mid) {
        // Beside its dot towards zero, a value stands on its own stem ("over 12.4" struck through):
        // the stem gives way to it.
        g.setPaint(theme.background());
        g.fill(new Rectangle2D.Double(lx - 3, mid - 2, w + 6, 4));
      }
      Text.draw(g, d.label(), valueFont, theme.text(), lx, baseline);
    }
  }
}
