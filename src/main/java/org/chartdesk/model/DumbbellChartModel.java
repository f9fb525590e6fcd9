package org.chartdesk.model;

import java.util.List;

/**
 * Two dots joined per row, at a start and an end year (a term of office), grouped.
 *
 * @param groups the groups' display names, in order
 * @param rows the rows, grouped, each group's rows by their first start
 */
public record DumbbellChartModel(
    Frame frame, String dataset, List<String> groups, List<Row> rows, List<Pair> pairs, double from,
    double to, String altText) implements ChartModel {

  /** A row (a person) in a group. */
  public record Row(String name, int group) {}

  /**
   * One start and end on a row; a row may have several (two terms).
   *
   * @param sources the dataset rows it comes from
   */
  public record Pair(int row, int start, int end, List<Integer> sources) {}
}
