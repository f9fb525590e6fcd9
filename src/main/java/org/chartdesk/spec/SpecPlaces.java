package org.chartdesk.spec;

import java.util.HashMap;
import java.util.Map;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * Where each key and value of a spec file sits, by path ({@code data}, {@code y.field},
 * {@code annotations[1].x}): what binding the spec to its data finds wrong then points at the line
 * and column to edit, as the spec's own checks do.
 */
public final class SpecPlaces {
  /** A spec not read from a file (made in code): its errors name the file alone. */
  public static final SpecPlaces NONE = new SpecPlaces(Map.of(), Map.of());

  private final Map<String, int[]> places;
  private final Map<String, int[]> keys;

  private SpecPlaces(Map<String, int[]> places, Map<String, int[]> keys) {
    this.places = places;
    this.keys = keys;
  }

  static SpecPlaces of(YamlScan scan) {
    Map<String, int[]> places = new HashMap<>();
    Map<String, int[]> keys = new HashMap<>();
    scan.values.forEach((path, at) -> places.put(path, place(at)));
    scan.keys.forEach((path, at) -> {
      keys.put(path, place(at));
      places.putIfAbsent(path, place(at));
    });
    return new SpecPlaces(Map.copyOf(places), Map.copyOf(keys));
  }

  private static int[] place(YamlScan.Place at) {
    return new int[] {at.location().getLineNr(), at.location().getColumnNr()};
  }

  /**
   * An error at {@code path}: its value, else its key, else the nearest enclosing key or list item
   * the file writes ({@code x.field} of {@code x: year} is at {@code year}); with none, the file.
   */
  public Diagnostic error(Message message, String file, String path, String hint, Object... args) {
    return at(find(path), message, file, hint, args);
  }

  /** A warning at {@code path}, placed as {@link #error} places an error. */
  public Diagnostic warning(Message message, String file, String path, String hint, Object... args) {
    int[] at = find(path);
    return at == null ? message.warning(file, 0, 0, hint, args) : message.warning(file, at[0], at[1], hint, args);
  }

  /** An error about a key itself (a misspelt value named as a key), at the key. */
  public Diagnostic keyError(Message message, String file, String path, String hint, Object... args) {
    int[] key = keys.get(path);
    return at(key != null ? key : find(path), message, file, hint, args);
  }

  private int[] find(String path) {
    int[] at = null;
    for (String p = path; at == null && p != null; p = parent(p)) {
      at = places.get(p);
    }
    return at;
  }

  private static Diagnostic at(int[] at, Message message, String file, String hint, Object... args) {
    return at == null ? message.error(file, 0, 0, hint, args) : message.error(file, at[0], at[1], hint, args);
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.substring(0, cut) : null;
  }
}
