package org.chartdesk.model;

import java.util.List;
import org.chartdesk.theme.NewsLocale;

/**
 * One value as a chart shows it.
 *
 * @param value the figure, or null when the data gives none (drawn as a gap, never as zero)
 * @param qualifier the source's qualifier ("over"), or null
 * @param label the figure as it must read everywhere, qualifier included: "over 3,789"
 * @param sources indexes of the dataset rows the figure comes from (several for a total, none for
 *     a count of zero)
 */
public record Datum(Double value, String qualifier, String label, List<Integer> sources) {
  public boolean missing() {
    return value == null;
  }

  /** A value the data does not give. */
  static Datum none(List<Integer> sources, NewsLocale locale) {
    return new Datum(null, null, locale.noFigure(), sources);
  }
}
