package org.chartdesk.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chartdesk.diagnostics.OutOfMemory;

/**
 * Waits for a task of the build's pool, and not for ever. Out of memory inside the JDK's own code
 * (ForkJoinTask recording a failure, CompletableFuture passing a result on), a task ends without
 * its result, and whoever waits for it waits for ever: with heaps of 9 to 14 MiB, about one build
 * in twenty never ended, in the charts' wait or the workbook's. So the wait also looks at the pool:
 * with nothing running or queued, twice a look apart, and the task not done, nothing will do it.
 */
final class PoolWait {
  private static final long LOOK_MILLIS = 200;

  private PoolWait() {}

  /**
   * The task's result; its failure, as {@link Future#get()} gives it; or, once the pool is idle
   * with the task not done, {@link OutOfMemory.Stalled} as that failure's cause.
   */
  static <T> T result(ForkJoinPool pool, Future<T> task, String what) throws ExecutionException,
      InterruptedException {
    int idle = 0;
    while (true) {
      try {
        return task.get(LOOK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        boolean still = pool.isQuiescent() && pool.getQueuedSubmissionCount() == 0 && pool.getQueuedTaskCount() == 0;
        idle = still && !task.isDone() ? idle + 1 : 0;
        if (idle == 2) {
          throw new ExecutionException(new OutOfMemory.Stalled(what + " stopped midway: a step ended without its result"));
        }
      }
    }
  }
}
