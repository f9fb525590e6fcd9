package org.chartdesk.model;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.chartdesk.spec.Channel;

/**
 * Every year (or decade, or whole number, or every fifth year where the data is five-yearly) from a
 * first to a last, as categories made when asked for: an axis of a million steps costs nothing
 * until it is read.
 */
final class Slots extends AbstractList<Category> implements RandomAccess {
  private final long from;
  private final int step;
  private final boolean decades;
  private final int size;
  private final Channel channel;

  /**
   * The slots from {@code from} to {@code to} by {@code step}.
   *
   * @param decades whether the slots are a bin's decades, named "1950s"
   */
  Slots(long from, long to, int step, boolean decades, Channel channel) {
    this.from = from;
    this.step = step;
    this.decades = decades;
    this.size = to < from ? 0 : Math.toIntExact((to - from) / step + 1);
    this.channel = channel;
  }

  /**
   * The step the data's years keep: the greatest common divisor of their distances, so that
   * figures for 1980, 1985 and 1990 take three slots, not eleven with "no figure" at eight; 1 for
   * yearly figures, whose absent years are gaps. Two years set no step (1973 and 1976 are 1973 to
   * 1976, a gap between): it takes three. Read without sorting, from each value's distance to the
   * first, and done at the first distance of 1.
   */
  static int stepOf(int count, java.util.function.IntPredicate has, java.util.function.IntToLongFunction value) {
    Long first = null;
    Long second = null;
    boolean third = false;
    long step = 0;
    for (int r = 0; r < count && step != 1; r++) {
      if (has.test(r)) {
        long v = value.applyAsLong(r);
        if (first == null) {
          first = v;
        } else if (v != first) {
          second = second == null ? (Long) v : second;
          third |= v != second;
          step = gcd(step, Math.abs(v - first));
        }
      }
    }
    return !third || step > Integer.MAX_VALUE ? 1 : (int) step;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  @Override
  public Category get(int index) {
    String key = Long.toString(from + (long) java.util.Objects.checkIndex(index, size) * step);
    return new Category(key, decades ? key + "s" : channel.nameOf(key));
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
    if (decades) {
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
