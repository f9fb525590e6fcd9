package org.chartdesk.theme;

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
