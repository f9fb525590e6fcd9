package org.chartdesk.model;

import org.chartdesk.theme.TextMetrics;

/**
 * A place on a category axis.
 *
 * @param key the value in the data ("1950", "diplomacy")
 * @param label how readers see it ("1950s", "Diplomacy")
 */
public record Category(String key, String label) {
  /** A label is drawn on one line, by JFreeChart's axes too: a cell's tab or line break is a space there. */
  public Category {
    label = TextMetrics.oneLine(label);
  }
}
