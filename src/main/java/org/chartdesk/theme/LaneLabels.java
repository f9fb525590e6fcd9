package org.chartdesk.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a timeline lane's event labels go when time runs across the page: each label beside its
 * mark, in the lowest level where it and its leader line are clear of the labels already placed.
 * The renderer draws them here and the lint counts their levels here, so the height the lint asks
 * for is the height the drawing takes.
 */
public final class LaneLabels {
  private LaneLabels() {}

  /**
   * Below the header of the lower of two mirrored lanes, whose name ends the chart: the name's line
   * is that much taller than the header counts, and with no room to spare it ran 2 px past the area.
   */
  public static final double TITLE_FOOT = 2;

  /**
   * A label: the event's index in the lane, its mark from x0 to x1, the label from lx, w wide,
   * its leader line at anchor, on a level counted from the lane's line.
   */
  public record Placed(int event, double x0, double x1, double lx, double w, double anchor, int level) {}

  /**
   * Places a lane's labels, its events given in time order. Right to left: a label reads
   * rightwards from its mark, so a later label never sits over an earlier mark's leader line when
   * the earlier one goes a level up; a label that would pass {@code maxX} reads leftwards from its
   * mark's end instead, and where that would pass {@code minX} (a long label mid-way across a
   * phone), it starts at {@code minX}, over its leader line.
   *
   * @param widths each label's width, its gap from the leader line included
   */
  public static List<Placed> place(double[] x0, double[] x1, double[] widths, double minX, double maxX) {
    List<Placed> placed = new ArrayList<>();
    for (int i = x0.length - 1; i >= 0; i--) {
      double w = widths[i];
      boolean flip = x0[i] + w > maxX;
      double lx = flip ? Math.max(minX, x1[i] - w) : x0[i];
      double anchor = flip ? x1[i] : x0[i];
      placed.add(new Placed(i, x0[i], x1[i], lx, w, anchor, level(placed, lx, w, anchor)));
    }
    return placed;
  }

  /** How many levels a lane's labels take: at least one. */
  public static int levels(List<Placed> placed) {
    return 1 + placed.stream().mapToInt(Placed::level).max().orElse(0);
  }

  /** The lowest level where a label and its leader line are clear of labels already placed. */
  private static int level(List<Placed> placed, double lx, double w, double anchor) {
    int level = 0;
    while (!free(placed, level, lx, w, anchor)) {
      level++;
    }
    return level;
  }

  private static boolean free(List<Placed> placed, int level, double lx, double w, double anchor) {
    for (Placed p : placed) {
      boolean overlaps = lx < p.lx + p.w + 12 && p.lx < lx + w + 12;
      if (p.level == level && overlaps) {
        return false;
      }
      // A leader line must not run through a label on a lower level.
      if (p.level > level && p.anchor > lx - 4 && p.anchor < lx + w + 4) {
        return false;
      }
      if (p.level < level && anchor > p.lx - 4 && anchor < p.lx + p.w + 4) {
        // Going higher cannot help: this leader would always cross that label.
        return level > placed.size();
      }
    }
    return true;
  }
}
