package org.chartdesk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.chartdesk.diagnostics.Message;
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

  /**
   * What it says, made and encoded now, and the stream it writes to, opened now: saying it must
   * not need memory (with a 10 MiB heap, this handler's own printing ran out, and the JVM said
   * "OutOfMemoryError thrown from the UncaughtExceptionHandler"). The messages are ASCII. Main is
   * not named here: it links picocli, which a jar copied without its libraries lacks (Launcher).
   */
  private final byte[] heap = Message.outOfMemory().getBytes(StandardCharsets.US_ASCII);
  private final byte[] threads = Message.threadLimit().getBytes(StandardCharsets.US_ASCII);
  private final FileOutputStream err = new FileOutputStream(FileDescriptor.err);

  private ThreadEnd() {}

  static void install() {
    Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
    // What the handler runs is run or loaded once now: the first run of code makes its constants
    // and loads its classes in the heap, and the handler runs when the heap may be full.
    OutOfMemory.prepare();
    System.err.flush();
    try {
      // Runtime.halt's own class, set up at its first call (a build's shutdown hooks set it up too).
      Class.forName("java.lang.Shutdown");
    } catch (ClassNotFoundException | LinkageError another) {
      // Another JDK: its halt is as it is.
    }
  }

  @Override
  public void uncaughtException(Thread thread, Throwable e) {
    boolean memory = OutOfMemory.shortage(e);
    boolean limit = memory && OutOfMemory.threads(e);
    if (thread.isDaemon()) {
      if (!memory) {
        System.err.println("chartdesk: internal error in thread " + thread.getName() + ": " + e);
      }
      return;
    }
    try {
      if (memory) {
        System.err.flush();
        err.write(limit ? threads : heap);
      } else {
        System.err.print("chartdesk: internal error: " + e + System.lineSeparator());
        System.err.flush();
      }
    } catch (IOException | RuntimeException | Error unsaid) {
      // Nothing more can be said: the exit code still says the build failed.
    } finally {
      Runtime.getRuntime().halt(memory ? Main.INPUT_ERROR : Main.INTERNAL);
    }
  }
}
