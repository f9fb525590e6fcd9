package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;

/**
 * A map from fractional years to pixels with round year ticks. Optionally, a long stretch with no
 * events is squeezed into a short, visibly broken piece of axis, so a timeline with a quiet
 * generation does not spend half its height on nothing.
 */
final class TimeScale {
  /** Squeezed stretches get this many pixels. */
  private static final double BREAK_SIZE = 36;

  private final double[] years;
  private final double[] pixels;
  private final List<double[]> breaks;

  TimeScale(double from, double to, double p0, double p1) {
    this(new double[] {from, to}, new double[] {p0, p1}, List.of());
  }

  private TimeScale(double[] years, double[] pixels, List<double[]> breaks) {
    this.years = years;
    this.pixels = pixels;
    this.breaks = breaks;
  }

  /**
   * A scale that squeezes every empty stretch longer than {@code minGap} years (between the
   * sorted event times given) into a break.
   */
  static TimeScale withBreaks(double from, double to, double p0, double p1, double[] times, double minGap) {
    List<double[]> breaks = new ArrayList<>();
    for (int i = 1; i < times.length; i++) {
      if (times[i] - times[i - 1] > minGap) {
        // Keep a year of air on each side of the events around the break.
        breaks.add(new double[] {Math.ceil(times[i - 1]) + 1, Math.floor(times[i]) - 1});
      }
    }
    if (breaks.isEmpty()) {
      return new TimeScale(from, to, p0, p1);
    }
    double squeezed = breaks.stream().mapToDouble(b -> b[1] - b[0]).sum();
    double perYear = (p1 - p0 - BREAK_SIZE * breaks.size()) / (to - from - squeezed);
    List<Double> ys = new ArrayList<>(List.of(from));
    List<Double> ps = new ArrayList<>(List.of(p0));
    double p = p0;
    double y = from;
    for (double[] b : breaks) {
      p += (b[0] - y) * perYear;
      ys.add(b[0]);
      ps.add(p);
      p += BREAK_SIZE;
      ys.add(b[1]);
      ps.add(p);
      y = b[1];
    }
    ys.add(to);
    ps.add(p1);
    return new TimeScale(ys.stream().mapToDouble(Double::doubleValue).toArray(),
        ps.stream().mapToDouble(Double::doubleValue).toArray(), List.copyOf(breaks));
  }

  double px(double year) {
    int i = 1;
    while (i < years.length - 1 && year > years[i]) {
      i++;
    }
    double t = (year - years[i - 1]) / (years[i] - years[i - 1]);
    return pixels[i - 1] + t * (pixels[i] - pixels[i - 1]);
  }

  /** The squeezed stretches, as [from, to] years. */
  List<double[]> breaks() {
    return breaks;
  }

  private boolean inBreak(double year) {
    return breaks.stream().anyMatch(b -> year > b[0] && year < b[1]);
  }

  /** Years at a round step (1, 2, 5, 10, 20, 25 or 50) giving at most about maxTicks ticks. */
  List<Integer> ticks(int maxTicks) {
    double from = years[0];
    double to = years[years.length - 1];
    double span = to - from - breaks.stream().mapToDouble(b -> b[1] - b[0]).sum();
    int step = 1;
    for (int s : new int[] {1, 2, 5, 10, 20, 25, 50}) {
      step = s;
      if (span / s <= maxTicks) {
        break;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int y = (int) Math.ceil(from / step) * step; y <= to; y += step) {
      if (!inBreak(y)) {
        out.add(y);
      }
    }
    return out;
  }

  /**
   * Years for an axis across the page: at most about maxTicks, and fewer where the year labels
   * would otherwise crowd each other on a narrow chart.
   */
  List<Integer> acrossTicks(int maxTicks, Theme theme) {
    double label = Text.width("0000", Fonts.regular(theme.bodySize())) + 12;
    return ticks(Math.max(1, Math.min(maxTicks, (int) ((pixels[pixels.length - 1] - pixels[0]) / label))));
  }

  /** A horizontal year axis: a baseline and year labels below it, written as plain years. */
  void drawHorizontalAxis(Graphics2D g, Theme theme, double baseline, double left, double right,
      int maxTicks) {
    g.setPaint(theme.axis());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(left, baseline, right, baseline));
    var font = Fonts.regular(theme.bodySize());
    for (int y : acrossTicks(maxTicks, theme)) {
      double x = px(y);
      g.setPaint(theme.axis());
      g.draw(new Line2D.Double(x, baseline, x, baseline + 5));
      String s = Integer.toString(y);
      Text.draw(g, s, font, theme.secondaryText(), x - Text.width(s, font) / 2,
          baseline + 8 + Text.ascent(font));
    }
  }
}
