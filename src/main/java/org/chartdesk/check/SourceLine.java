package org.chartdesk.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/** CD104: a chart that travels without its source line cannot be checked or credited. */
final class SourceLine implements Rule {
  /** What editors type while the source is still to come. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("", "tk", "tbd", "todo", "?", "-", "–", "n/a", "na", "none", "null", "unknown", "xxx", "source");

  @Override
  public String code() {
    return "CD104";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    String line = t.model().frame().sourceLine();
    String named = line == null ? "" : line.strip().replaceFirst("(?i)^sources?\\s*:", "").strip();
    if (!PLACEHOLDERS.contains(named.toLowerCase(Locale.ROOT).replaceAll("[.:]+$", ""))) {
      return List.of();
    }
    return List.of(reportAt(t, "source", Message.LINT_NO_SOURCE,
        "name the document the figures come from, as readers can find it: source: <title>, <publisher>"));
  }
}
