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
import org.chartdesk.theme.TableLayout;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * The rows as a typeset table: bold headers over a rule, hairlines between rows, numbers set
 * right so their digits line up, long text wrapped within its column. Narrow columns keep their
 * natural width; the wide ones share what is left in proportion. When the columns cannot fit
 * without breaking words (on a phone), the rows stand one under another instead.
 */
final class TableChartRenderer {
  private TableChartRenderer() {}

  static JFreeChart render(TableChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, TableChartModel m, Theme theme) {
    Font head = Fonts.bold(theme.bodySize());
    Font body = Fonts.regular(theme.bodySize());
    if (TableLayout.stacked(m.headers(), m.cells(), area.getWidth(), head, body)) {
      drawStacked(g, area, m, theme, head, body);
      return;
    }
    double[] widths = TableLayout.widths(m.headers(), m.numeric(), m.cells(), area.getWidth(), head, body);
    double lh = Text.lineHeight(body);
    double y = area.getMinY();
    List<List<String>> headLines = new ArrayList<>();
    int headRows = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = TableLayout.lines(m.headers().get(c), head, widths[c]);
      headLines.add(lines);
      headRows = Math.max(headRows, lines.size());
    }
    row(g, headLines, m.numeric(), widths, area.getMinX(), y, head, theme, Text.lineHeight(head));
    y += headRows * Text.lineHeight(head) + TableLayout.ROW_GAP;
    g.setPaint(theme.axis());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(area.getMinX(), y, area.getMaxX(), y));
    for (List<String> cells : m.cells()) {
      List<List<String>> lines = new ArrayList<>();
      int rows = 1;
      for (int c = 0; c < widths.length; c++) {
        List<String> l = TableLayout.lines(cells.get(c), body, widths[c]);
        lines.add(l);
        rows = Math.max(rows, l.size());
      }
      y += TableLayout.ROW_GAP;
      row(g, lines, m.numeric(), widths, area.getMinX(), y, body, theme, lh);
      y += rows * lh + TableLayout.ROW_GAP;
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(area.getMinX(), y, area.getMaxX(), y));
    }
  }

  /**
   * Rows one under another, as a table reads on a phone: each row's first cell as its title, then
   * its other fields as "Header: value", a hairline between rows.
   */
  private static void drawStacked(Graphics2D g, Rectangle2D area, TableChartModel m, Theme theme, Font head,
      Font body) {
    double width = area.getWidth();
    double y = area.getMinY();
    for (List<String> cells : m.cells()) {
      y += TableLayout.ROW_GAP;
      for (String line : TableLayout.titleLines(cells.get(0), head, width)) {
        Text.draw(g, line, head, theme.text(), area.getMinX(), y + Text.ascent(head));
        y += Text.lineHeight(head);
      }
      for (int c = 1; c < cells.size(); c++) {
        List<String> lines = TableLayout.fieldLines(m.headers().get(c), cells.get(c), body, width);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          double base = y + Text.ascent(body);
          if (cells.get(c).isEmpty() && i == lines.size() - 1 && line.endsWith(TableLayout.MISSING)) {
            // The field's name as any other, its dash in grey as in a column: the data gives nothing.
            String name = line.substring(0, line.length() - TableLayout.MISSING.length());
            Text.draw(g, name, body, theme.text(), area.getMinX(), base);
            Text.draw(g, TableLayout.MISSING, body, theme.secondaryText(), area.getMinX() + Text.width(name, body), base);
          } else {
            Text.draw(g, line, body, theme.text(), area.getMinX(), base);
          }
          y += Text.lineHeight(body);
        }
      }
      y += TableLayout.ROW_GAP;
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
        String text = line.isEmpty() ? TableLayout.MISSING : line;
        double tx = numeric.get(c) ? x + widths[c] - TableLayout.PAD - Text.width(text, font) : x;
        Text.draw(g, text, font, line.isEmpty() ? theme.secondaryText() : theme.text(), tx, base);
        base += lh;
      }
      x += widths[c];
    }
  }
}
