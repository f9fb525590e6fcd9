package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;

class GcWatchTest {
  /**
   * A JVM with its heap held to the last percent, making garbage: under the serial collector it
   * collected for ever; it is stopped as out of memory, with how to give Java more.
   */
  @Test
  void aJvmThatCollectsGarbageThatFreesNothingIsStopped() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        HeldHeap.class.getName()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    boolean ended = p.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("stopped within 90 s").isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(Main.INPUT_ERROR);
    assertThat(err).containsPattern("chartdesk: error: ran out of memory: Java may use \\d+ MiB, and spent \\d+ of "
        + "the last 20 seconds collecting garbage that freed almost nothing").contains(Message.OUT_OF_MEMORY_HINT);
  }

  /** Twenty seconds of a heap only just too small: 990 ms of every second collecting, freeing nothing. */
  @Test
  void aBuildThatCollectsForNothingIsStoppedOnceTheWindowIsFull() {
    GcWatch watch = new GcWatch();
    long spent = -1;
    long t = 0;
    for (; t <= 25_000 && spent < 0; t += 1_000) {
      spent = watch.spent(t, t / 1_000 * 990, 0.99);
    }
    assertThat(spent).isBetween(17_000L, 20_000L);
    assertThat(t).as("stopped once 18 of 20 seconds are sampled, not before").isBetween(18_000L, 21_000L);
  }

  /**
   * A large build that collects a great deal (a million rows under -Xmx256m), or that collects
   * all the time but frees what it collects, goes on.
   */
  @Test
  void aBuildThatCollectsALotButFreesItGoesOn() {
    GcWatch busy = new GcWatch();
    GcWatch freeing = new GcWatch();
    long collected = 0;
    for (long t = 0; t <= 600_000; t += 1_000) {
      collected += t % 60_000 < 30_000 ? 650 : 300;
      assertThat(busy.spent(t, collected, 0.99)).as("at %d ms", t).isNegative();
      assertThat(freeing.spent(t, t / 1_000 * 990, 0.80)).as("at %d ms", t).isNegative();
    }
  }

  /** Holds all but the last percent of its heap, then makes garbage: each collection frees almost nothing. */
  public static final class HeldHeap {
    public static void main(String[] args) {
      GcWatch.start();
      List<byte[]> held = new ArrayList<>();
      Runtime runtime = Runtime.getRuntime();
      while (runtime.totalMemory() - runtime.freeMemory() < runtime.maxMemory() * 0.97) {
        held.add(new byte[4096]);
      }
      for (long n = 1; ; n++) {
        byte[] garbage = new byte[256];
        if (n % 50_000 == 0) {
          held.add(garbage);
        }
      }
    }
  }
}
