package org.chartdesk.spec;

import java.util.List;

/**
 * House settings for every chart of a project, from {@code chartdesk.yaml} at its root, or given
 * for one build on the command line. A chart's own spec wins over the project's file; the command
 * line wins over both, so one build can make, say, a German edition of every chart.
 *
 * @param theme the bundled theme, or null
 * @param locale the bundled locale for numbers, dates and the chrome's words, or null
 * @param byline a credit printed beside the source line ("Graphic: A. Editor"), or null
 * @param logo a PNG or JPEG inside the project, drawn right of the source line; project-wide only
 */
public record ProjectSettings(String theme, String locale, String byline, String logo) {
  public static final String FILE = "chartdesk.yaml";
  public static final List<String> KEYS = List.of("theme", "locale", "byline", "logo");
  public static final ProjectSettings NONE = new ProjectSettings(null, null, null, null);

  /** Settings for one build, from the command line. */
  public ProjectSettings(String theme, String locale, String byline) {
    this(theme, locale, byline, null);
  }

  /**
   * As a record's own, written out: the record's is linked on first use through a method-handle
   * bootstrap, 5 ms of a one-chart build, which asks for it once (the chart's key in the manifest).
   */
  @Override
  public String toString() {
    return "ProjectSettings[theme=" + theme + ", locale=" + locale + ", byline=" + byline + ", logo=" + logo + "]";
  }

  /** The first of the values given, in order of precedence; null when none is. */
  public static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
