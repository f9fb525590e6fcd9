package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A thread that runs out of memory and keeps the heap full as it ends: its handler is the first
 * code to run with nothing left to allocate. It once ran out again there (a string constant made on
 * first use), and the JVM printed "Exception: java.lang.OutOfMemoryError thrown from the
 * UncaughtExceptionHandler" over a build's own message, one build in a hundred under -Xmx9m.
 */
class ThreadEndTest {
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aThreadThatEndsWithTheHeapFullIsSaidWithoutTheJvmsWords(boolean daemon) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        FullHeap.class.getName(), String.valueOf(daemon)).start();
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("ended within 60 s").isTrue();
    if (daemon) {
      // A worker of the build: its work is done again where the build needs it; it says nothing.
      assertThat(err).isEmpty();
      assertThat(out).isEqualTo("went on\n");
      assertThat(p.exitValue()).isZero();
    } else {
      assertThat(err).containsPattern("^chartdesk: error: ran out of memory: Java may use \\d+ MiB")
          .contains(Message.OUT_OF_MEMORY_HINT).doesNotContain("Exception");
      assertThat(out).isEmpty();
      assertThat(p.exitValue()).isEqualTo(Main.INPUT_ERROR);
    }
  }

  /** Fills the heap from a thread, holding all it took, until it ends on an out-of-memory error. */
  public static final class FullHeap {
    static final List<Object> HELD = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
      ThreadEnd.install();
      Thread filler = new Thread(() -> {
        for (int size = 1 << 16; ; ) {
          try {
            HELD.add(new long[size]);
          } catch (OutOfMemoryError e) {
            if (size <= 2) {
              throw e;
            }
            size /= 2;
          }
        }
      });
      filler.setDaemon(Boolean.parseBoolean(args[0]));
      filler.start();
      filler.join();
      HELD.clear();
      System.out.print("went on\n");
    }
  }
}
