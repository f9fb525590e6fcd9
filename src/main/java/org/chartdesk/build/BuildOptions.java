package org.chartdesk.build;

import java.util.Set;

/**
 * How to build.
 *
 * @param strict warnings stop the build like errors
 * @param force redo every output even when its inputs are unchanged
 * @param jobs how many charts to render at once
 * @param waitForLock wait for another build of the same output folder instead of giving up
 * @param shard which part of the charts to build, as K of N; 1 of 1 builds everything
 * @param progress told how many charts there are, and of each as soon as it is drawn or found unchanged
 * @param formats what to write; files of other formats an earlier build left are removed, so that
 *     the folder and its manifest agree
 */
public record BuildOptions(boolean strict, boolean force, int jobs, boolean waitForLock, Shard shard,
    BuildProgress progress, Set<Format> formats) {
  public BuildOptions(boolean strict, boolean force, int jobs, boolean waitForLock) {
    this(strict, force, jobs, waitForLock, Shard.WHOLE);
  }

  public BuildOptions(boolean strict, boolean force, int jobs, boolean waitForLock, Shard shard) {
    this(strict, force, jobs, waitForLock, shard, BuildProgress.NONE);
  }

  public BuildOptions(boolean strict, boolean force, int jobs, boolean waitForLock, Shard shard,
      BuildProgress progress) {
    this(strict, force, jobs, waitForLock, shard, progress, Format.ALL);
  }

  public BuildOptions {
    formats = Set.copyOf(formats);
  }

  /** Whether every format is written, as by default. */
  public boolean allFormats() {
    return formats.equals(Format.ALL);
  }

  /**
   * The K-th of N parts of a build, for a CI matrix or an indexed job: chart i (in name order)
   * belongs to part i mod N + 1. A part draws its charts only; {@code chartdesk merge} gathers the
   * parts, and a build over the merged folder adds the workbook and gallery without redrawing.
   */
  public record Shard(int k, int n) {
    public static final Shard WHOLE = new Shard(1, 1);

    public boolean whole() {
      return n == 1;
    }

    public boolean owns(int index) {
      return index % n == k - 1;
    }

    @Override
    public String toString() {
      return k + "/" + n;
    }
  }
}
