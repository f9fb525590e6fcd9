package org.chartdesk.model;

import java.util.List;

/**
 * One series of a multi-series chart, drawn in one colour.
 *
 * @param key the value of the colour field
 * @param name the name readers see, on the line's end or in the key
 * @param values one per category of the chart, in the same order
 */
public record DataSeries(String key, String name, List<Datum> values) {
  /** The figure at a category, NaN where the data gives none, read without making its {@link Datum}. */
  public double figure(int category) {
    if (values instanceof Points p) {
      return p.figure(category);
    }
    Datum d = values.get(category);
    return d.missing() ? Double.NaN : d.value();
  }

  /** False when no value can have a qualifier (the spec names no qualifier field): none is read. */
  public boolean mayBeQualified() {
    return !(values instanceof Points p) || p.mayBeQualified();
  }

  /** Whether a category's figure comes from the one source row {@code row} alone, read without its Datum. */
  public boolean fromSourceRow(int category, int row) {
    return values instanceof Points p ? p.fromSourceRow(category, row)
        : values.get(category).sources().equals(List.of(row));
  }

  /** Whether no row gives a value at a category ({@link Datum#absent}), read without making its Datum. */
  public boolean absent(int category) {
    return values instanceof Points p ? p.absent(category) : values.get(category).absent();
  }
}
