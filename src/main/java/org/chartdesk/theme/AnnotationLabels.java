package org.chartdesk.theme;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the labels of event lines and shaded spans go, in a band above the plot so they cover
 * neither the data nor each other: labels that would touch go down a level. The renderer draws
 * them here and the lint measures the band's height here, so the two agree.
 */
public final class AnnotationLabels {
  private static final double GAP = 10;

  private final Font font;
  private final List<Placed> placed = new ArrayList<>();

  /**
   * A label's lines, from {@code lx}, {@code width} wide, on levels {@code level} to
   * {@code level + lines - 1} of the band.
   */
  public record Placed(List<String> lines, double lx, double width, int level) {
    boolean covers(int l) {
      return l >= level && l < level + lines.size();
    }
  }

  /**
   * @param texts the labels, in the order they are placed
   * @param anchors each label's line, or its span's start, in pixels
   * @param ends each label's line again, or its span's end
   * @param left the leftmost pixel a label may reach
   * @param right the rightmost pixel a label may reach
   */
  public AnnotationLabels(List<String> texts, double[] anchors, double[] ends, double left, double right,
      Theme theme) {
    this.font = Fonts.regular(theme.smallSize());
    Placed[] byIndex = new Placed[texts.size()];
    // Spans first, their labels bound to their years; a line's label can then turn left of its
    // line to stay on the same level, rather than stand over a span's label as if its second line
    // ("Treaty of Friendship and Cooperation" above "Janata government").
    for (boolean spans : new boolean[] {true, false}) {
      for (int i = 0; i < texts.size(); i++) {
        if ((ends[i] > anchors[i]) == spans) {
          byIndex[i] = place(texts.get(i), anchors[i], ends[i], left, right);
          placed.add(byIndex[i]);
        }
      }
    }
    placed.clear();
    placed.addAll(List.of(byIndex));
  }

  private Placed place(String text, double from, double to, double left, double right) {
    double w = TextMetrics.width(text, font);
    List<String> lines = List.of(text);
    boolean span = to > from;
    // A span that begins before the axis (1800 on an axis from 1900) is labelled where it shows:
    // from its start, the label ran far off the chart's left edge.
    double anchor = span ? Math.max(from, left) : from;
    double end = span ? Math.min(to, right) : to;
    double rightwards = anchor + 4;
    double leftwards = anchor - 4 - w;
    // A line's label turns left where only that keeps it on the first level.
    boolean turnLeft = !span && overlaps(rightwards, w, 0, 1) && leftwards >= left && !overlaps(leftwards, w, 0, 1);
    double lx;
    if (rightwards + w <= right && !turnLeft) {
      // A label reads rightwards from its line or span start,
      lx = rightwards;
    } else if (span && right - w >= left && right - w < end) {
      // a span's label against the plot's right edge if it still begins over the span (to its
      // left it read as naming the years before: "Janata government" beside the treaty line),
      lx = right - w;
    } else if (leftwards >= left) {
      // unless it would leave the plot;
      lx = leftwards;
    } else {
      // on a narrow chart, where it fits neither way, it wraps on the roomier side.
      boolean roomierRight = right - anchor >= anchor - left;
      lines = TextMetrics.wrap(text, font, (roomierRight ? right - anchor : anchor - left) - 4);
      w = lines.stream().mapToDouble(l -> TextMetrics.width(l, font)).max().orElse(0);
      lx = roomierRight ? rightwards : anchor - 4 - w;
    }
    int level = 0;
    while (overlaps(lx, w, level, lines.size())) {
      level++;
    }
    return new Placed(lines, lx, w, level);
  }

  private boolean overlaps(double lx, double w, int level, int lines) {
    return placed.stream().anyMatch(p -> lx < p.lx + p.width + GAP && p.lx < lx + w + GAP
        && IntStream.range(level, level + lines).anyMatch(p::covers));
  }

  /** The labels as placed, in the order given. */
  public List<Placed> placed() {
    return placed;
  }

  public Font font() {
    return font;
  }

  /** One level of the band. */
  public double lineHeight() {
    return TextMetrics.lineHeight(font) + 2;
  }

  /** Height of the label band; zero without annotations. */
  public double height() {
    int levels = placed.stream().mapToInt(p -> p.level + p.lines.size()).max().orElse(0);
    return levels == 0 ? 0 : levels * lineHeight() + 6;
  }
}
