package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.chartdesk.model.Category;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * A grid of small charts, one per panel, on one shared value scale and one shared category axis,
 * so heights compare across panels at a glance. Tick values are written once per row of panels;
 * every panel is titled, and in one colour, since position already tells them apart.
 */
final class SmallMultiplesChartRenderer {
  private static final double GUTTER = 28;
  private static final double COLUMN = 0.62;

  private SmallMultiplesChartRenderer() {}

  static JFreeChart render(SmallMultiplesChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, SmallMultiplesChartModel m, Theme theme) {
    Font small = Fonts.regular(theme.smallSize());
    Font title = Fonts.bold(theme.bodySize());
    int n = m.panels().size();
    int cols = NarrowLayout.panelColumns(n, area.getWidth(),
        m.panels().stream().mapToDouble(p -> Text.width(p.name(), title)).max().orElse(0));
    int rows = (n + cols - 1) / cols;
    double tickW = ValueScale.labelWidth(m.min(), m.max(), m.format(), m.frame().locale(), theme) + 12;
    double titleRow = Text.lineHeight(small) + 10;
    Text.draw(g, m.valueLabel(), small, theme.secondaryText(), area.getMinX(), area.getMinY() + Text.ascent(small));
    double gridTop = area.getMinY() + titleRow;
    double panelW = (area.getWidth() - tickW - GUTTER * (cols - 1)) / cols;
    double panelH = (area.getMaxY() - gridTop - GUTTER * (rows - 1)) / rows;
    List<Panel> panels = new java.util.ArrayList<>();
    for (int p = 0; p < n; p++) {
      double x = area.getMinX() + tickW + (p % cols) * (panelW + GUTTER);
      double y = gridTop + (p / cols) * (panelH + GUTTER);
      panels.add(new Panel(m, new Rectangle2D.Double(x, y, panelW, panelH), title, small));
    }
    // Columns' values are written on every panel or on none: in a short panel (a phone's) a
    // deficit's "-3.3" ran into the year under it and "-1.1" into "-0.5" beside it.
    Font label = Fonts.bold(theme.smallSize());
    boolean labelled = m.mark().equals("column") && java.util.stream.IntStream.range(0, n)
        .noneMatch(p -> panels.get(p).labelsCross(m.panels().get(p).values(), label));
    for (int p = 0; p < n; p++) {
      Panel panel = panels.get(p);
      DataSeries s = m.panels().get(p);
      Text.draw(g, s.name(), title, theme.text(), panel.box.getMinX(), panel.box.getMinY() + Text.ascent(title));
      panel.scale.gridAcross(g, theme, panel.box.getMinX(), panel.box.getMaxX(), p % cols == 0);
      if (m.mark().equals("line")) {
        line(g, s.values(), panel.scale, panel::x, theme);
      } else {
        panel.columns(g, s.values(), theme, m.frame().locale().say("no_figure_short"), labelled ? label : null);
      }
      labels(g, m.categories(), panel::x, panel.slot, panel.box, panel.bottom, theme, small);
    }
  }

  /** Where one panel's plot stands: its box, the foot of its plot, its scale and its slots. */
  private static final class Panel {
    final Rectangle2D box;
    final double bottom;
    final ValueScale scale;
    final double slot;

    Panel(SmallMultiplesChartModel m, Rectangle2D box, Font title, Font axis) {
      this.box = box;
      double top = box.getMinY() + Text.lineHeight(title) + 10;
      bottom = box.getMaxY() - Text.lineHeight(axis) - 10;
      scale = new ValueScale(m.min(), m.max(), bottom, top, m.format(), m.frame().locale());
      slot = box.getWidth() / m.categories().size();
    }

    double x(int i) {
      return box.getMinX() + slot * (i + 0.5);
    }

    /** Where a figure's value is written: over its column, or under one below zero; null for none. */
    Rectangle2D labelBox(int i, Datum d, Font font) {
      // Zero needs no label: the empty slot on the baseline is the zero.
      if (d.missing() || d.value() == 0) {
        return null;
      }
      double w = Text.width(d.label(), font);
      double y = scale.px(d.value());
      double baseline = d.value() > 0 ? y - 4 : y + Text.ascent(font) + 4;
      return new Rectangle2D.Double(x(i) - w / 2, baseline - Text.ascent(font), w, Text.ascent(font));
    }

