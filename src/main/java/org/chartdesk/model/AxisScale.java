package org.chartdesk.model;

/** Round value-axis extents and steps, decided once in the model so renderer and lint agree. */
public final class AxisScale {
  private AxisScale() {}

  /** The smallest multiple of a round step that is at least the value. */
  public static double niceCeiling(double value) {
    double step = niceStep(value);
    return Math.ceil(value / step) * step;
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
