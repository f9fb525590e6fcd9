package org.chartdesk.diagnostics;

import java.util.Map;

/**
 * Where the keys or values of a spec or data package sit, by path ({@code y.field},
 * {@code resources[1].schema.fields[0].type}), so that what is found wrong after parsing (a field
 * the data lacks, a type no one knows) is reported at its line and column, as a syntax error is.
 */
public final class Places {
  /** A file not read from disk (made in code): its diagnostics name the file alone. */
  public static final Places NONE = new Places(Map.of());

  private final Map<String, int[]> at;

  /** @param at each path's 1-based line and column */
  public Places(Map<String, int[]> at) {
    this.at = Map.copyOf(at);
  }

  /** Whether the file writes exactly this path. */
  public boolean has(String path) {
    return at.containsKey(path);
  }

  /** An error at {@code path}, else at the nearest enclosing key or list item the file writes; else the file. */
  public Diagnostic error(Message message, String file, String path, String hint, Object... args) {
    int[] p = find(path);
    return p == null ? message.error(file, 0, 0, hint, args) : message.error(file, p[0], p[1], hint, args);
  }

  /** A warning placed as {@link #error} places an error. */
  public Diagnostic warning(Message message, String file, String path, String hint, Object... args) {
    int[] p = find(path);
    return p == null ? message.warning(file, 0, 0, hint, args) : message.warning(file, p[0], p[1], hint, args);
  }

  private int[] find(String path) {
    for (String p = path; p != null; p = parent(p)) {
      int[] found = at.get(p);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.substring(0, cut) : null;
  }
}
