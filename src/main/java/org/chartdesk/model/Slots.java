package org.chartdesk.model;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.chartdesk.spec.Channel;

/**
 * Every year (or decade, or whole number) from a first to a last, as categories made when asked
 * for: an axis of a million steps costs nothing until it is read.
 */
final class Slots extends AbstractList<Category> implements RandomAccess {
  private final long from;
  private final int step;
  private final int size;
  private final Channel channel;

  /** The slots from {@code from} to {@code to} by {@code step}; a step of 10 is read as decades ("1950s"). */
  Slots(long from, long to, int step, Channel channel) {
    this.from = from;
    this.step = step;
    this.size = to < from ? 0 : Math.toIntExact((to - from) / step + 1);
    this.channel = channel;
  }

  @Override
  public Category get(int index) {
    String key = Long.toString(from + (long) java.util.Objects.checkIndex(index, size) * step);
    return new Category(key, step == 10 ? key + "s" : channel.nameOf(key));
  }

  @Override
  public int size() {
    return size;
  }

  /** The index of the slot of {@code value}, or -1 when it has none. */
  int indexOf(long value) {
    long offset = value - from;
    if (offset < 0 || offset % step != 0 || offset / step >= size) {
      return -1;
    }
    return (int) (offset / step);
  }
}
