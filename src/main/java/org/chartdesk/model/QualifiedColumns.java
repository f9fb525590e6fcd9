package org.chartdesk.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of each dataset read with another column's words ("stories" with "qualifier":
 * "over 3,789"), as the charts drawn from it say ({@link Frame#qualified}): the dataset's tables
 * show them together, as the charts do.
 */
public final class QualifiedColumns {
  private QualifiedColumns() {}

  /** Dataset name to its qualified columns, each to its qualifier column; the first chart's pairing wins. */
  public static Map<String, Map<String, String>> byDataset(List<ChartModel> charts) {
    Map<String, Map<String, String>> byDataset = new HashMap<>();
    for (ChartModel m : charts) {
      Map<String, String> mine = byDataset.computeIfAbsent(m.dataset(), d -> new HashMap<>());
      m.frame().qualified().forEach(mine::putIfAbsent);
    }
    return byDataset;
  }
}
