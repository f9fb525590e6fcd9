package org.chartdesk.check;

import org.chartdesk.model.ColumnChartModel;

/** The value axis of a column chart as it will be drawn: the model carries what the renderer draws. */
record ValueAxis(double min, double max) {
  static ValueAxis of(ColumnChartModel m) {
    return new ValueAxis(m.yMin(), m.yMax());
  }

  boolean includesZero() {
    return min <= 0 && max >= 0;
  }

  boolean contains(double v) {
    return v >= min && v <= max;
  }
}
