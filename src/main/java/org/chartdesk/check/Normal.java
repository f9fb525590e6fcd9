package org.chartdesk.check;

/**
 * Text as quotes and sources are compared: every run of white space (including no-break spaces) is
 * one space, and typographic quotes and apostrophes are their ASCII forms, because a reporter
 * copying a passage cannot see either difference.
 */
final class Normal {
  /** What joins the parts of a quote that skips text: space, horizontal ellipsis, space. */
  static final String ELLIPSIS = " \u2026 ";

  private Normal() {}

  static String of(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(switch (c) {
        case '\u2018', '\u2019' -> '\'';
        case '\u201C', '\u201D' -> '"';
        default -> c;
      });
    }
    return sb.toString();
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
