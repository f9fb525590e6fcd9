package org.chartdesk.diagnostics;

/** How bad a diagnostic is: errors stop a build, warnings do not (unless the build is strict). */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
