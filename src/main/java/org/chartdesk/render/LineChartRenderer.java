package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Lines over evenly spaced years (or decades). A missing value breaks the line, so a gap shows
 * for as long as it lasts, and a lone value between gaps is a dot, never hidden. Several lines are
 * named at their ends instead of in a legend, the names spread apart so none overlaps; one line
 * carries its values at its points, and its gaps are labelled.
 */
final class LineChartRenderer {
  private static final double DOT = 10;
  /** Up to this many points, one line has every point marked. */
  private static final int FEW = 15;

  private LineChartRenderer() {}

  static JFreeChart render(LineChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, LineChartModel m, Theme theme) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    boolean several = m.series().size() > 1;
    double endRoom = 12;
    if (several) {
      for (DataSeries s : m.series()) {
        Datum last = s.values().get(s.values().size() - 1);
        endRoom = Math.max(endRoom, 12 + Text.width(s.name() + " ", name) + Text.width(last.label(), value));
      }
    }
    ColumnLayout layout = new ColumnLayout(g, area, theme, List.of(), m.valueLabel(), m.min(), m.max(), m.format(),
        endRoom, 1);
    int n = m.categories().size();
    // Room at each end for half the widest year or value label centred there, so none leaves the plot.
    double pad = Text.width(m.categories().get(n - 1).label(), value) / 2 + 4;
    if (!several) {
      Font bold = Fonts.bold(theme.bodySize());
      for (int i : new int[] {0, n - 1}) {
        pad = Math.max(pad, Text.width(m.series().get(0).values().get(i).label(), bold) / 2 + 8);
      }
    }
    double x0 = layout.left + pad;
    double step = n > 1 ? (layout.right - pad - x0) / (n - 1) : 0;
    java.util.function.IntToDoubleFunction x = i -> n > 1 ? x0 + step * i : (layout.left + layout.right) / 2;
    for (int s = 0; s < m.series().size(); s++) {
      // Dots on every point of one short line; several lines keep only lone points, to stay legible.
      drawSeries(g, m.series().get(s), layout, x, theme.series(s), theme, !several && n <= FEW);
    }
    if (several) {
      endLabels(g, m, layout, x, theme);
    } else {
      pointLabels(g, m.series().get(0), layout, x, theme, step);
      gapLabels(g, m, layout, x, theme);
    }
    layout.categoryLabels(g, theme, m.categories(), x);
  }

  private static void drawSeries(Graphics2D g, DataSeries s, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, java.awt.Color colour, Theme theme, boolean markAll) {
    List<Datum> v = s.values();
    g.setPaint(colour);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D path = new Path2D.Double();
    boolean open = false;
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).missing()) {
        open = false;
        continue;
      }
      double px = x.applyAsDouble(i);
      double py = layout.scale.px(v.get(i).value());
      if (open) {
        path.lineTo(px, py);
      } else {
        path.moveTo(px, py);
        open = true;
      }
    }
    g.draw(path);
    for (int i = 0; i < v.size(); i++) {
      boolean alone = (i == 0 || v.get(i - 1).missing()) && (i == v.size() - 1 || v.get(i + 1).missing());
      if (!v.get(i).missing() && (markAll || alone)) {
        double px = x.applyAsDouble(i);
        double py = layout.scale.px(v.get(i).value());
        Ellipse2D dot = new Ellipse2D.Double(px - DOT / 2, py - DOT / 2, DOT, DOT);
        g.setPaint(colour);
        g.fill(dot);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
      }
    }
  }

  /** One line: each value above its point where the labels have room, else the last and the highest. */
  private static void pointLabels(Graphics2D g, DataSeries s, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme, double step) {
    Font font = Fonts.bold(theme.bodySize());
    double widest = s.values().stream().mapToDouble(d -> Text.width(d.label(), font)).max().orElse(0);
    int last = -1;
    int highest = -1;
    for (int i = 0; i < s.values().size(); i++) {
      Datum d = s.values().get(i);
      if (!d.missing()) {
        last = i;
        if (highest < 0 || d.value() > s.values().get(highest).value()) {
          highest = i;
        }
      }
    }
    for (int i = 0; i < s.values().size(); i++) {
      Datum d = s.values().get(i);
      if (d.missing() || (widest + 8 > step && i != last && i != highest)) {
        continue;
      }
      String t = d.label();
      Text.draw(g, t, font, theme.text(), x.applyAsDouble(i) - Text.width(t, font) / 2,
          layout.scale.px(d.value()) - DOT / 2 - 6);
    }
  }

  /** Each stretch without figures is named, so a reader sees it is unknown, not empty. */
  private static void gapLabels(Graphics2D g, LineChartModel m, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme) {
    Font font = Fonts.regular(theme.smallSize());
    List<Datum> v = m.series().get(0).values();
    int i = 0;
    while (i < v.size()) {
      if (!v.get(i).missing()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < v.size() && v.get(j + 1).missing()) {
        j++;
      }
      String when = m.categories().get(i).label() + (j > i ? "–" + m.categories().get(j).label() : "");
      String text = "no figure" + (j > i ? "s " : " ") + when;
      double cx = (x.applyAsDouble(i) + x.applyAsDouble(j)) / 2;
      Text.draw(g, text, font, theme.secondaryText(), cx - Text.width(text, font) / 2, layout.scale.px(0) - 8);
      i = j + 1;
    }
  }

  /** Names (and last values) at the lines' ends, spread so none overlaps, with a leader if moved. */
  private static void endLabels(Graphics2D g, LineChartModel m, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    double lh = Text.lineHeight(name);
    List<int[]> ends = new ArrayList<>();
    for (int s = 0; s < m.series().size(); s++) {
      List<Datum> v = m.series().get(s).values();
      for (int i = v.size() - 1; i >= 0; i--) {
        if (!v.get(i).missing()) {
          ends.add(new int[] {s, i});
          break;
        }
      }
    }
    ends.sort(Comparator.comparingDouble(e -> -m.series().get(e[0]).values().get(e[1]).value()));
    double[] want = new double[ends.size()];
    double[] size = new double[ends.size()];
    for (int k = 0; k < ends.size(); k++) {
      int[] e = ends.get(k);
      want[k] = layout.scale.px(m.series().get(e[0]).values().get(e[1]).value()) - lh / 2;
      size[k] = lh;
    }
    double[] at = Spread.along(want, size, layout.top - lh / 2, layout.bottom + lh / 2);
    for (int k = 0; k < ends.size(); k++) {
      int[] e = ends.get(k);
      DataSeries s = m.series().get(e[0]);
      double px = x.applyAsDouble(e[1]) + DOT / 2 + 4;
      double mid = at[k] + lh / 2;
      double py = want[k] + lh / 2;
      double tx = px + 8;
      g.setPaint(theme.series(e[0]));
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(px, py, tx - 2, mid));
      String label = s.name() + " ";
      double baseline = mid + Text.ascent(name) / 2 - 1;
      Text.draw(g, label, name, theme.text(), tx, baseline);
      Text.draw(g, s.values().get(e[1]).label(), value, theme.text(), tx + Text.width(label, name), baseline);
    }
  }
}
