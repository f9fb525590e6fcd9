package org.chartdesk.diagnostics;

/**
 * Whether a failure comes from too little memory: the machine's limit or the user's -Xmx, said as
 * such with {@link Message#OUT_OF_MEMORY_HINT}, not as a bug. A class whose initialisation ran out
 * of memory cannot be used afterwards: every later use throws {@code NoClassDefFoundError: Could
 * not initialize class}, without the cause on Java 17 and often on another thread (the set-up
 * thread initialises the workbook's schemas, a chart's thread the renderers'). And a chain of
 * steps whose completion ran out of memory inside CompletableFuture's own code never ends: it is
 * {@link Stalled}. So an out-of-memory error seen anywhere is noted, and such a class error or
 * stall after it counts as out of memory too.
 */
public final class OutOfMemory {
  private static volatile boolean seen;

  private OutOfMemory() {}

  /** Steps that ended without passing their result on, so that what waits for them would wait for ever. */
  public static final class Stalled extends IllegalStateException {
    public Stalled(String message) {
      super(message);
    }
  }

  /** Notes an out-of-memory error in the failure's causes, for class errors that follow it. */
  public static void note(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        seen = true;
      }
    }
  }

  /**
   * Whether the failure is for want of memory: itself, or, after a shortage, a class that could not
   * be loaded or initialised or a stalled chain.
   */
  public static boolean cause(Throwable e) {
    note(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || seen && (t instanceof Stalled || t instanceof NoClassDefFoundError)) {
        return true;
      }
    }
    return false;
  }
}
