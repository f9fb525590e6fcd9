package org.chartdesk.render;

import org.chartdesk.model.DateTime;
import org.chartdesk.model.TimeAxis;

/** A continuous time axis across the plot: moments to pixels, from the axis's first to its last. */
final class TimeAxisScale {
  private final TimeAxis axis;
  private final double x0;
  private final double x1;

  /** @param x0 the pixel of the axis's first moment; x1 of its last */
  TimeAxisScale(TimeAxis axis, double x0, double x1) {
    this.axis = axis;
    this.x0 = x0;
    this.x1 = x1;
  }

  /** The pixel of a moment, in local seconds; a single moment stands in the middle. */
  double px(long seconds) {
    long span = axis.to() - axis.from();
    return span == 0 ? (x0 + x1) / 2 : x0 + (double) (seconds - axis.from()) / span * (x1 - x0);
  }

  /** The pixel of a category's moment. */
  double category(int index) {
    return px(axis.at()[index]);
  }

  /** The pixel of a fractional year, where annotations stand. */
  double years(double years) {
    return px(DateTime.seconds(years));
  }

  /** The least room between neighbouring moments, which decides whether every value gets a label. */
  double closest() {
    long[] at = axis.at();
    long least = Long.MAX_VALUE;
    for (int i = 1; i < at.length; i++) {
      least = Math.min(least, at[i] - at[i - 1]);
    }
    return at.length < 2 ? Double.MAX_VALUE : px(axis.from() + least) - px(axis.from());
  }
}
