package org.chartdesk.spec;

import java.util.HashMap;
import java.util.Map;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Places;

/**
 * Where each key and value of a spec file sits, by path ({@code data}, {@code y.field},
 * {@code annotations[1].x}): what binding the spec to its data finds wrong then points at the line
 * and column to edit, as the spec's own checks do. A path is placed at its value, else its key.
 */
public final class SpecPlaces {
  /** A spec not read from a file (made in code): its errors name the file alone. */
  public static final SpecPlaces NONE = new SpecPlaces(Places.NONE, Places.NONE);

  private final Places values;
  private final Places keys;

  private SpecPlaces(Places values, Places keys) {
    this.values = values;
    this.keys = keys;
  }

  static SpecPlaces of(YamlScan scan) {
    Map<String, int[]> values = new HashMap<>();
    Map<String, int[]> keys = new HashMap<>();
    scan.values.forEach((path, at) -> values.put(path, place(at)));
    scan.keys.forEach((path, at) -> {
      keys.put(path, place(at));
      values.putIfAbsent(path, place(at));
    });
    return new SpecPlaces(new Places(values), new Places(keys));
  }

  private static int[] place(YamlScan.Place at) {
    return new int[] {at.location().getLineNr(), at.location().getColumnNr()};
  }

  /** An error at {@code path}: its value, else its key, else the nearest enclosing one; with none, the file. */
  public Diagnostic error(Message message, String file, String path, String hint, Object... args) {
    return values.error(message, file, path, hint, args);
  }

  /** A warning placed as {@link #error} places an error. */
  public Diagnostic warning(Message message, String file, String path, String hint, Object... args) {
    return values.warning(message, file, path, hint, args);
  }

  /** An error about a key itself (a misspelt value named as a key), at the key. */
  public Diagnostic keyError(Message message, String file, String path, String hint, Object... args) {
    return (keys.has(path) ? keys : values).error(message, file, path, hint, args);
  }

  /** A warning about a key itself (an ignore no longer needed), at the key. */
  public Diagnostic keyWarning(Message message, String file, String path, String hint, Object... args) {
    return (keys.has(path) ? keys : values).warning(message, file, path, hint, args);
  }
}
