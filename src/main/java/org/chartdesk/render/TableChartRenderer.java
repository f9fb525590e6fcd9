package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * The rows as a typeset table: bold headers over a rule, hairlines between rows, numbers set
 * right so their digits line up, long text wrapped within its column. Narrow columns keep their
 * natural width; the wide ones share what is left in proportion.
 */
final class TableChartRenderer {
  private static final double PAD = 20;
  private static final String MISSING = "–";

  private TableChartRenderer() {}

  static JFreeChart render(TableChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, TableChartModel m, Theme theme) {
    Font head = Fonts.bold(theme.bodySize());
    Font body = Fonts.regular(theme.bodySize());
    double[] widths = widths(m, area.getWidth(), head, body);
    double lh = Text.lineHeight(body);
    double y = area.getMinY();
    List<List<String>> headLines = new ArrayList<>();
    int headRows = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = Text.wrap(m.headers().get(c), head, widths[c] - PAD);
      headLines.add(lines);
      headRows = Math.max(headRows, lines.size());
    }
    row(g, headLines, m.numeric(), widths, area.getMinX(), y, head, theme, Text.lineHeight(head));
    y += headRows * Text.lineHeight(head) + 8;
    g.setPaint(theme.axis());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(area.getMinX(), y, area.getMaxX(), y));
    for (List<String> cells : m.cells()) {
      List<List<String>> lines = new ArrayList<>();
      int rows = 1;
      for (int c = 0; c < widths.length; c++) {
        List<String> l = cells.get(c).isEmpty() ? List.of("") : Text.wrap(cells.get(c), body, widths[c] - PAD);
        lines.add(l);
        rows = Math.max(rows, l.size());
      }
      y += 8;
      row(g, lines, m.numeric(), widths, area.getMinX(), y, body, theme, lh);
      y += rows * lh + 8;
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(area.getMinX(), y, area.getMaxX(), y));
    }
  }

  /** One row of cells; an empty cell shows a dash in the secondary colour: the data gives nothing. */
  private static void row(Graphics2D g, List<List<String>> cells, List<Boolean> numeric, double[] widths, double x,
      double top, Font font, Theme theme, double lh) {
    for (int c = 0; c < widths.length; c++) {
      double base = top + Text.ascent(font);
      for (String line : cells.get(c)) {
        String text = line.isEmpty() ? MISSING : line;
        double tx = numeric.get(c) ? x + widths[c] - PAD - Text.width(text, font) : x;
        Text.draw(g, text, font, line.isEmpty() ? theme.secondaryText() : theme.text(), tx, base);
        base += lh;
      }
      x += widths[c];
    }
  }

  /** Column widths: each its natural width if all fit, else the wide columns share what is left. */
  private static double[] widths(TableChartModel m, double available, Font head, Font body) {
    int n = m.headers().size();
    double[] natural = new double[n];
    for (int c = 0; c < n; c++) {
      natural[c] = Text.width(m.headers().get(c), head);
      for (List<String> row : m.cells()) {
        natural[c] = Math.max(natural[c], Text.width(row.get(c), body));
      }
      natural[c] += PAD;
    }
    double total = java.util.Arrays.stream(natural).sum();
    if (total <= available) {
      // Spare width goes to the last column, so the rules run the full width.
      natural[n - 1] += available - total;
      return natural;
    }
    double fair = available / n;
    double narrow = 0;
    double wide = 0;
    for (double w : natural) {
      if (w <= fair) {
        narrow += w;
      } else {
        wide += w;
      }
    }
    double[] out = new double[n];
    for (int c = 0; c < n; c++) {
      out[c] = natural[c] <= fair ? natural[c] : natural[c] / wide * (available - narrow);
    }
    return out;
  }
}
