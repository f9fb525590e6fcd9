package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.AxisScale;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;

/**
 * A value axis drawn by hand for the kinds laid out on a {@link Canvas}: linear, round ticks
 * (the model's {@link AxisScale}, so renderer and lint agree), light solid gridlines and tick
 * labels in the newsroom format. Zero, when on the axis, is drawn as the baseline.
 */
final class ValueScale {
  /** Axis format for shares: "50%"; the quotes keep DecimalFormat from multiplying by 100. */
  static final String PERCENT = "#,##0'%'";

  private final double min;
  private final double max;
  private final double p0;
  private final double p1;
  private final String format;
  private final NewsLocale locale;

  /**
   * @param p0 the pixel of {@code min} (the bottom of a vertical axis, the left of a horizontal one)
   * @param p1 the pixel of {@code max}
   */
  ValueScale(double min, double max, double p0, double p1, String format, NewsLocale locale) {
    this.min = min;
    this.max = max;
    this.p0 = p0;
    this.p1 = p1;
    this.format = format;
    this.locale = locale;
  }

  double px(double value) {
    return p0 + (value - min) / (max - min) * (p1 - p0);
  }

  /** The pixel of zero where the axis runs below and above it, so that zero is a dark line across the plot; else NaN. */
  double zeroInside() {
    return min < 0 && max > 0 ? px(0) : Double.NaN;
  }

  /** Every round tick of the extent, however short the axis: the labels a margin makes room for. */
  List<Double> ticks() {
    return ticks(0);
  }

  /**
   * The round ticks, their step widened (to 2, 2.5, 5 or 10 times a power of ten) until ticks
   * stand at least {@code spacing} pixels apart: on a short plot, fewer labels rather than labels
   * on each other.
   */
  List<Double> ticks(double spacing) {
    double step = AxisScale.step(max - min, format);
    while (Math.abs(px(min + step) - px(min)) < spacing && step < max - min) {
      step = wider(step);
    }
    List<Double> out = new ArrayList<>();
    for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
      // Adding zero turns the -0.0 that ceil gives just below zero into 0, never labelled "-0".
      out.add(v + 0.0);
    }
    return out;
  }

  /** The next round step: 1, 2, 2.5, 5, 10 times a power of ten, 2.5 only where the format shows it. */
  private double wider(double step) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    double finest = NumberStyle.finestStep(format);
    for (double f : new double[] {2, 2.5, 5, 10}) {
      double next = f * magnitude;
      double inFinest = next / finest;
      if (next > step * (1 + 1e-9) && Math.abs(inFinest - Math.rint(inFinest)) < 1e-6) {
        return next;
      }
    }
    return 20 * magnitude;
  }

  /** The ticks' labels, in the newsroom format and the chart's locale, with the decimals the ticks need. */
  List<String> labels(List<Double> ticks) {
    String pattern = NumberStyle.forTicks(format, ticks);
    List<String> out = new ArrayList<>(ticks.size());
    for (double v : ticks) {
      out.add(NumberStyle.format(v, pattern, locale));
    }
    return out;
  }

  /** The pattern of the labels of every round tick from {@code min} to {@code max}: JFreeChart's axis writes them. */
  static String tickPattern(double min, double max, String format) {
    return NumberStyle.forTicks(format, new ValueScale(min, max, 0, 1, format, null).ticks());
  }

  /** The widest tick label, for the room left of a vertical axis. */
  static double labelWidth(double min, double max, String format, NewsLocale locale, Theme theme) {
    ValueScale s = new ValueScale(min, max, 0, 1, format, locale);
    return widest(s.labels(s.ticks()), Fonts.regular(theme.bodySize()));
  }

  private static double widest(List<String> labels, Font font) {
    return labels.stream().mapToDouble(l -> Text.width(l, font)).max().orElse(0);
  }

  /** Gridlines across a vertical axis, from {@code left} to {@code right}, labels left of {@code left}. */
  void gridAcross(Graphics2D g, Theme theme, double left, double right) {
    gridAcross(g, theme, left, right, true);
  }

  /** Gridlines across; tick labels only when asked (small multiples write them once per row). */
  void gridAcross(Graphics2D g, Theme theme, double left, double right, boolean labels) {
    Font font = Fonts.regular(theme.bodySize());
    List<Double> ticks = ticks(Text.lineHeight(font) + 2);
    List<String> texts = labels(ticks);
    for (int i = 0; i < ticks.size(); i++) {
      double v = ticks.get(i);
      double y = px(v);
      g.setPaint(v == 0 ? theme.axis() : theme.grid());
      g.setStroke(new BasicStroke(v == 0 ? 1.2f : 1f));
      g.draw(new Line2D.Double(left, y, right, y));
      if (labels) {
        String s = texts.get(i);
        Text.draw(g, s, font, theme.secondaryText(), left - 10 - Text.width(s, font), y + Text.ascent(font) / 2 - 1);
      }
    }
  }

  /**
   * Gridlines down a horizontal axis, from {@code top} to {@code bottom}, labels below it.
   *
   * @return the x of each line drawn
   */
  double[] gridDown(Graphics2D g, Theme theme, double top, double bottom) {
    Font font = Fonts.regular(theme.bodySize());
    List<Double> ticks = ticks(widest(labels(ticks()), font) + 12);
    List<String> texts = labels(ticks);
    for (int i = 0; i < ticks.size(); i++) {
      double v = ticks.get(i);
      double x = px(v);
      g.setPaint(v == 0 ? theme.axis() : theme.grid());
      g.setStroke(new BasicStroke(v == 0 ? 1.2f : 1f));
      g.draw(new Line2D.Double(x, top, x, bottom));
      String s = texts.get(i);
      Text.draw(g, s, font, theme.secondaryText(), x - Text.width(s, font) / 2, bottom + 8 + Text.ascent(font));
    }
    return ticks.stream().mapToDouble(this::px).toArray();
  }
}
