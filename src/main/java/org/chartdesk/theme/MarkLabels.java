package org.chartdesk.theme;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels of one row's dated marks (a range chart's visits). Each stands just right of its
 * mark; where one would run into the next mark's, the two are joined into one label, "1953;
 * June 1953", beside the first, so two visits in the same year both read. The renderer draws
 * these and the lint measures them.
 */
public final class MarkLabels {
  /** The space between a mark and its label. */
  public static final double GAP = 10;
  /** The least space between two labels on a row. */
  private static final double APART = 6;

  private MarkLabels() {}

  /**
   * A label and the marks it is for.
   *
   * @param firstX the first mark's position, after which the label stands
   * @param lastX the last mark's position, before which it stands when there is no room after
   */
  public record Label(String text, double firstX, double lastX) {}

  /**
   * The row's labels, in the order of their marks.
   *
   * @param xs the marks' positions, in increasing order
   * @param texts each mark's label
   */
  public static List<Label> of(double[] xs, List<String> texts, Font font) {
    List<Label> out = new ArrayList<>();
    int i = 0;
    while (i < xs.length) {
      StringBuilder text = new StringBuilder(texts.get(i));
      int j = i;
      while (j + 1 < xs.length && xs[i] + GAP + TextMetrics.width(text.toString(), font) + APART > xs[j + 1] + GAP) {
        j++;
        text.append("; ").append(texts.get(j));
      }
      out.add(new Label(text.toString(), xs[i], xs[j]));
      i = j + 1;
    }
    return out;
  }
}
