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

  /**
   * What a reader needs beside a row's name, in the chart's language: an earlier start the axis
   * cuts ("in office since 1924"), or that the source gives no dates; else nothing.
   */
  public String rowNote(int row) {
    if (!rows.get(row).hasSpans()) {
      return frame.locale().say("term_missing");
    }
    for (Span s : spans) {
      if (s.row() == row && s.start() < from) {
        return frame.locale().say("in_office_since", "start", Integer.toString(s.start()));
      }
    }
    return "";
  }

  /** A row's marks, earliest first. */
  public List<Mark> marksOf(int row) {
    return marks.stream().filter(k -> k.row() == row)
        .sorted(java.util.Comparator.comparingDouble((Mark k) -> k.date().mid())).toList();
  }

  /** A mark's label as drawn, with its date in the chart's language: "visit, June 1955". */
  public String markLabel(Mark k) {
    String date = k.date().label(frame.locale());
    return k.label().isEmpty() ? date : k.label() + ", " + date;
  }

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
