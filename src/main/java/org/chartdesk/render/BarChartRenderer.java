package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.Datum;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Horizontal bars from zero, names in a column on the left where long names read without
 * turning the head, each bar's value at its end. A category without a value says so.
 */
final class BarChartRenderer {
  /** The thickest a bar gets, however few there are. */
  private static final double MAX_BAR = 34;

  private BarChartRenderer() {}

  static JFreeChart render(BarChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, BarChartModel m, Theme theme) {
    RowsLayout rows = RowsLayout.draw(g, area, m.categories(), m.nameColumn(), m.min(), m.max(), m.format(),
        m.frame().locale(), m.valueLabel(), theme);
    Font valueFont = rows.valueFont();
    Font small = rows.small();
    double left = rows.left();
    ValueScale scale = rows.scale();
    double bar = Math.min(MAX_BAR, rows.markSlot() * 0.62);
    for (int i = 0; i < m.categories().size(); i++) {
      double mid = rows.mid(i);
      String name = m.categories().get(i).label();
      rows.drawName(g, i, name, theme, area);
      Datum d = m.values().get(i);
      if (d.missing()) {
        Text.draw(g, m.frame().locale().noFigure(), small, theme.secondaryText(), scale.px(0) + 6, mid + Text.ascent(small) / 2 - 1);
        continue;
      }
      double x0 = Math.min(scale.px(0), scale.px(d.value()));
      double x1 = Math.max(scale.px(0), scale.px(d.value()));
      // With a highlight, the picked bars keep the colour and the rest are muted.
      java.awt.Color fill = m.frame().standsOut(m.categories().get(i).key()) ? theme.series(0) : theme.muted();
      g.setPaint(fill);
      g.fill(new Rectangle2D.Double(x0, mid - bar / 2, x1 - x0, bar));
      double w = Text.width(d.label(), valueFont);
      double baseline = mid + Text.ascent(valueFont) / 2 - 1;
      boolean negative = d.value() < 0;
      double outside = negative ? x0 - 6 - w : x1 + 6;
      if (outside + w <= area.getMaxX() && outside >= left) {
        Text.draw(g, d.label(), valueFont, theme.text(), outside, baseline);
      } else {
        // No room beyond the bar's end: the label goes just inside it, in a colour that reads on it.
        Text.draw(g, d.label(), valueFont, Ink.on(fill, theme), negative ? x0 + 6 : x1 - 6 - w, baseline);
      }
    }
  }
}
