package org.chartdesk.diagnostics;

import java.util.List;

/** Thrown when input is wrong; carries the diagnostics so the CLI can print them without a trace. */
public final class InputException extends Exception {
  private final transient List<Diagnostic> diagnostics;

  public InputException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "input error" : diagnostics.get(0).format(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public InputException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
