package org.chartdesk.spec;

import java.util.List;
import java.util.Map;

/**
 * What an editor wrote in {@code charts/<id>.yaml}, checked for structure but not yet bound to
 * data.
 *
 * @param silenced lint rules this chart silences, each with the editor's written reason
 * @param theme the bundled theme to draw with, or null for the house theme
 * @param sizes named size presets drawn as well, beside the spec's own size
 */
public record ChartSpec(
    String id,
    String file,
    ChartKind kind,
    String title,
    String subtitle,
    String data,
    List<String> notes,
    String source,
    int width,
    int height,
    Channel x,
    Channel y,
    Channel lane,
    Channel row,
    Channel group,
    Channel start,
    Channel end,
    String label,
    String orientation,
    Marks marks,
    Map<String, String> silenced,
    String theme,
    List<String> sizes) {

  public static final List<String> COMMON_KEYS =
      List.of("title", "subtitle", "kind", "data", "notes", "source", "size", "sizes", "theme", "lint");

  public static final int DEFAULT_WIDTH = 1200;
  public static final int DEFAULT_HEIGHT = 675;
}
