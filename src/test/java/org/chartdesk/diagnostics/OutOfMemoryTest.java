package org.chartdesk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {
  /**
   * Once Java has run out of memory, a class it could not initialise and a chain of steps that
   * stalled are said as out of memory, not as a bug of ours ("internal error:
   * NoClassDefFoundError: Could not initialize class ...CTWorkbook" with a 10 MiB heap); other
   * failures stay what they are.
   */
  @Test
  void whatFailsAfterAShortageIsSaidAsOne() {
    assertThat(OutOfMemory.cause(new CompletionException(new OutOfMemoryError("Java heap space")))).isTrue();
    OutOfMemory.note(new IllegalStateException(new OutOfMemoryError("Java heap space")));
    assertThat(OutOfMemory.cause(new NoClassDefFoundError("Could not initialize class org.example.Schemas")))
        .isTrue();
    assertThat(OutOfMemory.cause(new CompletionException(new OutOfMemory.Stalled("stopped midway")))).isTrue();
    assertThat(OutOfMemory.cause(new IllegalStateException("a bug"))).isFalse();
    assertThat(OutOfMemory.cause(new NullPointerException())).isFalse();
  }

  /**
   * A thread Java could not start (a container's pids limit, ulimit -u) comes as an out-of-memory
   * error, and was said as "ran out of memory: Java may use 5827 MiB" with a hint to give Java more
   * heap: it is the limit on processes, and said as that. A class whose initialiser could not start
   * its thread (Java2D's disposer, on the set-up thread) fails at its next use with only the error's
   * message in its cause.
   */
  @Test
  void aThreadThatCouldNotStartIsNotAShortageOfMemory() {
    OutOfMemoryError thread = new OutOfMemoryError(
        "unable to create native thread: possibly out of memory or process/resource limits reached");
    assertThat(OutOfMemory.threads(new CompletionException(thread))).isTrue();
    assertThat(OutOfMemory.cause(new CompletionException(thread))).isFalse();
    NoClassDefFoundError font = new NoClassDefFoundError("Could not initialize class sun.awt.X11FontManager");
    font.initCause(new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError: unable to create native "
        + "thread: possibly out of memory or process/resource limits reached [in thread \"chartdesk-set-up-ahead\"]"));
    assertThat(OutOfMemory.threads(font)).isTrue();
    assertThat(OutOfMemory.threads(new OutOfMemoryError("Java heap space"))).isFalse();
  }
}
