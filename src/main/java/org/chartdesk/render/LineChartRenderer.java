package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.model.Callout;
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
    int n = m.categories().size();
    // Room at each end for half the widest year or value label centred there, so none leaves the plot.
    double pad = Text.width(m.categories().get(n - 1).label(), value) / 2 + 4;
    if (!several) {
      Font bold = Fonts.bold(theme.bodySize());
      for (int i : new int[] {0, n - 1}) {
        pad = Math.max(pad, Text.width(m.series().get(0).values().get(i).label(), bold) / 2 + 8);
      }
    }
    double left = ColumnLayout.left(area, m.min(), m.max(), m.format(), m.frame().locale(), theme);
    double right = area.getMaxX() - endRoom;
    double x0 = left + pad;
    double step = n > 1 ? (right - pad - x0) / (n - 1) : 0;
    java.util.function.IntToDoubleFunction x = i -> n > 1 ? x0 + step * i : (left + right) / 2;
    AnnotationLayer marks = new AnnotationLayer(m.frame().annotations(), AnnotationLayer.slots(m.categories(), x0, step),
        right, theme);
    ColumnLayout layout = new ColumnLayout(g, area, theme, List.of(), m.valueLabel(), m.min(), m.max(), m.format(), m.frame().locale(),
        endRoom, 1, marks.height());
    marks.drawSpans(g, layout.top, layout.bottom);
    marks.drawLinesAndLabels(g, layout.top - marks.height(), layout.bottom);
    List<Shape> drawn = new ArrayList<>();
    // Muted lines first, so the highlighted ones cross over them.
    for (boolean front : new boolean[] {false, true}) {
      for (int s = 0; s < m.series().size(); s++) {
        if (m.frame().standsOut(m.series().get(s).key()) == front) {
          // Dots on every point of one short line; several lines keep only lone points, to stay legible.
          drawSeries(g, m.series().get(s), layout, x, colour(m, s, theme), theme, !several && n <= FEW, drawn);
        }
      }
    }
    if (several) {
      endLabels(g, m, layout, x, theme, drawn);
    } else {
      pointLabels(g, m.series().get(0), layout, x, theme, step, drawn);
      gapLabels(g, m, layout, x, theme, drawn);
    }
    callouts(g, m, layout, x, theme, drawn);
    layout.categoryLabels(g, theme, m.categories(), x);
  }

  private static java.awt.Color colour(LineChartModel m, int s, Theme theme) {
    return m.frame().standsOut(m.series().get(s).key()) ? theme.series(s) : theme.muted();
  }

  /** The editor's notes at points, placed clear of the lines, dots and labels already drawn. */
  private static void callouts(Graphics2D g, LineChartModel m, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme, List<Shape> drawn) {
    CalloutLayer notes = new CalloutLayer(theme,
        new Rectangle2D.Double(layout.left, layout.top, layout.right - layout.left, layout.bottom - layout.top));
    drawn.forEach(notes::avoid);
    List<String> keys = m.categories().stream().map(org.chartdesk.model.Category::key).toList();
    for (Callout c : m.frame().callouts()) {
      DataSeries s = c.series() == null ? m.series().get(0)
          : m.series().stream().filter(d -> d.key().equals(c.series())).findFirst().orElseThrow();
      int i = keys.indexOf(c.category());
      notes.place(c, x.applyAsDouble(i), layout.scale.px(s.values().get(i).value()));
    }
    notes.draw(g);
  }

  private static void drawSeries(Graphics2D g, DataSeries s, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, java.awt.Color colour, Theme theme, boolean markAll,
      List<Shape> drawn) {
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
        drawn.add(new Line2D.Double(path.getCurrentPoint(), new java.awt.geom.Point2D.Double(px, py)));
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
        drawn.add(dot);
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
      java.util.function.IntToDoubleFunction x, Theme theme, double step, List<Shape> drawn) {
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
      drawn.add(centred(g, d.label(), font, theme.text(), x.applyAsDouble(i), layout.scale.px(d.value()) - DOT / 2 - 6));
    }
  }

  /** Each stretch without figures is named, so a reader sees it is unknown, not empty. */
  private static void gapLabels(Graphics2D g, LineChartModel m, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme, List<Shape> drawn) {
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
      String text = (j > i ? m.frame().locale().noFigures() : m.frame().locale().noFigure()) + " " + when;
      double cx = (x.applyAsDouble(i) + x.applyAsDouble(j)) / 2;
      drawn.add(centred(g, text, font, theme.secondaryText(), cx, layout.scale.px(0) - 8));
      i = j + 1;
    }
  }

  /** Draws text centred on x, and returns the box it covers. */
  private static Rectangle2D centred(Graphics2D g, String s, Font font, java.awt.Color ink, double x, double baseline) {
    double w = Text.width(s, font);
    Text.draw(g, s, font, ink, x - w / 2, baseline);
    return new Rectangle2D.Double(x - w / 2, baseline - Text.ascent(font), w, Text.lineHeight(font));
  }

  /** Names (and last values) at the lines' ends, spread so none overlaps, with a leader if moved. */
  private static void endLabels(Graphics2D g, LineChartModel m, ColumnLayout layout,
      java.util.function.IntToDoubleFunction x, Theme theme, List<Shape> drawn) {
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
      g.setPaint(colour(m, e[0], theme));
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(px, py, tx - 2, mid));
      String label = s.name() + " ";
      double baseline = mid + Text.ascent(name) / 2 - 1;
      java.awt.Color ink = m.frame().standsOut(s.key()) ? theme.text() : theme.secondaryText();
      Text.draw(g, label, name, ink, tx, baseline);
      Text.draw(g, s.values().get(e[1]).label(), value, ink, tx + Text.width(label, name), baseline);
      drawn.add(new Rectangle2D.Double(tx, at[k], Text.width(label, name) + Text.width(s.values().get(e[1]).label(), value), lh));
    }
  }
}
