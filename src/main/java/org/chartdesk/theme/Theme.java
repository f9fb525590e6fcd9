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

  /**
   * How many series colours every bundled theme has: a spec's {@code colors: {value: 3}} names the
   * third in whichever theme draws it.
   */
  public static final int PALETTE_SIZE = 6;

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

  /**
   * The theme with its series colours in another order: the {@code i}th series drawn in the
   * palette's colour {@code slots[i]}, as a spec's {@code colors} ask.
   */
  public Theme recoloured(int[] slots) {
    List<Color> order = new java.util.ArrayList<>();
    for (int slot : slots) {
      order.add(categorical.get(slot % categorical.size()));
    }
    return order.isEmpty() ? this : new Theme(name, fontFamily, titleSize, subtitleSize, bodySize, smallSize,
        background, text, secondaryText, grid, axis, muted, highlight, List.copyOf(order), sequential, diverging,
        margin, logoHeight);
  }

  public Color series(int index) {
    return categorical.get(index % categorical.size());
  }
}
