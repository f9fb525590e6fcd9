package org.chartdesk.model;

import java.util.List;

/**
 * Two dots joined per row, at a start and an end year (a term of office), grouped.
 *
 * @param groups the groups' display names, in order
 * @param groupKeys the groups' values in the data, in the same order
 * @param rows the rows, grouped, each group's rows by their first start
 */
public record DumbbellChartModel(
    Frame frame, String dataset, List<String> groups, List<String> groupKeys, List<Row> rows, List<Pair> pairs, double from,
    double to, String altText) implements ChartModel {

  /** A row (a person) in a group. */
  public record Row(String name, int group) {}

  /**
   * One start and end on a row; a row may have several (two terms).
   *
   * @param sources the dataset rows it comes from
   */
  public record Pair(int row, int start, int end, List<Integer> sources) {}

  /** Every row's years as its dots are labelled, in row order: each pair's start, and its end if another year. */
  public List<List<Integer>> yearsByRow() {
    return java.util.stream.IntStream.range(0, rows.size()).mapToObj(r -> pairs.stream().filter(p -> p.row() == r)
        .flatMap(p -> p.end() == p.start() ? java.util.stream.Stream.of(p.start())
            : java.util.stream.Stream.of(p.start(), p.end())).toList()).toList();
  }

  /** Every row's years as text, in row order. */
  public List<String> rowYears() {
    return java.util.stream.IntStream.range(0, rows.size()).mapToObj(this::years).toList();
  }

  /** A row's years as text, for a line beside its name: "1966–1977, 1980–1984", "1953". */
  public String years(int row) {
    return String.join(", ", pairs.stream().filter(p -> p.row() == row)
        .map(p -> p.start() == p.end() ? Integer.toString(p.start()) : p.start() + "–" + p.end()).toList());
  }
}
