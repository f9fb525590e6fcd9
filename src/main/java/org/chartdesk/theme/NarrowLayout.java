package org.chartdesk.theme;

import java.awt.Font;
import java.util.List;

/**
 * How kinds with a column of names or lanes beside their text lay out on a narrow chart (a phone's
 * page), where that column would leave the rest too little of the width. The renderers lay out by
 * these rules and the lint measures by them, so the two agree.
 */
public final class NarrowLayout {
  /** The most of the plot's width a range chart's column of names may take. */
  private static final double NAME_COLUMN_SHARE = 0.4;
  /**
   * The most of the plot's width a bar, dot or lollipop chart's column of names may take: past
   * half, the bars have no room to compare.
   */
  private static final double ROW_NAME_SHARE = 0.5;
  /** The least of the plot's width a vertical timeline's labels need beside its lanes. */
  private static final double LABEL_COLUMN_SHARE = 0.35;

  /** The least space between two of a dumbbell row's year labels on one level: 3 px read "1977 1980" as one. */
  public static final double YEARS_APART = 8;

  /**
   * Room a column of small multiples keeps beside its widest title: the gap to the next panel and
   * the share of the tick labels' column (written once, left of the first panel).
   */
  private static final double PANEL_ROOM = 48;

  private NarrowLayout() {}

  /**
   * How many columns small multiples of {@code n} panels stand in: a near-square grid, fewer where
   * a panel's title would not fit its panel (on a phone, "West Germany" in a third of the width).
   *
   * @param widestTitle the widest panel title, set in the title face
   */
  public static int panelColumns(int n, double width, double widestTitle) {
    int cols = (int) Math.ceil(Math.sqrt(n));
    while (cols > 1 && widestTitle + PANEL_ROOM > width / cols) {
      cols--;
    }
    return cols;
  }

  /**
   * Whether a range chart's names stand on a line above each bar rather than in a column left of
   * the bars.
   *
   * @param column the name column's width, its gap to the bars included
   */
  public static boolean namesAbove(double column, double plotWidth) {
    return column > plotWidth * NAME_COLUMN_SHARE;
  }

  /**
   * Whether, with a range chart's names above their bars, each row's note stands on a line of its
   * own under the name rather than after it: when the longest name and note do not fit one line.
   *
   * @param line the widest row's name, gap and note
   * @param room the width from the names' indent to the chart's right edge
   */
  public static boolean notesUnderNames(double line, double room) {
    return line > room;
  }

  /**
   * Whether a dumbbell chart's names stand on a line above each row's dots (its years written
   * after the name) rather than in a column left of them: where the column would take more than
   * half the width, as for bars, or where beside it a row's years cannot all be labelled, each
   * over its dot or, touching the one before it, under it (a phone's width makes the three years
   * between Indira Gandhi's terms a few pixels).
   *
   * @param column the name column's width, its indent and gap to the dots included
   * @param rowYears each row's years as its dots are labelled, in any order
   * @param inset the room kept beyond the first and last year, each side
   */
  public static boolean dumbbellNamesAbove(double column, double width, List<List<Integer>> rowYears, double from,
      double to, double inset, Font yearFont) {
    return rowNamesAbove(column, width)
        || rowYears.stream().anyMatch(y -> yearLevels(column, width, y, from, to, inset, yearFont) > 2);
  }

  /**
   * Whether a row's year label hangs under its dot, beside a name column (touching the one before
   * it over its dot); a row where one does needs room for it.
   */
  public static boolean dumbbellYearsHang(double column, double width, List<Integer> years, double from, double to,
      double inset, Font yearFont) {
    return yearLevels(column, width, years, from, to, inset, yearFont) == 2;
  }

  /**
   * How a row's year labels stand beside a name column: 1, each over its dot; 2, some under theirs
   * (touching the one before over theirs); 3, some with room on neither level.
   */
  private static int yearLevels(double column, double width, List<Integer> years, double from, double to,
      double inset, Font yearFont) {
    double left = column + inset;
    double perYear = (width - column - 2 * inset) / (to - from);
    double lastAbove = Double.NEGATIVE_INFINITY;
    double lastBelow = Double.NEGATIVE_INFINITY;
    int levels = 1;
    for (int year : years.stream().sorted().toList()) {
      double w = TextMetrics.width(Integer.toString(year), yearFont);
      double lx = left + (year - from) * perYear - w / 2;
      if (lx >= lastAbove + YEARS_APART) {
        lastAbove = lx + w;
      } else if (lx >= lastBelow + YEARS_APART) {
        lastBelow = lx + w;
        levels = 2;
      } else {
        return 3;
      }
    }
    return levels;
  }

  /**
   * The widest of lines each of a name in one font, a gap and its words in another: a row's line
   * in the narrow layouts, to tell whether the words must go under the name.
   */
  public static double widestLine(List<String> names, List<String> words, Font name,
      Font word) {
    double widest = 0;
    for (int i = 0; i < names.size(); i++) {
      double w = TextMetrics.width(names.get(i), name);
      widest = Math.max(widest, words.get(i).isEmpty() ? w : w + 8 + TextMetrics.width(words.get(i), word));
    }
    return widest;
  }

  /**
   * Whether a bar, dot or lollipop chart's names stand on a line above each row's mark rather than
   * in a column left of them.
   *
   * @param column the name column's width, its gap to the marks included
   */
  public static boolean rowNamesAbove(double column, double plotWidth) {
    return column > plotWidth * ROW_NAME_SHARE;
  }

  /**
   * Whether a vertical timeline's lanes are narrow columns of marks named by a key above them,
   * each date on a line over its label, rather than named columns with dates beside labels.
   *
   * @param labels the width its labels would have beside named lanes
   */
  public static boolean lanesKeyed(double labels, double plotWidth) {
    return labels < plotWidth * LABEL_COLUMN_SHARE;
  }
}
