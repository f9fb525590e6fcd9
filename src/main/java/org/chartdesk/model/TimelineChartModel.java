package org.chartdesk.model;

import java.util.List;

/**
 * Dated events in named lanes over a year axis.
 *
 * @param vertical true when time runs down the page (many events), false when it runs across
 */
public record TimelineChartModel(
    Frame frame, String dataset, List<Lane> lanes, List<Event> events, double from, double to,
    boolean vertical, String altText) implements ChartModel {

  /** A lane: one category of events, with its display name. */
  public record Lane(String key, String name) {}

  /**
   * One event.
   *
   * @param lane index into lanes
   * @param label what happened, without the date
   * @param sourceRow index of the dataset row
   */
  public record Event(int lane, FuzzyDate date, String label, int sourceRow) {}
}
