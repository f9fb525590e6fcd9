package org.chartdesk.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.transform.Derived;

/**
 * A series' value at each category, read from the dataset's row for that category when asked
 * for, so a series of a million points costs an index per point, not an object.
 */
final class Points extends AbstractList<Datum> implements RandomAccess {
  private final Derived derived;
  private final int[] rowOf;
  private final int value;
  private final int qualifier;
  private final String format;
  private final NewsLocale locale;

  /**
   * @param rowOf for each category, the row of {@code derived} holding its value, or -1 for none
   * @param value the value field's index
   * @param qualifier the qualifier field's index, or -1
   * @param format the number pattern of the labels
   * @param locale how the labels write numbers and a missing figure
   */
  Points(Derived derived, int[] rowOf, int value, int qualifier, String format, NewsLocale locale) {
    this.derived = derived;
    this.rowOf = rowOf;
    this.value = value;
    this.qualifier = qualifier;
    this.format = format;
    this.locale = locale;
  }

  @Override
  public Datum get(int index) {
    int r = rowOf[index];
    if (r < 0) {
      return Datum.none(List.of(), locale);
    }
    List<Integer> sources = derived.sources().get(r);
    if (!(derived.data().value(r, value) instanceof Number n)) {
      return Datum.none(sources, locale);
    }
    String q = qualifier < 0 ? null : (String) derived.data().value(r, qualifier);
    return Datum.of(n.doubleValue(), q == null || q.isBlank() ? null : q, format, locale, sources);
  }

  /** {@code get(index).value()}, NaN for none, without the Datum: a line of a million points reads every one. */
  double figure(int index) {
    int r = rowOf[index];
    return r < 0 ? Double.NaN : derived.data().number(r, value);
  }

  /** Whether the figure at a category comes from the one source row {@code row}, read without the Datum. */
  boolean fromSourceRow(int index, int row) {
    int r = rowOf[index];
    return r >= 0 && (derived.rowsAsLoaded() ? r == row : derived.sources().get(r).equals(List.of(row)));
  }

  boolean mayBeQualified() {
    return qualifier >= 0;
  }

  /** {@code get(index).absent()}, without the Datum. */
  boolean absent(int index) {
    int r = rowOf[index];
    return r < 0 || Double.isNaN(derived.data().number(r, value)) && derived.sources().get(r).isEmpty();
  }

  @Override
  public int size() {
    return rowOf.length;
  }
}
