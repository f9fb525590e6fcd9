package org.chartdesk.model;

/**
 * An editor's note drawn on a chart at a date: a labelled vertical line at an event (the 1971
 * treaty), or a labelled shaded span (a government's years, a gap in the data). Dates are as
 * precise as the source: a line at "August 1971" stands in that month, a span over "the late
 * 1970s" covers those years; on a time axis, a line at "2000-03-15T06:00" stands at that hour.
 */
public record Annotation(Kind kind, When from, When to, String text) {
  /** A line at one date, or a span from one date's start to another's end. */
  public enum Kind {
    LINE,
    SPAN
  }

  /** Where a line stands: the middle of its date. */
  public double at() {
    return from.mid();
  }

  public double start() {
    return from.start();
  }

  public double end() {
    return to.end();
  }
}
