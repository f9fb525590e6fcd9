package org.chartdesk.build;

import java.util.List;

/**
 * What became of one chart in a build.
 *
 * @param outputs the chart's files, written or kept
 * @param millis time spent rendering, 0 when unchanged
 */
public record ChartResult(String id, Status status, List<Output> outputs, long millis) {
  /** Built anew, kept because nothing it is made from changed, or failed. */
  public enum Status {
    BUILT,
    UNCHANGED,
    FAILED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
