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
 * @param chart which of a split spec's charts the problem is in, or null when the file says it all
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, Message code, String text, String hint, String chart) {

  /** The same problem, found in one of the charts a split spec makes. */
  public Diagnostic inChart(String id) {
    return new Diagnostic(severity, file, line, column, code, text, hint, id);
  }

  /** The same problem as an error: a warning under --strict, which fails the run as an error does. */
  public Diagnostic asError() {
    return new Diagnostic(Severity.ERROR, file, line, column, code, text, hint, chart);
  }

  public Optional<String> hintText() {
    return Optional.ofNullable(hint);
  }

  /** {@code path:line:column: error: message}, then the chart and the hint indented on lines of their own. */
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
    if (chart != null) {
      sb.append("\n    in chart ").append(chart);
    }
    if (hint != null) {
      for (String h : hint.split("\n")) {
        sb.append("\n    ").append(h);
      }
    }
    return sb.toString();
  }
}
