package org.chartdesk.build;

/** Told how a build goes, from any thread: how many charts it has to do, then each as soon as it is done. */
public interface BuildProgress {
  BuildProgress NONE = chart -> { };

  /** The number of charts the build draws or finds unchanged, known once the input is checked. */
  default void charts(int total) {}

  /** A chart drawn or found unchanged. */
  void done(ChartResult chart);
}
