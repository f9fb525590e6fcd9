package org.chartdesk.theme;

import java.awt.Color;
import java.util.List;

/**
 * The house style as data: sizes in pixels at 1x for a chart 1200 pixels wide, colours, spacing.
 * Renderers read it; it never reads data.
 *
 * @param categorical colour-blind-safe series colours (Okabe and Ito), in order of use
 */
public record Theme(
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
    List<Color> categorical,
    int margin) {

  /** The house theme: left-aligned bold title, quiet greys, flat Okabe–Ito colours. */
  public static Theme house() {
    return new Theme(
        30f, 20f, 16f, 15f,
        Color.WHITE,
        new Color(0x22, 0x22, 0x22),
        new Color(0x59, 0x59, 0x59),
        new Color(0xDD, 0xDD, 0xDD),
        new Color(0x33, 0x33, 0x33),
        new Color(0xBB, 0xBB, 0xBB),
        List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9)),
        32);
  }

  public Color series(int index) {
    return categorical.get(index % categorical.size());
  }
}
