package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.Category;
import org.chartdesk.model.RoundSteps;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.KeyLayout;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;

/**
 * The frame shared by the kinds with categories across and a value axis up (grouped and stacked
 * columns, lines, areas): an optional colour key, the value axis's title, its gridlines and tick
 * labels on the left, and the category labels below, thinned out where they would touch.
 */
final class ColumnLayout {
  /** The most category labels measured to find the widest. */
  private static final int MEASURED = 1000;
  /** Between the value axis's title, set level above the plot, and the plot's top. */
  static final double UNDER_VALUE_TITLE = 14;

  final double left;
  final double right;
  final double top;
  final double bottom;
  final ValueScale scale;

  /**
   * Lays out and draws the frame.
   *
   * @param key series names for a colour key above the plot, or empty for none
   * @param rightRoom room kept right of the plot, for labels at the lines' ends
   * @param labelLines lines of text under each category: its name, and perhaps a count
   */
  ColumnLayout(Graphics2D g, Rectangle2D area, Theme theme, List<String> key, String valueLabel, double min,
      double max, String format, NewsLocale locale, double rightRoom, int labelLines) {
    this(g, area, theme, key, valueLabel, min, max, format, locale, rightRoom, labelLines, 0);
  }

  /** As above, with room kept above the plot for a band of annotation labels. */
  ColumnLayout(Graphics2D g, Rectangle2D area, Theme theme, List<String> key, String valueLabel, double min,
      double max, String format, NewsLocale locale, double rightRoom, int labelLines, double bandRoom) {
    Font small = Fonts.regular(theme.smallSize());
    Font body = Fonts.regular(theme.bodySize());
    Font keyFont = Fonts.bold(theme.bodySize());
    double keyHeight = key.isEmpty() ? 0 : KeyLayout.height(key, keyFont, area.getWidth());
    double titleHeight = Text.lineHeight(small) + UNDER_VALUE_TITLE;
    left = left(area, min, max, format, locale, theme);
    right = area.getMaxX() - rightRoom;
    top = area.getMinY() + keyHeight + titleHeight + bandRoom;
    bottom = area.getMaxY() - Text.lineHeight(body) * labelLines - 10;
    scale = new ValueScale(min, max, bottom, top, format, locale);
    if (!key.isEmpty()) {
      Key.draw(g, theme, keyFont, area.getMinX(), area.getMinY(), area.getWidth(), key);
    }
    Text.draw(g, valueLabel, small, theme.secondaryText(), area.getMinX(),
        area.getMinY() + keyHeight + Text.ascent(small));
    scale.gridAcross(g, theme, left, right);
  }

  /** The plot's left edge, right of the value axis's labels; known before the layout draws. */
  static double left(Rectangle2D area, double min, double max, String format, NewsLocale locale, Theme theme) {
    return area.getMinX() + ValueScale.labelWidth(min, max, format, locale, theme) + 12;
  }

  /**
   * Category labels centred under their slots; when all would touch, only some: for a run of whole
   * numbers (years, steps) those at round numbers, every 2, 5, 10, 20, 50, ... (1950, 1960, ...,
   * as an editor would label them), else every k-th from the first.
   */
  void categoryLabels(Graphics2D g, Theme theme, List<Category> categories, java.util.function.IntToDoubleFunction x) {
    Font body = Fonts.regular(theme.bodySize());
    // Measuring a million labels takes seconds; past MEASURED, every k-th stands for its neighbours,
    // which on an axis that long are years or numbers of about the same width.
    int k = Math.max(1, categories.size() / MEASURED);
    double widest = 0;
    for (int i = 0; i < categories.size(); i += k) {
      widest = Math.max(widest, Text.width(categories.get(i).label(), body));
    }
    double spacing = categories.size() < 2 ? Double.MAX_VALUE : Math.abs(x.applyAsDouble(1) - x.applyAsDouble(0));
    int every = Math.max(1, (int) Math.ceil((widest + 12) / spacing));
    int first = 0;
    if (every > 1) {
      int round = RoundSteps.atLeast(every);
      int aligned = RoundSteps.firstMultiple(categories, round);
      if (aligned >= 0) {
        every = round;
        first = aligned;
      }
    }
    for (int i = first; i < categories.size(); i += every) {
      String s = categories.get(i).label();
      Text.draw(g, s, body, theme.text(), x.applyAsDouble(i) - Text.width(s, body) / 2,
          bottom + 8 + Text.ascent(body));
    }
  }
}
