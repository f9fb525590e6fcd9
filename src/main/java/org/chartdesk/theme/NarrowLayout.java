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

  private NarrowLayout() {}

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
   * half the width, as for bars, or where, beside it, two years of one row would stand closer
   * than their labels (a phone's width makes the three years between two terms a few pixels).
   *
   * @param column the name column's width, its indent and gap to the dots included
   * @param rowYears each row's start and end years
   * @param inset the room kept beyond the first and last year, each side
   */
  public static boolean dumbbellNamesAbove(double column, double width, List<List<Integer>> rowYears, double from,
      double to, double inset, Font yearFont) {
    if (rowNamesAbove(column, width)) {
      return true;
    }
    double perYear = (width - column - 2 * inset) / (to - from);
    for (List<Integer> years : rowYears) {
      List<Integer> sorted = years.stream().distinct().sorted().toList();
      for (int i = 1; i < sorted.size(); i++) {
        double room = (sorted.get(i) - sorted.get(i - 1)) * perYear;
        double labels = (TextMetrics.width(Integer.toString(sorted.get(i - 1)), yearFont)
            + TextMetrics.width(Integer.toString(sorted.get(i)), yearFont)) / 2 + 3;
        if (labels > room) {
          return true;
        }
      }
    }
    return false;
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
