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

  /**
   * Whether every slot is a whole number named by itself, as {@link RoundSteps#number} reads one
   * (no decades, no display names, no more than 15 characters), answered without making them.
   */
  boolean wholeNumbersNamedByThemselves() {
    if (step == 10) {
      return false;
    }
    if (size == 0) {
      return true;
    }
    long last = from + (long) (size - 1) * step;
    if (Long.toString(from).length() > 15 || Long.toString(last).length() > 15) {
      return false;
    }
    for (String named : channel.names().keySet()) {
      if (!channel.nameOf(named).equals(named) && isSlotKey(named)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text is the key of one of the slots. */
  private boolean isSlotKey(String text) {
    try {
      long value = Long.parseLong(text);
      return Long.toString(value).equals(text) && indexOf(value) >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
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
