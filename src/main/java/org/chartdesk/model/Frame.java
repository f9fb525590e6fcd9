package org.chartdesk.model;

import java.util.List;
import java.util.Map;
import org.chartdesk.spec.SpecPlaces;
import org.chartdesk.theme.NewsLocale;

/**
 * What every chart carries around its data: the words of the chrome and the size.
 *
 * @param sourceLine the full line as printed, "Source: ..."
 * @param theme the name of the theme the chart is drawn with
 * @param sizes named size presets to draw as well, beside the spec's own size
 * @param annotations event lines and spans the editor put on the chart
 * @param callouts notes the editor pinned to data points
 * @param locale how numbers, dates and the chrome's words read
 * @param logo the project's logo image file, drawn right of the source line, or null
 * @param highlights keys of the bars, categories or series drawn in colour, the rest muted; empty
 *     for none
 * @param template the id of the split spec this chart is one of, or null when it is its spec's only chart
 * @param colours the palette colour (0 for the first) of each series, lane or group value the spec
 *     colours by name, the others taking the colours left, in order; or, for a chart drawn in one
 *     colour that its split's value gives it, that colour under {@link #ONE_COLOUR}
 * @param places where each key of the spec sits, for the lint's findings to point at
 * @param qualified the columns of the chart's dataset whose values read with another column's words,
 *     each to that column ("stories" to "qualifier": "over 3,789"), for the dataset's tables
 *     (the gallery's, the workbook's) to keep the two together as the chart does
 */
public record Frame(
    String id,
    String title,
    String subtitle,
    List<String> notes,
    String sourceLine,
    int width,
    int height,
    String theme,
    List<String> sizes,
    List<Annotation> annotations,
    List<Callout> callouts,
    List<String> highlights,
    NewsLocale locale,
    java.nio.file.Path logo,
    String template,
    Map<String, Integer> colours,
    SpecPlaces places,
    Map<String, String> qualified) {

  /** The key of {@link #colours} for the one colour of a chart a split's value colours. */
  public static final String ONE_COLOUR = "";

  /** A frame whose series take the palette's colours in order, of a spec made in code. */
  public Frame(String id, String title, String subtitle, List<String> notes, String sourceLine, int width,
      int height, String theme, List<String> sizes, List<Annotation> annotations, List<Callout> callouts,
      List<String> highlights, NewsLocale locale, java.nio.file.Path logo, String template) {
    this(id, title, subtitle, notes, sourceLine, width, height, theme, sizes, annotations, callouts, highlights,
        locale, logo, template, Map.of(), SpecPlaces.NONE, Map.of());
  }

  /** A frame without annotations. */
  public Frame(String id, String title, String subtitle, List<String> notes, String sourceLine, int width,
      int height, String theme, List<String> sizes) {
    this(id, title, subtitle, notes, sourceLine, width, height, theme, sizes, List.of(), List.of(), List.of(),
        NewsLocale.english(), null, null);
  }

  /** Each note as printed under the chart, after the locale's word for it: "Note: ...", "Anmerkung: ...". */
  public String noteLine(String note) {
    return locale.note() + ": " + note;
  }

  /** The same frame with a note of its own after the spec's, said by the chart about its data. */
  public Frame withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new Frame(id, title, subtitle, List.copyOf(more), sourceLine, width, height, theme, sizes, annotations,
        callouts, highlights, locale, logo, template, colours, places, qualified);
  }

  /** The same frame on a canvas of another size, as a size preset lays the chart out. */
  public Frame sized(int canvasWidth, int canvasHeight) {
    return new Frame(id, title, subtitle, notes, sourceLine, canvasWidth, canvasHeight, theme, sizes, annotations,
        callouts, highlights, locale, logo, template, colours, places, qualified);
  }

  /** The id of the spec the chart is drawn from. */
  public String spec() {
    return template == null ? id : template;
  }

  /** The spec file the chart is drawn from, which its diagnostics point at. */
  public String file() {
    return fileOf(spec());
  }

  /** The file of the spec {@code id}, as diagnostics name it: also of a spec that made no chart. */
  public static String fileOf(String spec) {
    return "charts/" + spec + ".yaml";
  }

  /**
   * The palette colour of each of the values a chart tells apart by colour, in their order: the
   * one the spec gives a value, else the first not given to any value, in turn, so that a value
   * without one never takes another's.
   */
  public int[] colourSlots(List<String> keys) {
    int[] slots = new int[keys.size()];
    java.util.Set<Integer> given = new java.util.HashSet<>(colours.values());
    int next = 0;
    for (int i = 0; i < slots.length; i++) {
      Integer own = colours.get(keys.get(i));
      if (own == null) {
        while (given.contains(next)) {
          next++;
        }
        own = next++;
      }
      slots[i] = own;
    }
    return slots;
  }

  /** Whether the key is drawn in colour: it is highlighted, or nothing is. */
  public boolean standsOut(String key) {
    return highlights.isEmpty() || highlights.contains(key);
  }
}
