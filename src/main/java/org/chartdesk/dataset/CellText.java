package org.chartdesk.dataset;

/** What text a spreadsheet cell can hold: no C0 control character but tab and line ends. */
public final class CellText {
  private CellText() {}

  /** The index of the first character a cell cannot hold (Excel shows "?" for it), or -1. */
  public static int firstControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }
}
