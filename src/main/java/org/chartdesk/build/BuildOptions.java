package org.chartdesk.build;

/**
 * How to build.
 *
 * @param strict warnings stop the build like errors
 * @param force redo every output even when its inputs are unchanged
 * @param jobs how many charts to render at once
 * @param waitForLock wait for another build of the same output folder instead of giving up
 */
public record BuildOptions(boolean strict, boolean force, int jobs, boolean waitForLock) {
  public static BuildOptions defaults() {
    return new BuildOptions(false, false, Runtime.getRuntime().availableProcessors(), false);
  }
}
