package org.chartdesk.theme;

import java.awt.Font;
import java.util.List;

/**
 * Whether a column chart writes its values over its columns: every one or none. A century of
 * yearly figures gives each column twelve pixels, too few for "11.1"; written anyway they ran into
 * each other and the lint refused the chart, and a few written among many unwritten would read as
 * the ones that matter. The renderer and the lint decide by this one rule.
 */
public final class ColumnLabels {
  /** The share of a column's slot left between it and its neighbours. */
  public static final double GAP_SHARE = 0.25;

  private ColumnLabels() {}

  /**
   * Whether each year without a figure is labelled on its own: where the words fit its slot an em
   * clear of its edges (side by side, two read "no figure no figure", one phrase). Else each run
   * of such years is labelled once ({@link #gapRoom}).
   */
  public static boolean gapsByYear(String noFigure, Font font, double slot) {
    return TextMetrics.width(TextMetrics.widestWord(noFigure, font), font) <= gapRoom(1, slot, true, font);
  }

  /**
   * The words for a year, or run of years, without a figure: in full where their widest word fits
   * the room, else the locale's short form ("n/a"): on a phone, one year's slot of 17 px held no
   * "figure" and the lint refused the chart.
   */
  public static String gapWords(String words, String shortForm, Font font, double room) {
    return TextMetrics.width(TextMetrics.widestWord(words, font), font) <= room ? words : shortForm;
  }

  /**
   * The width the words for a year without a figure may take, labelled on its own: its slot less an
   * em; for a run: its slots and the space either side up to the neighbouring columns, less a little.
   */
  public static double gapRoom(int years, double slot, boolean byYear, Font font) {
    return byYear ? slot - Math.max(4, font.getSize2D()) : slot * (years + GAP_SHARE) - 4;
  }

  /**
   * @param labels each column's label as lines: one, or a qualifier above its number ("over",
   *     "3,789"), which the renderer stacks where the label will not fit on one line
   * @param slot a column's share of the axis, its gap included
   */
  public static boolean everyOneFits(List<List<String>> labels, double slot, Font font) {
    // Half an em between neighbours: "7,09" and "7,28" a pixel apart read as one number, "7,097,28".
    double room = slot - font.getSize2D() / 2;
    return labels.stream().allMatch(lines -> TextMetrics.width(String.join(" ", lines), font) <= room
        || lines.stream().allMatch(l -> TextMetrics.width(l, font) <= room));
  }
}
