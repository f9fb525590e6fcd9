package org.chartdesk.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A build stopped by a signal the JVM shuts down on (SIGTERM from a CI timeout or systemd, SIGINT,
 * SIGHUP) leaves its output folder as a finished one would: no temporary sibling of a file being
 * written ({@code .tmp-PID-name}) and the lock file empty, with its time. Such a build left them
 * (one run in seven had a {@code .tmp-} file), for the next build to remove. As the JVM shuts down,
 * the build's threads still run: no temporary file is made from then on, and those being written
 * are removed; a file already moved into place is whole, one not yet moved stays as it was. A
 * build killed outright (SIGKILL) cannot do this; the next build does it (KilledBuildTest).
 */
final class Stopping {
  private static final Set<Path> TEMPORARY = new LinkedHashSet<>();
  private static final Set<OutputLock> LOCKS = new LinkedHashSet<>();
  private static boolean stopping;
  private static boolean hooked;

  private Stopping() {}

  /**
   * Opens a temporary file for writing, made now, unless the JVM is shutting down; it is removed
   * should the JVM shut down before {@link #done}. Made while no shutdown can begin to remove
   * them, so that none is made after.
   *
   * @throws IOException when the JVM is shutting down, or the file cannot be made
   */
  static synchronized OutputStream open(Path temp) throws IOException {
    hook();
    if (stopping) {
      throw new IOException("the build is being stopped");
    }
    OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    TEMPORARY.add(temp);
    return out;
  }

  /** A temporary file moved into place or removed. */
  static synchronized void done(Path temp) {
    TEMPORARY.remove(temp);
  }

  /** What makes a held lock's file name its process. */
  interface Naming {
    void name() throws IOException;
  }

  /**
   * A lock held: emptied, and given back its time, should the JVM shut down while it is. Its file
   * names the process only once that is arranged: a SIGTERM between the two left it named.
   *
   * @throws IOException when the JVM is shutting down (the file is then not named), or naming fails
   */
  static synchronized void held(OutputLock lock, Naming naming) throws IOException {
    hook();
    if (stopping) {
      throw new IOException("the build is being stopped");
    }
    LOCKS.add(lock);
    naming.name();
  }

  static synchronized void released(OutputLock lock) {
    LOCKS.remove(lock);
  }

  private static void hook() {
    if (!hooked) {
      hooked = true;
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(Stopping::stop, "chartdesk-stopping"));
      } catch (IllegalStateException e) {
        // The JVM is shutting down already: nothing more is made.
        stopping = true;
      }
    }
  }

  /** As the JVM shuts down: the temporary files removed, the locks' files emptied (the locks stay held to the end). */
  static synchronized void stop() {
    stopping = true;
    for (Path temp : TEMPORARY) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Left for the next build, which removes every temporary file it finds.
      }
    }
    TEMPORARY.clear();
    for (OutputLock lock : LOCKS) {
      lock.empty();
    }
  }
}
