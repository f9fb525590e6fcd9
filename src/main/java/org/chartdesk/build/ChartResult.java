package org.chartdesk.build;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;

/**
 * What became of one chart in a build.
 *
 * @param outputs the chart's files, written or kept
 * @param millis time spent rendering, 0 when unchanged
 * @param madeFrom the project's files the chart is made from, as diagnostics name them: its spec
 *     and the datasets it reads
 */
public record ChartResult(String id, Status status, List<Output> outputs, long millis, List<String> madeFrom) {
  /** Built anew, kept because nothing it is made from changed, or failed. */
  public enum Status {
    BUILT,
    UNCHANGED,
    FAILED;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A chart whose files of origin are not known yet, or not needed (nothing was checked). */
  public ChartResult(String id, Status status, List<Output> outputs, long millis) {
    this(id, status, outputs, millis, List.of());
  }

  /** The same chart, made from {@code files}. */
  ChartResult madeFrom(List<String> files) {
    return new ChartResult(id, status, outputs, millis, List.copyOf(files));
  }

  /**
   * Whether a diagnostic is about this chart, for a report that gives each chart its own: one
   * said in it (a split spec's, a file of it that could not be written), or one about a file it
   * is made from that names no other chart: its spec, a dataset it reads. A chart that failed
   * before it was bound carries its spec's id, and then its split charts' diagnostics too.
   */
  boolean concerns(Diagnostic d) {
    if (d.chart() != null && d.chart().equals(id)) {
      return true;
    }
    return d.file() != null && madeFrom.contains(d.file())
        && (d.chart() == null || d.chart().startsWith(id + "--"));
  }
}
