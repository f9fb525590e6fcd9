package org.chartdesk.model;

/**
 * An editor's note pinned to one data point: words beside it, or words set apart with a pointer
 * to it. The renderer places the words where they cover neither the data nor other text.
 *
 * @param category the key of the point's category (a year on a time axis)
 * @param series the key of the point's series, or null on a chart with one
 * @param label the point's category as readers see it, for the alt text
 */
public record Callout(Kind kind, String category, String series, String label, String text) {
  /** Words beside the point, or words at a distance with an arrow to it. */
  public enum Kind {
    LABEL,
    ARROW
  }
}
