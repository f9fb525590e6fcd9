package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.Category;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;

/**
 * The frame shared by charts with one row per category and a value axis across (bar, dot,
 * lollipop): names in a column on the left, the value axis's label above, gridlines down the
 * plot, and an equal slot per row. On a narrow chart, where the names would take more than half
 * the width, each name stands on a line above its row's mark and the marks take the width.
 *
 * @param nameLine the height of a name's line above its mark, 0 when names are in a column
 * @param gridlines the x of each line down the plot, the axis at zero among them
 */
record RowsLayout(Font nameFont, Font valueFont, Font small, double left, double right, double top,
    double bottom, double slot, ValueScale scale, double nameLine, double[] gridlines) {
  /** The room kept between a name over the plot and a line it is drawn across. */
  private static final double CLEAR = 3;

  /**
   * Lays out and draws the frame: the value label and the gridlines.
   *
   * @param nameColumn the names whose widest sets the names' column (the rows' own, or those of
   *     every chart of a split with shared scales)
   */
  static RowsLayout draw(Graphics2D g, Rectangle2D area, List<Category> categories, List<String> nameColumn,
      double min, double max, String format, NewsLocale locale, String valueLabel, Theme theme) {
    Font nameFont = Fonts.regular(theme.bodySize());
    Font valueFont = Fonts.bold(theme.bodySize());
    Font small = Fonts.regular(theme.smallSize());
    double nameWidth = nameColumn.stream().mapToDouble(n -> Text.width(n, nameFont)).max().orElse(0);
    double titleHeight = Text.lineHeight(small) + 10;
    double axisHeight = Text.lineHeight(Fonts.regular(theme.bodySize())) + 12;
    boolean above = NarrowLayout.rowNamesAbove(nameWidth + 24, area.getWidth());
    // Above their marks, names leave the axis to start at the plot's edge, room kept for half its first label.
    double left = above ? area.getMinX() + ValueScale.labelWidth(min, max, format, locale, theme) / 2 + 2
        : area.getMinX() + nameWidth + 24;
    // Room at the right for half the last tick's label, centred on the axis's end when the scale
    // ends on a round step (a dot chart's to 1,500 cut its label by 8 px).
    double right = area.getMaxX() - Math.max(12, ValueScale.labelWidth(min, max, format, locale, theme) / 2 + 2);
    double top = area.getMinY() + titleHeight;
    double bottom = area.getMaxY() - axisHeight;
    ValueScale scale = new ValueScale(min, max, left, right, format, locale);
    Text.draw(g, valueLabel, small, theme.secondaryText(), left, area.getMinY() + Text.ascent(small));
    double[] gridlines = scale.gridDown(g, theme, top, bottom);
    return new RowsLayout(nameFont, valueFont, small, left, right, top, bottom,
        (bottom - top) / categories.size(), scale, above ? Text.lineHeight(nameFont) + 2 : 0, gridlines);
  }

  /**
   * Draws row i's name: in the column on the left, or on its line above the mark. There it starts
   * just after the axis, where the marks start, and hides the gridlines it crosses behind its line
   * height: started at the chart's edge, the axis ran through each name's first letter.
   */
  void drawName(Graphics2D g, int i, String name, Theme theme, Rectangle2D area) {
    if (nameLine == 0) {
      Text.draw(g, name, nameFont, theme.text(), area.getMinX(), nameBaseline(i));
      return;
    }
    double w = Text.width(name, nameFont);
    double x = Math.max(area.getMinX(), Math.min(left + CLEAR + 1, area.getMaxX() - w));
    double baseline = nameBaseline(i);
    double lineTop = baseline - Text.ascent(nameFont) - 1;
    g.setPaint(theme.background());
    for (double lx : gridlines) {
      if (lx > x - CLEAR && lx < x + w + CLEAR) {
        g.fill(new Rectangle2D.Double(lx - CLEAR, lineTop, 2 * CLEAR, Text.lineHeight(nameFont) + 1));
      }
    }
    Text.draw(g, name, nameFont, theme.text(), x, baseline);
  }

  /** The vertical middle of row i's mark. */
  double mid(int i) {
    return top + slot * i + nameLine + (slot - nameLine) / 2;
  }

  /** The height row i's mark has: its slot, less its name's line when that stands above. */
  double markSlot() {
    return slot - nameLine;
  }

  /** The baseline of row i's name: beside its mark, or on the line above it. */
  double nameBaseline(int i) {
    return nameLine == 0 ? mid(i) + Text.ascent(nameFont) / 2 - 1 : top + slot * i + Text.ascent(nameFont);
  }
}
