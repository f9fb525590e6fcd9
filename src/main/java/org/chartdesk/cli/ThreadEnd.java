package org.chartdesk.cli;

import org.chartdesk.diagnostics.OutOfMemory;

/**
 * What a thread that ends on a throwable no code caught says, in place of the JVM's "Exception in
 * thread" and a stack trace. With the heap a few MiB too small, the set-up thread, the watches
 * and even the main thread, loading a class, ran out of memory where nothing caught it. A thread
 * of the build's own that runs out is noted and says nothing: what it did is done again where the
 * build needs it, and the build says it ran out. The main thread says it, as {@link Main} does,
 * and ends the JVM: a build whose main thread is gone has nothing left to wait for.
 */
final class ThreadEnd implements Thread.UncaughtExceptionHandler {
  /** Made and loaded at the start, while there is memory to load a class. */
  private static final ThreadEnd INSTANCE = new ThreadEnd();

  private ThreadEnd() {}

  static void install() {
    Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
    // Loaded now: the handler needs it when memory has run out.
    OutOfMemory.note(null);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable e) {
    boolean memory = OutOfMemory.threads(e) || OutOfMemory.cause(e);
    if (thread.isDaemon()) {
      if (!memory) {
        System.err.println("chartdesk: internal error in thread " + thread.getName() + ": " + e);
      }
      return;
    }
    System.err.print(memory ? Main.outOfMemory(e) : "chartdesk: internal error: " + e + System.lineSeparator());
    System.err.flush();
    Runtime.getRuntime().halt(memory ? Main.INPUT_ERROR : Main.INTERNAL);
  }
}
