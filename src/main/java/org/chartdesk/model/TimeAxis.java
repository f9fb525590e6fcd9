package org.chartdesk.model;

import java.util.Arrays;
import org.chartdesk.dataset.Precision;

/**
 * A continuous time axis under a line: where each of the chart's categories stands, and the span
 * drawn. Points stand at their own times, so irregular spacing is drawn as it is.
 *
 * @param at each category's moment, in local seconds since 1970, increasing
 * @param from the first moment the axis shows (the domain's, or the first category's)
 * @param to the last moment the axis shows
 * @param precision how precisely the data's times are written
 */
public record TimeAxis(long[] at, long from, long to, Precision precision) {

  /** The category at the moment, or -1 when no category stands there. */
  public int indexOf(long seconds) {
    int i = Arrays.binarySearch(at, seconds);
    return i < 0 ? -1 : i;
  }

  /**
   * As {@link #indexOf(long)}, looking first at category {@code near}: rows in time order, as a
   * series' usually are, each find theirs there, where a search took a tenth of a million-row
   * line's binding.
   */
  public int indexOf(long seconds, int near) {
    return near >= 0 && near < at.length && at[near] == seconds ? near : indexOf(seconds);
  }

  /** The ISO text of a category's moment, as precise as the data: its key. */
  public String key(int category) {
    String iso = DateTime.time(at[category]).toString();
    return switch (precision) {
      case SECOND -> iso.length() == 16 ? iso + ":00" : iso;
      case MINUTE, HOUR -> iso.substring(0, 16);
      default -> iso.substring(0, 10);
    };
  }
}
