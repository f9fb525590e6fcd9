package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.DumbbellChartModel.Pair;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * A dot at each start and end on a year axis, joined by a bar, one row per name, grouped under
 * coloured headers. Each dot carries its year above it, so the exact years read without the
 * gridlines; on a narrow chart the years follow the name, on a line above the dots.
 */
final class DumbbellChartRenderer {
  private static final double DOT = 13;
  private static final double MAX_ROW = 56;
  /** The space under a row's dots, in the narrow layout. */
  private static final double ROW_GAP = 10;

  private DumbbellChartRenderer() {}

  static JFreeChart render(DumbbellChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, DumbbellChartModel m, Theme theme) {
    Font nameFont = Fonts.bold(theme.bodySize());
    Font yearFont = Fonts.regular(theme.smallSize());
    boolean headers = m.groups().size() > 1 || !m.groups().get(0).isEmpty();
    double nameWidth = m.rows().stream().mapToDouble(r -> Text.width(r.name(), nameFont)).max().orElse(0);
    double indent = headers ? 18 : 0;
    // Room for half a year label beyond the first and last dot.
    double inset = Text.width("0000", yearFont) / 2 + 2;
    // On a narrow chart the names stand above their rows, each with its years written after it
    // (or under it, where the two overrun the line): the dots then take the whole width, and the
    // years, which would crowd the dots of two close terms, read as text.
    boolean above = NarrowLayout.dumbbellNamesAbove(indent + nameWidth + 24, area.getWidth(), m.yearsByRow(),
        m.from(), m.to(), inset, yearFont);
    boolean yearsUnder = above && NarrowLayout.notesUnderNames(NarrowLayout.widestLine(
        m.rows().stream().map(DumbbellChartModel.Row::name).toList(), m.rowYears(), nameFont, yearFont),
        area.getWidth() - indent);
    double axisHeight = Text.lineHeight(Fonts.regular(theme.bodySize())) + 12;
    double header = headers ? Text.lineHeight(nameFont) + 12 : 0;
    double left = area.getMinX() + indent + (above ? 0 : nameWidth + 24) + inset;
    double right = area.getMaxX() - inset;
    TimeScale scale = new TimeScale(m.from(), m.to(), left, right);
    double groupGap = headers ? 10 : 0;
    double rows = area.getHeight() - axisHeight - (header + groupGap) * m.groups().size();
    double nameLines = Text.lineHeight(nameFont) + (yearsUnder ? Text.lineHeight(yearFont) : 0);
    // With the names in a column: each row has room for its years over its dots, and a row where
    // one hangs under its dot for that too; the lint counts the same (PlotFit.dumbbell).
    double over = DOT / 2 + 5 + Text.ascent(yearFont);
    double hung = 5 + Text.lineHeight(yearFont);
    double[] under = new double[m.rows().size()];
    double needed = 0;
    for (int r = 0; r < under.length; r++) {
      boolean hangs = !above && NarrowLayout.dumbbellYearsHang(indent + nameWidth + 24, area.getWidth(),
          m.yearsByRow().get(r), m.from(), m.to(), inset, yearFont);
      under[r] = DOT / 2 + (hangs ? hung : 0) + 4;
      needed += over + under[r];
    }
    double spare = Math.max(0, (rows - needed) / m.rows().size());
    double narrowRow = Math.min(nameLines + 4 + DOT + ROW_GAP + 16, rows / m.rows().size());
    double axisY = area.getMaxY() - axisHeight;
    for (int year : scale.acrossTicks(10, theme)) {
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(scale.px(year), area.getMinY(), scale.px(year), axisY));
    }
    double y = area.getMinY();
    for (int gi = 0; gi < m.groups().size(); gi++) {
      Color colour = theme.series(gi);
      if (headers) {
        y += gi == 0 ? 0 : groupGap;
        g.setPaint(colour);
        g.fill(new Rectangle2D.Double(area.getMinX(), y + 4, 12, 12));
        Text.draw(g, m.groups().get(gi), nameFont, theme.text(), area.getMinX() + 18, y + Text.ascent(nameFont) + 1);
        y += header;
      }
      for (int r = 0; r < m.rows().size(); r++) {
        if (m.rows().get(r).group() != gi) {
          continue;
        }
        String name = m.rows().get(r).name();
        // As tall as before where no year hangs (MAX_ROW at most); a row with a hung year taller.
        double rowHeight = above ? narrowRow
            : Math.min(MAX_ROW + under[r] - (DOT / 2 + 4), over + under[r] + spare);
        double mid;
        if (above) {
          double baseline = y + Text.ascent(nameFont) + 2;
          Text.draw(g, name, nameFont, theme.text(), area.getMinX() + indent, baseline);
          Text.draw(g, m.years(r), yearFont, theme.secondaryText(),
              area.getMinX() + indent + (yearsUnder ? 0 : Text.width(name, nameFont) + 8),
              baseline + (yearsUnder ? Text.lineHeight(yearFont) : 0));
          mid = y + nameLines + 4 + DOT / 2;
        } else {
          // The dots sit low in the row, leaving the room above them for their years, but not so
          // low that a year hung under its dot leaves the row.
          mid = Math.min(Math.max(y + rowHeight * 0.66, y + over), y + rowHeight - under[r]);
          Text.draw(g, name, nameFont, theme.text(), area.getMinX() + indent, mid + Text.ascent(nameFont) / 2 - 1);
        }
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : m.pairs()) {
          if (p.row() == r) {
            pair(g, scale, p, mid, colour, theme);
            pairs.add(p);
          }
        }
        if (!above) {
          years(g, scale, pairs, mid, theme, yearFont);
        }
        y += rowHeight;
      }
    }
    scale.drawHorizontalAxis(g, theme, axisY, left, right, 10);
  }

  private static void pair(Graphics2D g, TimeScale scale, Pair p, double mid, Color colour, Theme theme) {
    double x0 = scale.px(p.start());
    double x1 = scale.px(p.end());
    g.setPaint(colour);
    g.setStroke(new BasicStroke(4f));
    g.draw(new Line2D.Double(x0, mid, x1, mid));
    for (double x : new double[] {x0, x1}) {
      Dot.draw(g, x, mid, DOT, colour, theme);
    }
  }

  /**
   * A row's years, each centred over its dot; a year that would touch the one before it hangs
   * below its dot instead (where one under would touch another under, the chart takes its narrow
   * layout: NarrowLayout.dumbbellNamesAbove).
   */
  private static void years(Graphics2D g, TimeScale scale, List<Pair> pairs, double mid, Theme theme, Font font) {
    List<Year> years = new ArrayList<>();
    for (Pair p : pairs) {
      years.add(new Year(Integer.toString(p.start()), scale.px(p.start())));
      if (p.end() != p.start()) {
        years.add(new Year(Integer.toString(p.end()), scale.px(p.end())));
      }
    }
    years.sort(Comparator.comparingDouble(Year::x));
    double above = mid - DOT / 2 - 5;
    double below = mid + DOT / 2 + 5 + Text.ascent(font);
    double lastAbove = Double.NEGATIVE_INFINITY;
    for (Year y : years) {
      double w = Text.width(y.text(), font);
      double lx = y.x() - w / 2;
      boolean up = lx >= lastAbove + NarrowLayout.YEARS_APART;
      Text.draw(g, y.text(), font, theme.text(), lx, up ? above : below);
      if (up) {
        lastAbove = lx + w;
      }
    }
  }

  private record Year(String text, double x) {}
}
