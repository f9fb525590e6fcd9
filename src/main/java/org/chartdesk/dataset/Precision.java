package org.chartdesk.dataset;

/**
 * How precise the dates of a column are, from its pattern: "%Y-%m" dates are months, stored as the
 * first day of the month, and must not be drawn or labelled as if the day were known; "%Y-%m-%d
 * %H:%M" date-times are minutes. Finest first.
 */
public enum Precision {
  SECOND,
  MINUTE,
  HOUR,
  DAY,
  MONTH,
  YEAR;

  /** True for the precisions of a time of day, which a {@code datetime} field has. */
  public boolean hasTime() {
    return compareTo(DAY) < 0;
  }
}
