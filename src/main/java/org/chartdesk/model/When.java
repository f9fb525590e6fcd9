package org.chartdesk.model;

import org.chartdesk.theme.NewsLocale;

/**
 * Where an annotation stands on a time axis, as precise as the editor wrote it: a year refined by
 * a period ({@link FuzzyDate}) or a day or time of day ({@link DateTime}). Positions are in
 * fractional years, which both kinds of axis map to pixels.
 */
public sealed interface When permits FuzzyDate, DateTime {
  /** Start of the interval, in fractional years (1955.0 is 1 January 1955). */
  double start();

  /** End of the interval (exclusive), in fractional years. */
  double end();

  /** Where a line at this date stands. */
  double mid();

  /** How the date reads in plain English. */
  default String label() {
    return label(NewsLocale.english());
  }

  /** How the date reads in the locale. */
  String label(NewsLocale locale);
}
