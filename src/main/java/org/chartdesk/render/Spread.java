package org.chartdesk.render;

/** One-dimensional label placement: as close to where each label wants to be, with none overlapping. */
final class Spread {
  private Spread() {}

  /**
   * Positions for items already in order along one axis.
   *
   * @param want the wanted start of each item
   * @param size the extent of each item
   * @return starts that keep order, do not overlap, and stay within [min, max] when they fit
   */
  static double[] along(double[] want, double[] size, double min, double max) {
    int n = want.length;
    double[] at = new double[n];
    double cursor = min;
    for (int i = 0; i < n; i++) {
      at[i] = Math.max(want[i], cursor);
      cursor = at[i] + size[i];
    }
    // Push back from the far end, then forward again, so the pack stays inside the range.
    double limit = max;
    for (int i = n - 1; i >= 0; i--) {
      at[i] = Math.min(at[i], limit - size[i]);
      limit = at[i];
    }
    cursor = min;
    for (int i = 0; i < n; i++) {
      at[i] = Math.max(at[i], cursor);
      cursor = at[i] + size[i];
    }
    return at;
  }
}
