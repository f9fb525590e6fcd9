package org.chartdesk.model;

import java.util.List;

/** Totals and shares of stacked series, for stacked columns and stacked areas alike. */
final class Stacks {
  private Stacks() {}

  static double total(List<DataSeries> series, int category) {
    double t = 0;
    for (DataSeries s : series) {
      Datum d = s.values().get(category);
      t += d.missing() ? 0 : d.value();
    }
    return t;
  }

  static double height(List<DataSeries> series, int index, int category, boolean percent) {
    Datum d = series.get(index).values().get(category);
    if (d.missing()) {
      return 0;
    }
    if (!percent) {
      return d.value();
    }
    double total = total(series, category);
    return total == 0 ? 0 : d.value() / total * 100;
  }
}
