package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Category;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;

/**
 * Event lines and shaded spans on a time axis, with their labels in a band above the plot so they
 * cover neither the data nor each other: labels that would touch go down a level. The plot makes
 * room for the band ({@link #height}) before it draws.
 */
final class AnnotationLayer {
  private static final double GAP = 10;

  private final List<Annotation> annotations;
  private final DoubleUnaryOperator x;
  private final Theme theme;
  private final Font font;
  private final List<Placed> placed = new ArrayList<>();

  private record Placed(Annotation annotation, double lx, double width, int level) {}

  /**
   * @param x maps a fractional year to a pixel
   * @param right the rightmost pixel a label may reach
   */
  AnnotationLayer(List<Annotation> annotations, DoubleUnaryOperator x, double right, Theme theme) {
    this.annotations = annotations;
    this.x = x;
    this.theme = theme;
    this.font = Fonts.regular(theme.smallSize());
    for (Annotation a : annotations) {
      double w = Text.width(a.text(), font);
      double anchor = a.kind() == Annotation.Kind.LINE ? x.applyAsDouble(a.at()) : x.applyAsDouble(a.start());
      // A label reads rightwards from its line or span start, unless it would leave the plot.
      double lx = anchor + 4 + w > right ? anchor - 4 - w : anchor + 4;
      int level = 0;
      while (overlaps(lx, w, level)) {
        level++;
      }
      placed.add(new Placed(a, lx, w, level));
    }
  }

  /**
   * Maps fractional years onto evenly spaced year (or decade) slots whose keys are their first
   * years, each slot's point at its first year: August 1971 falls just right of "1970s" (or
   * between 1971 and 1972), where a reader of the axis looks for it.
   *
   * @param x0 the first slot's pixel
   * @param step pixels from one slot to the next
   */
  static DoubleUnaryOperator slots(List<Category> categories, double x0, double step) {
    double first = Double.parseDouble(categories.get(0).key());
    double years = categories.size() > 1 ? Double.parseDouble(categories.get(1).key()) - first : 1;
    return y -> x0 + (y - first) / years * step;
  }

  private boolean overlaps(double lx, double w, int level) {
    return placed.stream().anyMatch(p -> p.level == level && lx < p.lx + p.width + GAP && p.lx < lx + w + GAP);
  }

  /** Height of the label band; zero without annotations. */
  double height() {
    int levels = placed.stream().mapToInt(p -> p.level + 1).max().orElse(0);
    return levels == 0 ? 0 : levels * (Text.lineHeight(font) + 2) + 6;
  }

  /** Spans, behind the data, from the band's foot to the bottom of the plot. */
  void drawSpans(Graphics2D g, double top, double bottom) {
    Color fill = new Color(theme.muted().getRed(), theme.muted().getGreen(), theme.muted().getBlue(), 70);
    for (Annotation a : annotations) {
      if (a.kind() == Annotation.Kind.SPAN) {
        double x0 = x.applyAsDouble(a.start());
        double x1 = x.applyAsDouble(a.end());
        g.setPaint(fill);
        g.fill(new Rectangle2D.Double(x0, top, x1 - x0, bottom - top));
      }
    }
  }

  /** Event lines over the data's background, and every label in the band that starts at top. */
  void drawLinesAndLabels(Graphics2D g, double top, double bottom) {
    drawLinesAndLabels(g, top, bottom, bottom, bottom);
  }

  /**
   * As {@link #drawLinesAndLabels(Graphics2D, double, double)}, with the lines broken between
   * gapTop and gapBottom, where an axis band with year labels runs across the plot.
   */
  void drawLinesAndLabels(Graphics2D g, double top, double bottom, double gapTop, double gapBottom) {
    double lh = Text.lineHeight(font) + 2;
    for (Placed p : placed) {
      Annotation a = p.annotation;
      double baseline = top + p.level * lh + Text.ascent(font);
      if (a.kind() == Annotation.Kind.LINE) {
        double lx = x.applyAsDouble(a.at());
        double from = top + p.level * lh;
        g.setPaint(theme.secondaryText());
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        g.draw(new Line2D.Double(lx, from, lx, Math.min(bottom, gapTop)));
        if (gapBottom < bottom) {
          g.draw(new Line2D.Double(lx, gapBottom, lx, bottom));
        }
      }
      Text.draw(g, p.annotation.text(), font, theme.secondaryText(), p.lx, baseline);
    }
  }
}
