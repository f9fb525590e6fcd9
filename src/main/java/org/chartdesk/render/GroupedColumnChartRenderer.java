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
    // label by label, a phone's chart mixed bold "-980" with light "-1,320"). Where a label would
    // then cross another or a neighbouring column, the smaller face is tried, then none is set: on
    // a phone, 24 columns of 13 units ran "5.8" under the next column and "-3.3" into "-2.7". The
    // gridlines then give the values; the alt text and the workbook every figure.
    Font bold = Fonts.bold(theme.bodySize());
    Font label = m.series().stream().flatMap(s -> s.values().stream()).filter(d -> !d.missing())
        .allMatch(d -> Text.width(d.label(), bold) <= column + 6) ? bold : small;
    if (label == bold && crosses(m, layout, slot, column, bold)) {
      label = small;
    }
    if (crosses(m, layout, slot, column, label)) {
      label = null;
    }
    for (int c = 0; c < m.categories().size(); c++) {
      double groupLeft = layout.left + slot * (c + 0.5) - column * n / 2;
      int category = c;
      if (n > 1 && m.series().stream().allMatch(series -> series.values().get(category).missing())) {
        // A year no series has a figure for says so once: a label a column read "no figure no figure".
        noFigure(g, m.frame().locale(), small, column * n, slot - 2, layout.left + slot * (c + 0.5), layout.scale.px(0),
            theme);
        continue;
      }
      for (int s = 0; s < n; s++) {
        Datum d = m.series().get(s).values().get(c);
        double x = groupLeft + column * s;
        double base = layout.scale.px(0);
        if (d.missing()) {
          noFigure(g, m.frame().locale(), small, column, column + 2, x + column / 2, base, theme);
          continue;
        }
        double y = layout.scale.px(d.value());
        g.setPaint(theme.series(s));
        // A 1-pixel gap between neighbours keeps same-height columns apart.
        g.fill(new Rectangle2D.Double(x + 0.5, Math.min(y, base), column - 1, Math.abs(base - y)));
        if (label != null) {
          Text.draw(g, d.label(), label, theme.text(), x + column / 2 - Text.width(d.label(), label) / 2,
              baseline(d.value(), y, label));
        }
      }
    }
    layout.categoryLabels(g, theme, m.categories(), i -> layout.left + slot * (i + 0.5));
  }

  /** Where a value's label stands: above its column, or below one under zero. */
  private static double baseline(double value, double y, Font label) {
    return value >= 0 ? y - 5 : y + Text.ascent(label) + 4;
  }

  /** Whether a label set in {@code font} would cross another label or another column. */
  private static boolean crosses(GroupedColumnChartModel m, ColumnLayout layout, double slot, double column,
      Font font) {
    List<Rectangle2D> labels = new java.util.ArrayList<>();
    List<Rectangle2D> columns = new java.util.ArrayList<>();
    int n = m.series().size();
    double base = layout.scale.px(0);
    for (int c = 0; c < m.categories().size(); c++) {
      for (int s = 0; s < n; s++) {
        Datum d = m.series().get(s).values().get(c);
        double x = layout.left + slot * (c + 0.5) - column * n / 2 + column * s;
        if (d.missing()) {
          labels.add(null);
          columns.add(null);
          continue;
        }
        double y = layout.scale.px(d.value());
        double w = Text.width(d.label(), font);
        double top = baseline(d.value(), y, font) - Text.ascent(font);
        labels.add(new Rectangle2D.Double(x + column / 2 - w / 2, top, w, Text.ascent(font)));
        columns.add(new Rectangle2D.Double(x + 0.5, Math.min(y, base), column - 1, Math.abs(base - y)));
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = 0; labels.get(i) != null && j < labels.size(); j++) {
        if (j != i && labels.get(j) != null
            && (labels.get(i).intersects(labels.get(j)) || labels.get(i).intersects(columns.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "No figure" centred on {@code x} just above zero, or its short form where {@code width} is too
   * narrow; nothing where even that would pass {@code room}, up to the neighbouring columns (a
   * phone's column of nine pixels: "n/a" ran over its neighbours), the chart's note then saying
   * which figure the source does not give.
   */
  static void noFigure(Graphics2D g, NewsLocale locale, Font small, double width, double room, double x, double base,
      Theme theme) {
    String text = Text.width(locale.noFigure(), small) <= width + 8 ? locale.noFigure() : locale.say("no_figure_short");
    if (text.equals(locale.noFigure()) || Text.width(text, small) <= room) {
      Text.draw(g, text, small, theme.secondaryText(), x - Text.width(text, small) / 2, base - 4);
    }
  }
}
