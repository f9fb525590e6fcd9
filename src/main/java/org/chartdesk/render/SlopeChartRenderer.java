package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Two upright axes, one per year, and a line per series between its two values, on a value
 * scale from zero so the slope does not exaggerate the change. Values sit outside the axes,
 * spread so none overlaps; with several series the names go on the right.
 */
final class SlopeChartRenderer {
  private static final double DOT = 11;
  /** Wider than this, a slope flattens into a line that hides its change. */
  private static final double MAX_SPAN = 560;

  private SlopeChartRenderer() {}

  static JFreeChart render(SlopeChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, SlopeChartModel m, Theme theme) {
    Font label = Fonts.bold(theme.bodySize());
    Font name = Fonts.regular(theme.bodySize());
    Font small = Fonts.regular(theme.smallSize());
    boolean several = m.series().size() > 1;
    double leftW = 0;
    double rightW = 0;
    for (DataSeries s : m.series()) {
      leftW = Math.max(leftW, Text.width(sideLabel(m, s, 0, several), label));
      rightW = Math.max(rightW, Text.width(sideLabel(m, s, 1, several), label));
    }
    double tickW = ValueScale.labelWidth(m.min(), m.max(), m.format(), m.frame().locale(), theme);
    double gridLeft = area.getMinX() + tickW + 12;
    double xl = gridLeft + leftW + 24;
    double xr = Math.min(area.getMaxX() - rightW - 20, xl + MAX_SPAN);
    double headHeight = Text.lineHeight(label) + 12;
    double top = area.getMinY() + Text.lineHeight(small) + 10 + headHeight;
    double bottom = area.getMaxY() - 8;
    ValueScale scale = new ValueScale(m.min(), m.max(), bottom, top, m.format(), m.frame().locale());
    Text.draw(g, m.valueLabel(), small, theme.secondaryText(), area.getMinX(), area.getMinY() + Text.ascent(small));
    scale.gridAcross(g, theme, gridLeft, xr + rightW + 20);
    for (int side = 0; side < 2; side++) {
      double x = side == 0 ? xl : xr;
      g.setPaint(theme.axis());
      g.setStroke(new BasicStroke(1.2f));
      g.draw(new Line2D.Double(x, top, x, bottom));
      String year = m.categories().get(side).label();
      Text.draw(g, year, label, theme.text(), x - Text.width(year, label) / 2, top - 12);
    }
    for (int s = 0; s < m.series().size(); s++) {
      Datum a = m.series().get(s).values().get(0);
      Datum b = m.series().get(s).values().get(1);
      g.setPaint(theme.series(s));
      if (!a.missing() && !b.missing()) {
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(xl, scale.px(a.value()), xr, scale.px(b.value())));
      }
      dot(g, a, xl, scale, theme.series(s), theme);
      dot(g, b, xr, scale, theme.series(s), theme);
    }
    sideLabels(g, m, 0, xl, scale, theme, several);
    sideLabels(g, m, 1, xr, scale, theme, several);
  }

  /**
   * What stands beside a series' dot on one side: its value, and on the right its name too (on the
   * left, where the right has no figure). Where the source gives no figure, "no figure", named by
   * its series when there are several: a series without a figure on the right was left unnamed.
   */
  private static String sideLabel(SlopeChartModel m, DataSeries s, int side, boolean several) {
    Datum d = s.values().get(side);
    if (d.missing()) {
      return several ? s.name() + ": " + m.frame().locale().noFigure() : m.frame().locale().noFigure();
    }
    if (several && side == 0 && s.values().get(1).missing()) {
      return s.name() + " " + d.label();
    }
    return several && side == 1 ? d.label() + " " + s.name() : d.label();
  }

  private static void dot(Graphics2D g, Datum d, double x, ValueScale scale, java.awt.Color colour, Theme theme) {
    if (d.missing()) {
      return;
    }
    Ellipse2D e = new Ellipse2D.Double(x - DOT / 2, scale.px(d.value()) - DOT / 2, DOT, DOT);
    g.setPaint(colour);
    g.fill(e);
    g.setPaint(theme.background());
    g.setStroke(new BasicStroke(1.5f));
    g.draw(e);
  }

  /**
   * The values on one side, beside their dots, spread apart; each series without a figure says so
   * at the axis' foot, under the values, in small type, one above another.
   */
  private static void sideLabels(Graphics2D g, SlopeChartModel m, int side, double x, ValueScale scale, Theme theme,
      boolean several) {
    Font font = Fonts.bold(theme.bodySize());
    Font small = Fonts.regular(theme.smallSize());
    double foot = scale.px(Math.min(0, m.min()));
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < m.series().size(); s++) {
      order.add(s);
    }
    // Highest first, the series without a figure last, at the foot.
    order.sort(Comparator.comparingDouble(s -> {
      Datum d = m.series().get(s).values().get(side);
      return d.missing() ? Double.POSITIVE_INFINITY : -d.value();
    }));
    double[] want = new double[order.size()];
    double[] size = new double[order.size()];
    for (int k = 0; k < order.size(); k++) {
      Datum d = m.series().get(order.get(k)).values().get(side);
      size[k] = Text.lineHeight(d.missing() ? small : font);
      want[k] = (d.missing() ? foot - 6 : scale.px(d.value())) - size[k] / 2;
    }
    // Spread within the scale, down to its foot: held above zero, a value below it was labelled
    // at the zero line, far from its dot.
    double[] at = Spread.along(want, size, scale.px(m.max()) - Text.lineHeight(font), foot);
    for (int k = 0; k < order.size(); k++) {
      DataSeries s = m.series().get(order.get(k));
      boolean missing = s.values().get(side).missing();
      Font f = missing ? small : font;
      String t = sideLabel(m, s, side, several);
      double baseline = at[k] + size[k] / 2 + Text.ascent(f) / 2 - 1;
      Text.draw(g, t, f, missing ? theme.secondaryText() : theme.text(),
          side == 0 ? x - 12 - Text.width(t, f) : x + 12, baseline);
    }
  }
}
