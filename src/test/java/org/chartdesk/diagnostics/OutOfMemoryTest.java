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
}
