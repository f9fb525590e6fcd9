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
      leftW = Math.max(leftW, Text.width(s.values().get(0).label(), label));
      rightW = Math.max(rightW, Text.width(rightLabel(s, several), label));
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

  private static String rightLabel(DataSeries s, boolean several) {
    return several ? s.values().get(1).label() + " " + s.name() : s.values().get(1).label();
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

  /** The values on one side, beside their dots, spread apart; a missing value says so at the axis' foot. */
  private static void sideLabels(Graphics2D g, SlopeChartModel m, int side, double x, ValueScale scale, Theme theme,
      boolean several) {
    Font font = Fonts.bold(theme.bodySize());
    Font small = Fonts.regular(theme.smallSize());
    double lh = Text.lineHeight(font);
    List<Integer> present = new ArrayList<>();
    for (int s = 0; s < m.series().size(); s++) {
      Datum d = m.series().get(s).values().get(side);
      if (d.missing()) {
        String t = m.frame().locale().noFigure();
        Text.draw(g, t, small, theme.secondaryText(), side == 0 ? x - 10 - Text.width(t, small) : x + 10,
            scale.px(0) - 6);
      } else {
        present.add(s);
      }
    }
    present.sort(Comparator.comparingDouble(s -> -m.series().get(s).values().get(side).value()));
    double[] want = new double[present.size()];
    double[] size = new double[present.size()];
    for (int k = 0; k < present.size(); k++) {
      want[k] = scale.px(m.series().get(present.get(k)).values().get(side).value()) - lh / 2;
      size[k] = lh;
    }
    // Spread within the scale, down to its foot: held above zero, a value below it was labelled
    // at the zero line, far from its dot.
    double[] at = Spread.along(want, size, scale.px(m.max()) - lh, scale.px(Math.min(0, m.min())));
    for (int k = 0; k < present.size(); k++) {
      DataSeries s = m.series().get(present.get(k));
      String t = side == 0 ? s.values().get(0).label() : rightLabel(s, several);
      double baseline = at[k] + lh / 2 + Text.ascent(font) / 2 - 1;
      Text.draw(g, t, font, theme.text(), side == 0 ? x - 12 - Text.width(t, font) : x + 12, baseline);
    }
  }
}
