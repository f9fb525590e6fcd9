package org.chartdesk.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.OutOfMemory;

/**
 * Ends a build whose JVM does little but collect garbage that frees nothing. With a heap only just
 * too small, the serial collector (the tuned JVM's, {@link TunedJvm}) frees a little at each
 * collection and never runs out: a build that should have failed at once collected for minutes,
 * and a nightly job with it. Where 70% of 20 seconds went on collecting and the old generation
 * is still 95% full after its last collection, the build stops as out of memory, said as a chart
 * out of memory is, and as a killed build stops: every output already written is whole, and the
 * next build repairs the rest. A share of time alone does not tell (a heap so held spent 80% of
 * its time collecting, CI's stalled build 99%, a large build may collect a lot and finish), hence
 * the two, as the parallel collector's overhead limit has them. It first looks after five
 * seconds, so a build of seconds never loads the management classes.
 */
final class GcWatch {
  private static final long FIRST_LOOK_MILLIS = 5_000;
  private static final long POLL_MILLIS = 1_000;
  static final long WINDOW_MILLIS = 20_000;
  static final double COLLECTING = 0.70;
  static final double FULL = 0.95;

  private final Deque<long[]> samples = new ArrayDeque<>();
  private MemoryPoolMXBean old;

  GcWatch() {}

  static void start() {
    Thread watch = new Thread(GcWatch::watch, "chartdesk-gc-watch");
    watch.setDaemon(true);
    watch.start();
  }

  private static void watch() {
    GcWatch gc = new GcWatch();
    try {
      Thread.sleep(FIRST_LOOK_MILLIS);
      while (gc.look()) {
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * One look at the collectors; false when this JVM's have no old generation to watch. Looking
   * needs memory too (the management classes are loaded at the first look): where there is none,
   * it looks again at the next poll, rather than the watch ending when it is most needed.
   */
  private boolean look() {
    try {
      if (old == null) {
        old = oldGeneration();
        if (old == null) {
          return false;
        }
      }
      long collecting = 0;
      for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
        collecting += Math.max(0, bean.getCollectionTime());
      }
      MemoryUsage after = old.getCollectionUsage();
      double full = after == null || after.getMax() <= 0 ? 0 : (double) after.getUsed() / after.getMax();
      long spent = spent(System.nanoTime() / 1_000_000, collecting, full);
      if (spent >= 0) {
        stop(spent);
      }
    } catch (OutOfMemoryError | java.util.ServiceConfigurationError e) {
      OutOfMemory.note(e);
    }
    return true;
  }

  /** The heap's pool that holds what survives, by the names the JDK's collectors give it. */
  private static MemoryPoolMXBean oldGeneration() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      String name = pool.getName();
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && (name.contains("Old") || name.contains("Tenured"))) {
        return pool;
      }
    }
    return null;
  }

  /**
   * Takes a sample (the clock and the time collected so far, in milliseconds, and how full the old
   * generation was after its last collection, 0 to 1) and returns the milliseconds of the last
   * {@link #WINDOW_MILLIS} spent collecting when the build should stop, else -1.
   */
  long spent(long now, long collecting, double full) {
    samples.addLast(new long[] {now, collecting});
    while (samples.size() > 1 && now - samples.peekFirst()[0] > WINDOW_MILLIS) {
      samples.removeFirst();
    }
    long[] first = samples.peekFirst();
    long wall = now - first[0];
    long spent = collecting - first[1];
    return wall >= WINDOW_MILLIS * 0.9 && spent >= COLLECTING * wall && full >= FULL ? spent : -1;
  }

  /** Says why and ends the JVM at once: exiting normally would run hooks that need memory too. */
  private static void stop(long spent) {
    try {
      System.err.println("chartdesk: error: ran out of memory: Java may use "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, and spent " + spent / 1000 + " of the last "
          + WINDOW_MILLIS / 1000 + " seconds collecting garbage that freed almost nothing");
      System.err.println("    " + Message.OUT_OF_MEMORY_HINT);
      System.err.flush();
    } finally {
      Runtime.getRuntime().halt(Main.INPUT_ERROR);
    }
  }
}
