package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.Category;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;

/**
 * The frame shared by charts with one row per category and a value axis across (bar, dot,
 * lollipop): names in a column on the left, the value axis's label above, gridlines down the
 * plot, and an equal slot per row.
 */
record RowsLayout(Font nameFont, Font valueFont, Font small, double left, double right, double top,
    double bottom, double slot, ValueScale scale) {

  /** Lays out and draws the frame: the value label and the gridlines. */
  static RowsLayout draw(Graphics2D g, Rectangle2D area, List<Category> categories, double min, double max,
      String format, NewsLocale locale, String valueLabel, Theme theme) {
    Font nameFont = Fonts.regular(theme.bodySize());
    Font valueFont = Fonts.bold(theme.bodySize());
    Font small = Fonts.regular(theme.smallSize());
    double nameWidth = categories.stream().mapToDouble(c -> Text.width(c.label(), nameFont)).max().orElse(0);
    double titleHeight = Text.lineHeight(small) + 10;
    double axisHeight = Text.lineHeight(Fonts.regular(theme.bodySize())) + 12;
    double left = area.getMinX() + nameWidth + 24;
    double right = area.getMaxX() - 12;
    double top = area.getMinY() + titleHeight;
    double bottom = area.getMaxY() - axisHeight;
    ValueScale scale = new ValueScale(min, max, left, right, format, locale);
    Text.draw(g, valueLabel, small, theme.secondaryText(), left, area.getMinY() + Text.ascent(small));
    scale.gridDown(g, theme, top, bottom);
    return new RowsLayout(nameFont, valueFont, small, left, right, top, bottom,
        (bottom - top) / categories.size(), scale);
  }

  /** The vertical middle of row i. */
  double mid(int i) {
    return top + slot * (i + 0.5);
  }
}
