package org.chartdesk.build;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Severity;

/**
 * What a build did, for the CLI to print and turn into an exit code.
 *
 * @param results one per chart, in build order
 * @param outputs every file of the build (written or kept), manifest excluded
 * @param written the paths this build wrote, manifest included; the rest were already right
 * @param removed the files of the previous build this one removed: those of a deleted spec, of a
 *     split value gone from the data, of a size no longer asked for
 */
public record BuildReport(List<ChartResult> results, List<Output> outputs, List<Diagnostic> diagnostics,
    List<String> written, List<Output> removed) {
  /** Ids of the charts that are in the output folder now, built or kept. */
  public List<String> charts() {
    return results.stream().filter(r -> r.status() != ChartResult.Status.FAILED).map(ChartResult::id).toList();
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
