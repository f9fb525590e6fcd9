package org.chartdesk.diagnostics;

/**
 * Whether a failure comes from too little memory: the machine's limit or the user's -Xmx, said as
 * such with {@link Message#OUT_OF_MEMORY_HINT}, not as a bug. A class whose initialisation ran out
 * of memory cannot be used afterwards: every later use throws {@code NoClassDefFoundError: Could
 * not initialize class}, the first error in its cause as text at most, often on another thread (the set-up
 * thread initialises the workbook's schemas, a chart's thread the renderers'). And a chain of
 * steps whose completion ran out of memory inside CompletableFuture's own code never ends: it is
 * {@link Stalled}. So an out-of-memory error seen anywhere is noted, and such a class error or
 * stall after it counts as out of memory too; after a thread that could not start, as that.
 */
public final class OutOfMemory {
  private static volatile boolean seen;
  private static volatile boolean seenThreads;

  private OutOfMemory() {}

  /** Steps that ended without passing their result on, so that what waits for them would wait for ever. */
  public static final class Stalled extends IllegalStateException {
    public Stalled(String message) {
      super(message);
    }
  }

  /**
   * Runs the checks once on a failure that is none of them. The JVM makes a class's string
   * constants and loads the classes it tests against on their first use, in the heap: done first
   * in a thread's last handler with the heap full, that ran out of memory again, and the JVM said
   * "OutOfMemoryError thrown from the UncaughtExceptionHandler".
   */
  public static void prepare() {
    Throwable none = new ExceptionInInitializerError();
    thread(none);
    aftermath(none);
  }

  /** Notes a shortage of memory or of threads in the failure's causes, for the failures that follow it. */
  public static void note(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (thread(t)) {
        seenThreads = true;
      } else if (t instanceof OutOfMemoryError) {
        seen = true;
      }
    }
  }

  /**
   * Whether the failure is for want of memory: itself, or, after a shortage, a class that could not
   * be loaded or initialised or a stalled chain. Not a thread that could not start ({@link #threads}).
   */
  public static boolean cause(Throwable e) {
    note(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError && !thread(t) || seen && aftermath(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the failure is a thread Java could not start, or follows one: the limit on a user's
   * processes (ulimit -u) or a container's (its pids limit) reached, which Java throws as an
   * out-of-memory error, though more heap would not help. A class whose initialiser could not start
   * its thread (Java2D's disposer) fails at its next use with the error's message in its cause.
   */
  public static boolean threads(Throwable e) {
    note(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (thread(t) || seenThreads && aftermath(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the failure is the machine's limit, of memory or of threads: said by {@link #said}, not as a bug. */
  public static boolean shortage(Throwable e) {
    return threads(e) || cause(e);
  }

  /** What a build says of the failure where no chart is to blame: the thread limit it met, or the heap's. */
  public static String said(Throwable e) {
    return threads(e) ? Message.threadLimit() : Message.outOfMemory();
  }

  private static boolean thread(Throwable t) {
    return (t instanceof OutOfMemoryError || t instanceof ExceptionInInitializerError)
        && String.valueOf(t.getMessage()).contains("unable to create native thread");
  }

  private static boolean aftermath(Throwable t) {
    return t instanceof Stalled || t instanceof NoClassDefFoundError;
  }
}
