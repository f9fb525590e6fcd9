package org.chartdesk.cli;

import java.util.Optional;

/**
 * In the tuned child ({@link TunedJvm}): when the parent is killed outright (SIGKILL leaves it no
 * time to stop the child), stop too, as if killed with it; a build so stopped leaves every output
 * whole. A class of its own, so that the child does not initialise the parent's option tables.
 */
final class ParentWatch {
  private static final long POLL_MILLIS = 100;
  /** The exit status of a process killed by SIGKILL, as a shell reports it. */
  private static final int KILLED = 137;

  private ParentWatch() {}

  static void start() {
    Long given = Long.getLong(TunedJvm.PARENT);
    // Polled: the JDK's onExit() looks at a process that is not a child only every few seconds,
    // and a parent killed outright stays a zombie until reaped. Its child is re-parented at once.
    // The parent's pid comes from the parent itself: read here, it could already be the process
    // this one was re-parented to, had the parent been killed as this JVM started.
    Thread watch = new Thread(() -> {
      Optional<Long> parent = given != null ? Optional.of(given) : parentPid();
      try {
        while (parentPid().equals(parent)) {
          Thread.sleep(POLL_MILLIS);
        }
        Runtime.getRuntime().halt(KILLED);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chartdesk-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  private static Optional<Long> parentPid() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid);
  }
}
