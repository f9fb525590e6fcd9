package org.chartdesk.model;

import java.util.List;

/**
 * The rows themselves as a typeset table.
 *
 * @param numeric per column, true when its values are numbers (set right-aligned)
 * @param cells the text of each row's cells, a missing value as an empty cell
 * @param sources per row, the dataset rows it comes from
 * @param columns per column, the field it shows and the field of the qualifier its numbers carry
 */
public record TableChartModel(
    Frame frame, String dataset, List<String> headers, List<Boolean> numeric, List<List<String>> cells,
    List<List<Integer>> sources, String altText, List<Column> columns) implements ChartModel {

  /** The field a column shows, and the qualifier field written before its numbers, or null. */
  public record Column(String field, String qualifier) {}
}
