package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Category;
import org.chartdesk.theme.AnnotationLabels;
import org.chartdesk.theme.Theme;

/**
 * Event lines and shaded spans on a time axis, their labels placed by {@link AnnotationLabels} in
 * a band above the plot. The plot makes room for the band ({@link #height}) before it draws.
 */
final class AnnotationLayer {
  /** How near text an event line may run before it is hidden there, each side of the line. */
  private static final double CLEAR = 3;

  private final List<Annotation> annotations;
  private final DoubleUnaryOperator x;
  private final Theme theme;
  private final AnnotationLabels labels;
  /** Where the plot's vertical gridlines stand, hidden behind text as event lines are. */
  private double[] gridlines = {};
  /** How far down the spans' shade reaches, once drawn: text in the label band above is on the background. */
  private double spansTop = Double.NaN;
  private double spansBottom = Double.NaN;

  /**
   * @param x maps a fractional year to a pixel
   * @param left the leftmost pixel a label may reach
   * @param right the rightmost pixel a label may reach
   */
  AnnotationLayer(List<Annotation> annotations, DoubleUnaryOperator x, double left, double right, Theme theme) {
    this.annotations = annotations;
    this.x = x;
    this.theme = theme;
    this.labels = new AnnotationLabels(annotations.stream().map(Annotation::text).toList(),
        annotations.stream().mapToDouble(a -> x.applyAsDouble(a.kind() == Annotation.Kind.LINE ? a.at() : a.start()))
            .toArray(),
        annotations.stream().mapToDouble(a -> x.applyAsDouble(a.kind() == Annotation.Kind.LINE ? a.at() : a.end()))
            .toArray(), left, right, theme);
  }

  /**
   * Maps fractional years onto evenly spaced year (or decade) slots whose keys are their first
   * years, each slot's point at its first year: August 1971 falls just right of "1970s" (or
   * between 1971 and 1972), where a reader of the axis looks for it. A year before the first slot
   * is at the first slot: a span from 1800 on an axis from the 1900s begins, and is labelled,
   * where the axis does.
   *
   * @param x0 the first slot's pixel
   * @param step pixels from one slot to the next
   */
  static DoubleUnaryOperator slots(List<Category> categories, double x0, double step) {
    double first = Double.parseDouble(categories.get(0).key());
    double years = categories.size() > 1 ? Double.parseDouble(categories.get(1).key()) - first : 1;
    return y -> x0 + Math.max(0, y - first) / years * step;
  }

  /** Height of the label band; zero without annotations. */
  double height() {
    return labels.height();
  }

  /**
   * Text drawn over the plot. Where an event line runs through it or along its edge, the line is
   * hidden behind the text's whole line height, in the colour under it (the background, or a
   * span's shade): a halo round the glyphs left the line showing between letters and words,
   * which on a phone read as text struck through.
   */
  void drawText(Graphics2D g, String s, Font font, Paint paint, double tx, double baseline) {
    double w = Text.width(s, font);
    double top = baseline - Text.ascent(font) - 1;
    for (Annotation a : annotations) {
      if (a.kind() == Annotation.Kind.LINE) {
        hide(g, x.applyAsDouble(a.at()), tx, w, top, font);
      }
    }
    for (double lx : gridlines) {
      hide(g, lx, tx, w, top, font);
    }
    Text.draw(g, s, font, paint, tx, baseline);
  }

  /** Vertical gridlines at these x positions are hidden behind text too (a phone's row notes over the plot). */
  void gridlines(double[] xs) {
    gridlines = xs.clone();
  }

  private void hide(Graphics2D g, double lx, double tx, double w, double top, Font font) {
    if (lx > tx - CLEAR && lx < tx + w + CLEAR) {
      double bottom = top + Text.lineHeight(font) + 1;
      g.setPaint(theme.background());
      g.fill(new Rectangle2D.Double(lx - CLEAR, top, 2 * CLEAR, bottom - top));
      // Where a span's shade is under the text, the strip is that shade: only as high as the shade goes.
      double shadeTop = Math.max(top, spansTop);
      double shadeBottom = Math.min(bottom, spansBottom);
      if (inSpan(lx) && shadeTop < shadeBottom) {
        g.setPaint(shaded());
        g.fill(new Rectangle2D.Double(lx - CLEAR, shadeTop, 2 * CLEAR, shadeBottom - shadeTop));
      }
    }
  }

  private boolean inSpan(double px) {
    return annotations.stream().anyMatch(a -> a.kind() == Annotation.Kind.SPAN
        && px >= x.applyAsDouble(a.start()) && px <= x.applyAsDouble(a.end()));
  }

  /** A span's shade over the background, as one opaque colour. */
  private Color shaded() {
    Color back = theme.background();
    Color shade = spanFill();
    double alpha = shade.getAlpha() / 255.0;
    return new Color((int) Math.round(shade.getRed() * alpha + back.getRed() * (1 - alpha)),
        (int) Math.round(shade.getGreen() * alpha + back.getGreen() * (1 - alpha)),
        (int) Math.round(shade.getBlue() * alpha + back.getBlue() * (1 - alpha)));
  }

  private Color spanFill() {
    return new Color(theme.muted().getRed(), theme.muted().getGreen(), theme.muted().getBlue(), 70);
  }

  /** Spans, behind the data, from the band's foot to the bottom of the plot. */
  void drawSpans(Graphics2D g, double top, double bottom) {
    drawSpans(g, top, bottom, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * As {@link #drawSpans(Graphics2D, double, double)}, between {@code minX} and {@code maxX}: the
   * first and last points of a line or area, beyond which its axis's labels and its end labels
   * stand (a span to 1991 on a decade axis ran a few pixels past the 1990s and under the labels'
   * first letters; one from 1800 shaded the axis's numbers).
   */
  void drawSpans(Graphics2D g, double top, double bottom, double minX, double maxX) {
    spansTop = top;
    spansBottom = bottom;
    Color fill = spanFill();
    for (Annotation a : annotations) {
      if (a.kind() == Annotation.Kind.SPAN) {
        double x0 = Math.max(minX, x.applyAsDouble(a.start()));
        double x1 = Math.min(maxX, x.applyAsDouble(a.end()));
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
    Font font = labels.font();
    double lh = labels.lineHeight();
    for (int i = 0; i < annotations.size(); i++) {
      Annotation a = annotations.get(i);
      if (a.kind() == Annotation.Kind.LINE) {
        double lx = x.applyAsDouble(a.at());
        double from = top + labels.placed().get(i).level() * lh;
        g.setPaint(theme.secondaryText());
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        g.draw(new Line2D.Double(lx, from, lx, Math.min(bottom, gapTop)));
        if (gapBottom < bottom) {
          g.draw(new Line2D.Double(lx, gapBottom, lx, bottom));
        }
      }
    }
    // Labels after every line: where another event's line runs through a label, it is hidden.
    for (AnnotationLabels.Placed p : labels.placed()) {
      double baseline = top + p.level() * lh + Text.ascent(font);
      for (int l = 0; l < p.lines().size(); l++) {
        drawText(g, p.lines().get(l), font, theme.secondaryText(), p.lx(), baseline + l * lh);
      }
    }
  }
}
