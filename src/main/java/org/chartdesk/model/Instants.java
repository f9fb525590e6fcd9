package org.chartdesk.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.chartdesk.theme.NewsLocale;

/**
 * The categories of a time axis, one per moment the data has, made when asked for: a line of a
 * million hourly points costs its array of seconds until a label is read.
 */
final class Instants extends AbstractList<Category> implements RandomAccess {
  private final TimeAxis axis;
  private final NewsLocale locale;

  Instants(TimeAxis axis, NewsLocale locale) {
    this.axis = axis;
    this.locale = locale;
  }

  TimeAxis axis() {
    return axis;
  }

  @Override
  public Category get(int index) {
    Objects.checkIndex(index, size());
    return new Category(axis.key(index), DateLabels.full(axis.at()[index], axis.precision(), locale));
  }

  @Override
  public int size() {
    return axis.at().length;
  }
}
