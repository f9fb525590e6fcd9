package org.chartdesk.theme;

/**
 * The house frame's spacing in layout units: the renderer draws the frame with it and the lint
 * measures the frame with it, so that what the lint passes is what is drawn.
 */
public final class FrameSpacing {
  /** The chart's padding above its title, a part of the theme's margin (left and right: all of it). */
  public static final double TOP = 0.75;
  /** The chart's padding below its source line, a part of the theme's margin. */
  public static final double BOTTOM = 0.6;
  public static final double BELOW_TITLE = 6;
  public static final double BELOW_SUBTITLE = 14;
  /** Between the plot and what stands below it: the first note, else the source line. */
  public static final double ABOVE_FOOTER = 14;
  public static final double BETWEEN_NOTES = 2;
  public static final double ABOVE_SOURCE_AFTER_NOTES = 4;
  /** Between the source line and a project's logo at its right. */
  public static final double LOGO_GAP = 16;

  private FrameSpacing() {}
}
