package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares an SVG with its reviewed golden as text, exactly: unlike pixels, text has no
 * anti-aliasing noise to allow for. On a mismatch the actual SVG and a report of the first
 * difference, in the manner of a unified diff, are written to target/golden-diff/. To accept a
 * deliberate change, run the test with {@code -Dgolden.update=true}, review the new file in
 * src/test/resources/golden/ (its diff, and the picture it draws), and commit it with the change.
 */
final class GoldenSvgs {
  /** Characters shown either side of the first difference: enough to recognise the element. */
  private static final int EXCERPT = 80;
  /** Unchanged lines shown before the first difference. */
  private static final int CONTEXT = 2;

  private GoldenSvgs() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path golden = GoldenImages.GOLDEN.resolve(name + ".svg");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GoldenImages.GOLDEN);
      Files.writeString(golden, actual);
      return;
    }
    assertThat(golden).as("golden for %s (create with -Dgolden.update=true)", name).exists();
    String expected = Files.readString(golden);
    if (expected.equals(actual)) {
      return;
    }
    Path written = GoldenImages.DIFF.resolve(name + "-actual.svg");
    String report = firstDifference(golden, written, expected, actual);
    Files.createDirectories(GoldenImages.DIFF);
    Files.writeString(written, actual);
    Files.writeString(GoldenImages.DIFF.resolve(name + "-diff.txt"), report);
    fail("%s differs from its golden:%n%s%nIf the change is meant, accept it with -Dgolden.update=true"
        + " and commit the new %s.", name, report, golden);
  }

  /** The first differing line of each side, cut around the first differing column, after context. */
  private static String firstDifference(Path golden, Path written, String expected, String actual) {
    // A limit of -1 keeps a trailing empty line, so a missing final newline is a difference too.
    List<String> e = List.of(expected.split("\n", -1));
    List<String> a = List.of(actual.split("\n", -1));
    int line = 0;
    while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
      line++;
    }
    String was = line < e.size() ? e.get(line) : null;
    String is = line < a.size() ? a.get(line) : null;
    int column = 0;
    if (was != null && is != null) {
      while (column < was.length() && column < is.length() && was.charAt(column) == is.charAt(column)) {
        column++;
      }
    }
    StringBuilder r = new StringBuilder();
    r.append("--- ").append(golden).append('\n').append("+++ ").append(written).append('\n');
    r.append("@@ line ").append(line + 1).append(", column ").append(column + 1).append(" @@\n");
    for (int i = Math.max(0, line - CONTEXT); i < line; i++) {
      r.append(' ').append(excerpt(e.get(i), 0)).append('\n');
    }
    r.append(was == null ? "-(end of file)" : "-" + excerpt(was, column)).append('\n');
    r.append(is == null ? "+(end of file)" : "+" + excerpt(is, column)).append('\n');
    return r.toString();
  }

  /** Up to {@link #EXCERPT} characters either side of a column, with "…" where the line goes on. */
  private static String excerpt(String line, int column) {
    int from = Math.max(0, column - EXCERPT);
    int to = Math.min(line.length(), column + EXCERPT);
    return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
  }
}
