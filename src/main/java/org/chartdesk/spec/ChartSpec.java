package org.chartdesk.spec;

import java.util.List;
import java.util.Map;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * What an editor wrote in {@code charts/<id>.yaml}, checked for structure but not yet bound to
 * data.
 *
 * @param heightGiven whether the spec sets {@code size.height}: a table without it is as tall as its rows
 * @param silenced lint rules this chart silences, each with the editor's written reason
 * @param theme the bundled theme to draw with, or null for the house theme
 * @param sizes named size presets drawn as well, beside the spec's own size
 * @param color the field whose values become series, each in its own colour, or null
 * @param facet the field whose values become the panels of small multiples, or null
 * @param mark what each small multiple draws: column or line
 * @param columns a table's columns, in order
 * @param stack how series stack: "absolute" (default) or "percent" (shares of each total)
 * @param sort the order of a bar, dot or lollipop chart's categories: data, ascending, descending
 * @param transforms steps applied to the dataset's rows before binding, in order
 * @param locale the bundled locale for numbers, dates and the chrome's words, or null for the project's
 * @param byline a credit printed beside the source line, or null for the project's
 * @param split one chart per value of a field, or null for one chart
 * @param places where each key and value sits in the file, for errors found binding it to data
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
    boolean heightGiven,
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
    List<String> sizes,
    Channel color,
    Channel facet,
    String mark,
    List<Channel> columns,
    String stack,
    String sort,
    List<Transform> transforms,
    List<AnnotationSpec> annotations,
    String locale,
    String byline,
    Split split,
    SpecPlaces places) {

  public static final List<String> COMMON_KEYS =
      List.of("title", "subtitle", "kind", "data", "notes", "source", "size", "sizes", "theme", "lint",
          "annotations", "locale", "byline", "split_by");

  /** The names of every dataset the chart reads: its data, its marks' and its annotations'. */
  public List<String> datasetsRead() {
    List<String> out = new java.util.ArrayList<>();
    out.add(data);
    if (marks != null && marks.data() != null) {
      out.add(marks.data());
    }
    annotations.stream().filter(a -> a.rows() != null).forEach(a -> out.add(a.rows().data()));
    return out.stream().filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** An error about what the spec writes at {@code path} ({@code data}, {@code x.field}), placed there. */
  public Diagnostic error(Message message, String path, String hint, Object... args) {
    return places.error(message, file, path, hint, args);
  }

  /** An error about a key the spec writes ({@code colors.Indai}), placed at the key rather than its value. */
  public Diagnostic keyError(Message message, String path, String hint, Object... args) {
    return places.keyError(message, file, path, hint, args);
  }

  public static final int DEFAULT_WIDTH = 1200;
  public static final int DEFAULT_HEIGHT = 675;

  /**
   * The spec of one chart of a split spec: its own id and words, its value's rows kept by the
   * first transform step, and the channels as given (with a shared value-axis domain).
   */
  public ChartSpec forValue(String id, String title, String subtitle, List<String> notes, List<Transform> transforms,
      Channel x, Channel y) {
    return new ChartSpec(id, file, kind, title, subtitle, data, notes, source, width, height, heightGiven, x, y, lane,
        row, group, start, end, label, orientation, marks, silenced, theme, sizes, color, facet, mark, columns, stack,
        sort, transforms, annotations, locale, byline, split, places);
  }
}
