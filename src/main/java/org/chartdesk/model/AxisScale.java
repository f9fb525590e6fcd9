package org.chartdesk.model;

/** Round value-axis extents and steps, decided once in the model so renderer and lint agree. */
public final class AxisScale {
  /** Room past the largest figure for the labels set beyond it: 12% of it. */
  public static final double HEADROOM = 1.12;

  private AxisScale() {}

  /** The smallest multiple of a round step that is at least the value. */
  public static double niceCeiling(double value) {
    double step = niceStep(value);
    return Math.ceil(value / step) * step;
  }

  /**
   * The round end of an axis beyond {@code extreme} (above zero), leaving room for the labels set
   * past it: the share {@code headroom - 1} of the axis's whole {@code span}, which is the extreme
   * itself where the figures are all on one side of zero. Taken on the extreme alone, a column of
   * -2.4 beside one of 16.8 had 0.6 below it, 12 px, and its label ran off the plot onto the years.
   */
  public static double beyond(double extreme, double span, double headroom) {
    return niceCeiling(extreme + (headroom - 1) * Math.max(extreme, span));
  }

  /**
   * The step of a value axis whose labels are written with {@code pattern}: the round step, but
   * never finer than the pattern shows. Counts of 0 to 2 stepped by 0.5 were labelled "0, 1, 1,
   * 2, 2" under a whole-number format; they step by 1. Images and the workbook's charts both take it.
   */
  public static double step(double range, String pattern) {
    return Math.max(niceStep(range), NumberStyle.finestStep(pattern));
  }

  /** A round tick step (1, 2, 2.5 or 5 times a power of ten) giving four to six gridlines. */
  public static double niceStep(double range) {
    if (range <= 0) {
      return 1;
    }
    double raw = range / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * magnitude >= raw) {
        return f * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
