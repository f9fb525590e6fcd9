package org.chartdesk.check;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;

/** What the lint found, and what the specs silenced. */
public record LintResult(List<Diagnostic> diagnostics, List<SilencedRule> silenced) {}