    /** Whether a value would be wider than its slot, meet its neighbour's, or reach the years under the plot. */
    boolean labelsCross(List<Datum> values, Font font) {
      Rectangle2D previous = null;
      for (int i = 0; i < values.size(); i++) {
        Rectangle2D b = labelBox(i, values.get(i), font);
        if (b == null) {
          previous = null;
          continue;
        }
        if (b.getWidth() > slot || b.getMaxY() > bottom + 4 || (previous != null && previous.intersects(b))) {
          return true;
        }
        previous = b;
      }
      return false;
    }

    /**
     * The panel's columns; a gap keeps its "no figure", or where that is too wide, the short form,
     * or where even that is, nothing.
     */
    void columns(Graphics2D g, List<Datum> values, Theme theme, String noFigureShort, Font label) {
      Font small = Fonts.regular(theme.smallSize());
      double w = slot * COLUMN;
      double base = scale.px(0);
      for (int i = 0; i < values.size(); i++) {
        Datum d = values.get(i);
        double cx = x(i);
        if (d.missing()) {
          // The short form may reach the neighbours' gaps, not their columns; where it would, the
          // chart's note says which figures the source does not give.
          String t = Text.width(d.label(), small) <= slot ? d.label() : noFigureShort;
          if (Text.width(t, small) <= 2 * slot - w - 2) {
            Text.draw(g, t, small, theme.secondaryText(), cx - Text.width(t, small) / 2, base - 4);
          }
          continue;
        }
        double y = scale.px(d.value());
        g.setPaint(theme.series(0));
        g.fill(new Rectangle2D.Double(cx - w / 2, Math.min(y, base), w, Math.abs(base - y)));
        Rectangle2D b = label == null ? null : labelBox(i, d, label);
        if (b != null) {
          Text.draw(g, d.label(), label, theme.text(), b.getX(), b.getMaxY());
        }
      }
    }
  }

  private static void line(Graphics2D g, List<Datum> values, ValueScale scale, IntToDoubleFunction x, Theme theme) {
    Path2D path = new Path2D.Double();
    boolean open = false;
    g.setPaint(theme.series(0));
    for (int i = 0; i < values.size(); i++) {
      Datum d = values.get(i);
      if (d.missing()) {
        open = false;
        continue;
      }
      boolean alone = (i == 0 || values.get(i - 1).missing()) && (i == values.size() - 1 || values.get(i + 1).missing());
      if (alone) {
        g.fill(new Ellipse2D.Double(x.applyAsDouble(i) - 4, scale.px(d.value()) - 4, 8, 8));
      }
      if (open) {
        path.lineTo(x.applyAsDouble(i), scale.px(d.value()));
      } else {
        path.moveTo(x.applyAsDouble(i), scale.px(d.value()));
        open = true;
      }
    }
    g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
  }

  /**
   * Category labels under a panel: the first, the last, and as many between as fit, evenly spaced
   * where a step that fits reaches the last (1900s, 1930s, 1960s, 1990s: every other decade then
   * a jump from the 1960s to the 1990s misread the spacing), else the first and last alone; none
   * past the panel's sides, where it would meet the next panel's or be cut at the chart's edge.
   */
  private static void labels(Graphics2D g, List<Category> categories, IntToDoubleFunction x, double slot,
      Rectangle2D box, double bottom, Theme theme, Font font) {
    double widest = categories.stream().mapToDouble(c -> Text.width(c.label(), font)).max().orElse(0);
    int least = Math.max(1, (int) Math.ceil((widest + 16) / slot));
    int last = categories.size() - 1;
    // Where no step near the least reaches the last evenly, the first and last alone: 1985, 1987
    // and 1990 read as evenly spaced years.
    int every = last;
    for (int step = least; step <= Math.min(last, 2 * least); step++) {
      if (last % step == 0) {
        every = step;
        break;
      }
    }
    for (int i = 0; i <= last; i++) {
      boolean shown = i % every == 0 && (i == last || last - i >= every);
      if (shown || i == last) {
        String s = categories.get(i).label();
        double w = Text.width(s, font);
        double lx = Math.max(box.getMinX(), Math.min(box.getMaxX() - w, x.applyAsDouble(i) - w / 2));
        Text.draw(g, s, font, theme.secondaryText(), lx, bottom + 8 + Text.ascent(font));
      }
    }
  }
}
