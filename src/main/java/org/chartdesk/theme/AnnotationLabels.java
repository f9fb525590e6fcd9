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
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      double anchor = anchors[i];
      double w = TextMetrics.width(text, font);
      List<String> lines = List.of(text);
      double lx;
      if (anchor + 4 + w <= right) {
        // A label reads rightwards from its line or span start,
        lx = anchor + 4;
      } else if (ends[i] > anchor && right - w >= left && right - w < ends[i]) {
        // a span's label against the plot's right edge if it still begins over the span (to its
        // left it read as naming the years before: "Janata government" beside the treaty line),
        lx = right - w;
      } else if (anchor - 4 - w >= left) {
        // unless it would leave the plot;
        lx = anchor - 4 - w;
      } else {
        // on a narrow chart, where it fits neither way, it wraps on the roomier side.
        boolean rightwards = right - anchor >= anchor - left;
        lines = TextMetrics.wrap(text, font, (rightwards ? right - anchor : anchor - left) - 4);
        w = lines.stream().mapToDouble(l -> TextMetrics.width(l, font)).max().orElse(0);
        lx = rightwards ? anchor + 4 : anchor - 4 - w;
      }
      int level = 0;
      while (overlaps(lx, w, level, lines.size())) {
        level++;
      }
      placed.add(new Placed(lines, lx, w, level));
    }
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
