package org.chartdesk.model;

import java.util.List;

/**
 * Start-to-end bars per row, grouped (e.g. leaders by country), with dated marks on the rows.
 */
public record RangeChartModel(
    Frame frame, String dataset, List<Group> groups, List<Row> rows, List<Span> spans,
    List<Mark> marks, String marksLegend, double from, double to, String altText)
    implements ChartModel {

  public record Group(String key, String name) {}

  /** A row (a leader) in a group; {@code hasSpans} is false when the source gives no dates for it. */
  public record Row(String name, int group, boolean hasSpans) {}

  /**
   * A term: [start, end] in years as the source gives them.
   *
   * @param sourceRow index of the dataset row
   */
  public record Span(int row, int start, int end, int sourceRow) {}

  /** A dated mark on a row, such as a visit, with its label. */
  public record Mark(int row, FuzzyDate date, String label, int sourceRow) {}
}
