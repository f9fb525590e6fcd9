package org.chartdesk.build;

/** The tool's version, recorded in the manifest and the workbook. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
