package org.chartdesk.spec;

import java.util.List;

/**
 * An annotation as the editor wrote it: an event line {@code {kind: line, x: 1971, period: august,
 * text: ...}}, a shaded span {@code {kind: span, x: 1974, to: 1975, text: ...}}, a note at a data
 * point {@code {kind: label, x: 1977, text: ...}} or one with a pointer {@code {kind: arrow, ...}},
 * and a highlight that mutes everything else {@code {kind: highlight, x: 1973}} or
 * {@code {kind: highlight, series: diplomacy}}.
 *
 * @param x the year, or null for a highlight of a series or category
 * @param period refines x to a month, season or part of the year, as dataset periods do
 * @param to the span's last year, or null for a span over x's own interval
 * @param text the words drawn, or null for a highlight (which needs none)
 * @param series the series a point note or highlight belongs to: its key in the data
 * @param category the category a highlight picks out on a chart of named categories
 * @param rows event lines read from a dataset instead, one per row; null for one written out
 * @param xDate x as a date or local date-time in ISO 8601 (2000-03-15, 2000-03-15T06:00), for a
 *     chart over dates; null when x is a year
 * @param toDate the span's last date or date-time, or null
 */
public record AnnotationSpec(String kind, Integer x, String period, Integer to, String toPeriod, String text,
    String series, String category, FromData rows, String path, String xDate, String toDate) {
  public static final List<String> KEYS = List.of("kind", "x", "period", "to", "to_period", "text", "series",
      "category");
  public static final List<String> KINDS = List.of("line", "span", "label", "arrow", "highlight");

  /** The keys of event lines read from a dataset. */
  public static final List<String> DATA_KEYS = List.of("kind", "data", "x", "period", "text", "transform");

  /**
   * Event lines from a dataset of events, so their words trace to cited rows:
   * {@code {kind: line, data: relations-timeline, x: year, period: period, text: headline,
   * transform: [{filter: {field: category, oneOf: [military]}}]}}.
   *
   * @param x the year field; period the optional period field; text the field of the words drawn
   */
  public record FromData(String data, String x, String period, String text, List<Transform> transforms) {}

  /** Where the note stands, as written: a year or a date. */
  public String where() {
    return xDate != null ? xDate : x == null ? null : x.toString();
  }

  public boolean isHighlight() {
    return "highlight".equals(kind);
  }
}
