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
  public static final SpecPlaces NONE = new SpecPlaces(Map.of());

  private final Map<String, int[]> places;

  private SpecPlaces(Map<String, int[]> places) {
    this.places = places;
  }

  static SpecPlaces of(YamlScan scan) {
    Map<String, int[]> places = new HashMap<>();
    scan.values.forEach((path, at) -> places.put(path,
        new int[] {at.location().getLineNr(), at.location().getColumnNr()}));
    scan.keys.forEach((path, at) -> places.putIfAbsent(path,
        new int[] {at.location().getLineNr(), at.location().getColumnNr()}));
    return new SpecPlaces(Map.copyOf(places));
  }

  /**
   * An error at {@code path}: its value, else its key, else the nearest enclosing key or list item
   * the file writes ({@code x.field} of {@code x: year} is at {@code year}); with none, the file.
   */
  public Diagnostic error(Message message, String file, String path, String hint, Object... args) {
    int[] at = null;
    for (String p = path; at == null && p != null; p = parent(p)) {
      at = places.get(p);
    }
    return at == null ? message.error(file, 0, 0, hint, args) : message.error(file, at[0], at[1], hint, args);
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut > 0 ? path.substring(0, cut) : null;
  }
}
