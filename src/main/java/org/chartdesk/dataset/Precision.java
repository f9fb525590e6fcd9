package org.chartdesk.dataset;

/**
 * How precise the dates of a column are, from its pattern: "%Y-%m" dates are months, stored as the
 * first day of the month, and must not be drawn or labelled as if the day were known.
 */
public enum Precision {
  DAY,
  MONTH,
  YEAR
}
