package org.chartdesk.theme;

import java.util.List;

/**
 * A named output size. A preset does not scale a finished chart: the chart is laid out on a canvas
 * of {@code width / textScale} by {@code height / textScale} units in the house sizes, then drawn
 * onto the preset's page. A narrower layout canvas reflows titles and labels, so text is relatively
 * larger where the medium needs it (social, print) and never simply shrunk with the picture.
 *
 * @param width page width in pixels (screen) or points (print)
 * @param height page height, same unit
 * @param textScale how large house text is on this page, relative to the 1200-pixel design
 * @param dpi for print presets, the raster resolution of the PNG; 0 for screen presets (1x and 2x)
 * @param grows whether the page grows taller than {@code height} when the chart needs it: a phone
 *     scrolls, so its chart is as tall as its text at a readable size takes
 */
public record SizePreset(String name, double width, double height, double textScale, int dpi, boolean grows) {
  private static final double POINTS_PER_MM = 72 / 25.4;

  /**
   * A phone's screen width with body text at 12 pixels (at least 4:5, taller when the chart needs
   * it), web article width, wide (the default design), a square social card, and a two-column print
   * chart.
   */
  public static final List<SizePreset> BUNDLED = List.of(
      new SizePreset("phone", 360, 450, 0.75, 0, true),
      new SizePreset("web", 640, 400, 0.85, 0, false),
      new SizePreset("wide", 1200, 675, 1.0, 0, false),
      new SizePreset("social", 1080, 1080, 1.5, 0, false),
      new SizePreset("print", 125 * POINTS_PER_MM, 90 * POINTS_PER_MM, 0.45, 300, false));

  public static SizePreset named(String name) {
    return BUNDLED.stream().filter(p -> p.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no size preset " + name));
  }

  public static List<String> names() {
    return BUNDLED.stream().map(SizePreset::name).toList();
  }

  /**
   * This preset for a chart whose layout needs {@code layoutHeight} units: a page that grows is
   * made as tall, in whole pixels whose whole units hold it; any other stays as it is.
   */
  public SizePreset grownTo(double layoutHeight) {
    double units = Math.ceil(layoutHeight);
    if (!grows || units <= Math.floor(layoutHeight())) {
      return this;
    }
    double pixels = Math.ceil(units * textScale);
    while (Math.floor(pixels / textScale) < units) {
      pixels++;
    }
    return new SizePreset(name, width, pixels, textScale, dpi, true);
  }

  public boolean print() {
    return dpi > 0;
  }

  /** The canvas the chart is laid out on, in house units. */
  public double layoutWidth() {
    return width / textScale;
  }

  public double layoutHeight() {
    return height / textScale;
  }

  /** Raster size of the PNG: the page at 1x for screens, at the preset's dpi for print. */
  public int pixelWidth() {
    return (int) Math.round(print() ? width / 72 * dpi : width);
  }

  public int pixelHeight() {
    return (int) Math.round(print() ? height / 72 * dpi : height);
  }
}
