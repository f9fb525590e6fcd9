package org.chartdesk.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.model.StackedColumnChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Phrases;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Columns stacked from zero, the first series at the bottom, named in a key above. Each segment
 * tall enough carries its value; each column's total sits on top. With percent, every column
 * reaches 100% and the count it stands for is written under its category, because a share of
 * two is not a share of two hundred.
 */
final class StackedColumnChartRenderer {
  private static final double COLUMN = 0.6;
  private static final double MAX_COLUMN = 96;

  private StackedColumnChartRenderer() {}

  static JFreeChart render(StackedColumnChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, StackedColumnChartModel m, Theme theme) {
    List<String> names = m.series().stream().map(DataSeries::name).toList();
    String format = m.percent() ? ValueScale.PERCENT : m.format();
    String axisLabel = m.percent() ? m.frame().locale().shareOf(m.valueLabel()) : m.valueLabel();
    Font inside = Fonts.regular(theme.smallSize());
    // Under each year of a 100% stack, the number it stands for, wrapped to its slot: on a phone
    // "3.1 billion roubles" ran into the next year's.
    double slotWidth = (area.getMaxX() - 8 - ColumnLayout.left(area, 0, m.max(), format, m.frame().locale(), theme))
        / m.categories().size();
    List<List<String>> counts = new ArrayList<>();
    for (int c = 0; c < m.categories().size() && m.percent(); c++) {
      counts.add(m.empty(c) ? List.of() : Text.wrap(m.frame().locale().say("total_of", "n", total(m, c), "value",
          m.valueLabel(), "value_lower", Phrases.lowerFirst(m.valueLabel())), inside, slotWidth - 8));
    }
    // Where a word of one is wider than its slot (sixteen years on a phone), none is written: they
    // ran into each other. The alt text and the workbook give every total.
    if (counts.stream().flatMap(List::stream).anyMatch(line -> Text.width(line, inside) > slotWidth - 4)) {
      counts.replaceAll(lines -> List.of());
    }
    int countLines = counts.stream().mapToInt(List::size).max().orElse(0);
    ColumnLayout layout = new ColumnLayout(g, area, theme, names, axisLabel, 0, m.max(), format, m.frame().locale(), 8,
        1 + countLines);
    double slot = (layout.right - layout.left) / m.categories().size();
    double width = Math.min(MAX_COLUMN, slot * COLUMN);
    // Totals on top in one face: bold, or small where one is wider than its slot, or none where
    // even so (on a phone, sixteen years' "4.52" ran into "4.30").
    Font total = totalsFace(m, slot, Fonts.bold(theme.bodySize()), inside);
    for (int c = 0; c < m.categories().size(); c++) {
      double x = layout.left + slot * (c + 0.5) - width / 2;
      double level = 0;
      final int ci = c;
      // A column of one segment needs no inner label: its total on top says the same.
      boolean single = java.util.stream.IntStream.range(0, m.series().size()).filter(s -> m.height(s, ci) > 0).count() < 2;
      for (int s = 0; s < m.series().size(); s++) {
        Datum d = m.series().get(s).values().get(c);
        double h = m.height(s, c);
        if (d.missing() || h == 0) {
          continue;
        }
        double y0 = layout.scale.px(level);
        double y1 = layout.scale.px(level + h);
        Color fill = theme.series(s);
        g.setPaint(fill);
        g.fill(new Rectangle2D.Double(x, y1, width, y0 - y1));
        // A hairline in the background colour separates segments of similar colours.
        g.setPaint(theme.background());
        g.draw(new Line2D.Double(x, y1, x + width, y1));
        String text = m.percent() ? NumberStyle.format(h, ValueScale.PERCENT, m.frame().locale()) : d.label();
        if ((!single || m.percent()) && y0 - y1 >= Text.lineHeight(inside) + 2 && Text.width(text, inside) <= width - 6) {
          Text.draw(g, text, inside, Ink.on(fill, theme), x + width / 2 - Text.width(text, inside) / 2,
              (y0 + y1) / 2 + Text.ascent(inside) / 2 - 1);
        }
        level += h;
      }
      double cx = x + width / 2;
      if (m.empty(c)) {
        // A year without a figure is a gap, not a total of 0: said where the column would stand.
        GroupedColumnChartRenderer.noFigure(g, m.frame().locale(), inside, slot - 12, slot - 2, cx, layout.scale.px(0),
            theme);
        continue;
      }
      if (m.percent()) {
        Font body = Fonts.regular(theme.bodySize());
        double y = layout.bottom + 8 + Text.lineHeight(body) + Text.ascent(inside);
        for (String line : counts.get(c)) {
          Text.draw(g, line, inside, theme.secondaryText(), cx - Text.width(line, inside) / 2, y);
          y += Text.lineHeight(inside);
        }
      } else if (total != null) {
        String sum = total(m, c);
        Text.draw(g, sum, total, theme.text(), cx - Text.width(sum, total) / 2, layout.scale.px(level) - 5);
      }
    }
    layout.categoryLabels(g, theme, m.categories(), i -> layout.left + slot * (i + 0.5));
  }

  /** A category's total as written, marked where it leaves out a series without a figure. */
  private static String total(StackedColumnChartModel m, int c) {
    return NumberStyle.format(m.total(c), m.format(), m.frame().locale())
        + (m.partial(c) ? StackedColumnChartModel.PARTIAL : "");
  }

  /** The face every total on top is set in, the first in which each fits its slot; null for none. */
  private static Font totalsFace(StackedColumnChartModel m, double slot, Font... faces) {
    for (Font face : faces) {
      boolean fits = true;
      for (int c = 0; c < m.categories().size() && fits; c++) {
        fits = m.empty(c) || Text.width(total(m, c), face) <= slot - 4;
      }
      if (fits) {
        return face;
      }
    }
    return null;
  }
}
