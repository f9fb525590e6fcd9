package org.chartdesk.check;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/** One editorial rule: a stable code, a severity, and a check of one bound chart. */
interface Rule {
  /** The stable code a spec names to silence the rule, such as "CD101". */
  String code();

  Severity severity();

  /** Findings for one chart, already at the rule's severity. */
  List<Diagnostic> check(LintTarget target);

  /** A finding of this rule about the chart's spec file. */
  default Diagnostic report(LintTarget target, Message message, String hint, Object... args) {
    return severity() == Severity.ERROR
        ? message.error(target.file(), 0, 0, hint, args)
        : message.warning(target.file(), 0, 0, hint, args);
  }

  /** A finding about what the spec writes at {@code path} ({@code x.domain}), placed there when it writes it. */
  default Diagnostic reportAt(LintTarget target, String path, Message message, String hint, Object... args) {
    var places = target.model().frame().places();
    return severity() == Severity.ERROR ? places.error(message, target.file(), path, hint, args)
        : places.warning(message, target.file(), path, hint, args);
  }
}
