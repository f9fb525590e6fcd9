package org.chartdesk.check;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/**
 * CD106: past about six colours, readers stop matching marks to lanes, and a palette that runs out
 * repeats colours for different things.
 */
final class SeriesCount implements Rule {
  static final int MAX = 6;

  @Override
  public String code() {
    return "CD106";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    Series s = Series.of(t.model(), t.theme());
    int limit = Math.min(MAX, t.theme().categorical().size());
    if (s.size() <= limit) {
      return List.of();
    }
    return List.of(report(t, Message.LINT_TOO_MANY_SERIES,
        "merge the smaller categories, or split the chart into several with fewer each",
        s.size(), s.kinds(), limit));
  }
}
