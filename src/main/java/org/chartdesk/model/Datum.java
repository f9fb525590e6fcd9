package org.chartdesk.model;

import java.util.List;
import java.util.Objects;
import org.chartdesk.theme.NewsLocale;

/**
 * One value as a chart shows it. Not a record, so that its label can be made when first read: a
 * chart of a million points is drawn and checked from the values alone, and formatting a label
 * costs more than the rest of a point.
 */
public final class Datum {
  private final Double value;
  private final String qualifier;
  private final String format;
  private final NewsLocale locale;
  private final List<Integer> sources;
  private String label;

  /**
   * @param value the figure, or null when the data gives none (drawn as a gap, never as zero)
   * @param qualifier the source's qualifier ("over"), or null
   * @param label the figure as it must read everywhere, qualifier included: "over 3,789"
   * @param sources indexes of the dataset rows the figure comes from (several for a total, none
   *     for a count of zero)
   */
  public Datum(Double value, String qualifier, String label, List<Integer> sources) {
    this(value, qualifier, null, null, label, sources);
  }

  private Datum(Double value, String qualifier, String format, NewsLocale locale, String label,
      List<Integer> sources) {
    this.value = value;
    this.qualifier = qualifier;
    this.format = format;
    this.locale = locale;
    this.label = label;
    this.sources = sources;
  }

  /** A figure whose label is made from the number pattern {@code format}, in the locale, when first read. */
  static Datum of(double value, String qualifier, String format, NewsLocale locale, List<Integer> sources) {
    return new Datum(value, qualifier, format, locale, null, sources);
  }

  /** A value the data does not give. */
  static Datum none(List<Integer> sources, NewsLocale locale) {
    return new Datum(null, null, locale.noFigure(), sources);
  }

  public Double value() {
    return value;
  }

  public String qualifier() {
    return qualifier;
  }

  public String label() {
    if (label == null) {
      label = NumberStyle.withQualifier(value, format, qualifier, locale);
    }
    return label;
  }

  public List<Integer> sources() {
    return sources;
  }

  public boolean missing() {
    return value == null;
  }

  /** A value no row gives: missing, and from no source row (a count of zero has a value). */
  public boolean absent() {
    return value == null && sources.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Datum d && Objects.equals(value, d.value) && Objects.equals(qualifier, d.qualifier)
        && label().equals(d.label()) && sources.equals(d.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, qualifier, label(), sources);
  }

  @Override
  public String toString() {
    return "Datum[value=" + value + ", qualifier=" + qualifier + ", label=" + label() + ", sources=" + sources + "]";
  }
}
