package org.chartdesk.model;

import java.util.List;

/**
 * What every chart carries around its data: the words of the chrome and the size.
 *
 * @param sourceLine the full line as printed, "Source: ..."
 * @param theme the name of the theme the chart is drawn with
 * @param sizes named size presets to draw as well, beside the spec's own size
 * @param annotations event lines and spans the editor put on the chart
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
    List<Annotation> annotations) {

  /** A frame without annotations. */
  public Frame(String id, String title, String subtitle, List<String> notes, String sourceLine, int width,
      int height, String theme, List<String> sizes) {
    this(id, title, subtitle, notes, sourceLine, width, height, theme, sizes, List.of());
  }
}
