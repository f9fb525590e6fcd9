package org.chartdesk.diagnostics;

import java.util.Optional;

/**
 * One problem found in the user's input, located like a compiler error.
 *
 * @param file path as the user should see it (relative to the project), or null for the whole build
 * @param line 1-based physical line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param code stable identifier from {@link Message}, asserted by tests
 * @param text the rendered message
 * @param hint an optional extra line telling the user what to do
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, Message code, String text, String hint) {

  public Optional<String> hintText() {
    return Optional.ofNullable(hint);
  }

  /** {@code path:line:column: error: message}, then the hint indented on its own line. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
        if (column > 0) {
          sb.append(':').append(column);
        }
      }
      sb.append(": ");
    }
    sb.append(severity.label()).append(": ").append(text);
    if (hint != null) {
      for (String h : hint.split("\n")) {
        sb.append("\n    ").append(h);
      }
    }
    return sb.toString();
  }
}
