package org.chartdesk.build;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Severity;

/**
 * What a build did, for the CLI to print and turn into an exit code.
 *
 * @param charts ids of the charts built, in build order
 * @param outputs every file written, manifest excluded
 */
public record BuildReport(List<String> charts, List<Output> outputs, List<Diagnostic> diagnostics) {
  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
