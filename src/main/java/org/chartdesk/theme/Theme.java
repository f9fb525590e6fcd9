package org.chartdesk.theme;

import java.awt.Color;
import java.util.List;

/**
 * The house style as data (see {@code src/main/resources/themes/}): sizes in pixels at 1x for a
 * chart 1200 pixels wide, colours, palettes, spacing. Renderers read it; it never reads data.
 *
 * @param categorical colour-blind-safe series colours, in order of use
 * @param sequential light-to-dark colours for ordered values
 * @param diverging colours from one extreme through neutral to the other
 * @param logoHeight the height of a project's logo in the footer, right of the source line
 */
public record Theme(
    String name,
    String fontFamily,
    float titleSize,
    float subtitleSize,
    float bodySize,
    float smallSize,
    Color background,
    Color text,
    Color secondaryText,
    Color grid,
    Color axis,
    Color muted,
    Color highlight,
    List<Color> categorical,
    List<Color> sequential,
    List<Color> diverging,
    int margin,
    int logoHeight) {

  /** The names of the bundled themes. */
  public static final List<String> BUNDLED = List.of("house", "dark", "print");

  /** The house theme: left-aligned bold title, quiet greys, flat Okabe–Ito colours. */
  public static Theme house() {
    return named("house");
  }

  /** A bundled theme by name; see {@link #BUNDLED}. */
  public static Theme named(String name) {
    return ThemeLoader.bundled(name);
  }

  public Color series(int index) {
    return categorical.get(index % categorical.size());
  }
}
