package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Columns side by side in each category, one colour per series named in a key above, every
 * column's value on top of it. A zero is labelled "0" on the baseline so it reads as a count of
 * nothing; a value the data lacks is marked as such, never drawn as zero.
 */
final class GroupedColumnChartRenderer {
  /** The share of a category's slot its group of columns takes; the rest separates groups. */
  private static final double GROUP = 0.72;
  private static final double MAX_COLUMN = 64;

  private GroupedColumnChartRenderer() {}

  static JFreeChart render(GroupedColumnChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, GroupedColumnChartModel m, Theme theme) {
    List<String> names = m.series().size() > 1 ? m.series().stream().map(DataSeries::name).toList() : List.of();
    ColumnLayout layout = new ColumnLayout(g, area, theme, names, m.valueLabel(), m.min(), m.max(), m.format(), m.frame().locale(), 8,
        1);
    int n = m.series().size();
    double slot = (layout.right - layout.left) / m.categories().size();
    double column = Math.min(MAX_COLUMN, slot * GROUP / n);
    Font small = Fonts.regular(theme.smallSize());
    // One size for every value: where one is wider than its column, all are set small (chosen
    // label by label, a phone's chart mixed bold "-980" with light "-1,320").
    Font label = m.series().stream().flatMap(s -> s.values().stream()).filter(d -> !d.missing())
        .allMatch(d -> Text.width(d.label(), Fonts.bold(theme.bodySize())) <= column + 6)
        ? Fonts.bold(theme.bodySize()) : small;
    for (int c = 0; c < m.categories().size(); c++) {
      double groupLeft = layout.left + slot * (c + 0.5) - column * n / 2;
      int category = c;
      if (n > 1 && m.series().stream().allMatch(series -> series.values().get(category).missing())) {
        // A year no series has a figure for says so once: a label a column read "no figure no figure".
        noFigure(g, m.frame().locale(), small, column * n, layout.left + slot * (c + 0.5), layout.scale.px(0), theme);
        continue;
      }
      for (int s = 0; s < n; s++) {
        Datum d = m.series().get(s).values().get(c);
        double x = groupLeft + column * s;
        double base = layout.scale.px(0);
        if (d.missing()) {
          noFigure(g, m.frame().locale(), small, column, x + column / 2, base, theme);
          continue;
        }
        double y = layout.scale.px(d.value());
        g.setPaint(theme.series(s));
        // A 1-pixel gap between neighbours keeps same-height columns apart.
        g.fill(new Rectangle2D.Double(x + 0.5, Math.min(y, base), column - 1, Math.abs(base - y)));
        Text.draw(g, d.label(), label, theme.text(), x + column / 2 - Text.width(d.label(), label) / 2,
            d.value() >= 0 ? y - 5 : y + Text.ascent(label) + 4);
      }
    }
    layout.categoryLabels(g, theme, m.categories(), i -> layout.left + slot * (i + 0.5));
  }

  /** "No figure" centred on {@code x} just above zero, or its short form where {@code width} is too narrow. */
  static void noFigure(Graphics2D g, NewsLocale locale, Font small, double width, double x, double base, Theme theme) {
    String text = Text.width(locale.noFigure(), small) <= width + 8 ? locale.noFigure() : locale.say("no_figure_short");
    Text.draw(g, text, small, theme.secondaryText(), x - Text.width(text, small) / 2, base - 4);
  }
}
