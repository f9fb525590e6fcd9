package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/chartdesk.jar} runs as a user runs it, with quiet stderr. */
class PackagedJarIT {
  @TempDir Path out;

  record Result(int code, String out, String err) {}

  static Result java(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] cmd = new String[args.length + 3];
    cmd[0] = java;
    cmd[1] = "-jar";
    cmd[2] = Path.of("target", "chartdesk.jar").toAbsolutePath().toString();
    System.arraycopy(args, 0, cmd, 3, args.length);
    Process p = new ProcessBuilder(cmd).start();
    byte[] stdout = p.getInputStream().readAllBytes();
    byte[] stderr = p.getErrorStream().readAllBytes();
    return new Result(p.waitFor(), new String(stdout, StandardCharsets.UTF_8),
        new String(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void helpRuns() throws Exception {
    Result r = java("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: chartdesk", "build", "check");
  }

  @Test
  void buildsTheShippedStoryWithNoLoggingNoise() throws Exception {
    Result r = java("build", "--project", Path.of("").toAbsolutePath().toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("built kgb-planted-stories", "wrote india-soviet-union-relations.xlsx");
    assertThat(out.resolve("manifest.json")).exists();
  }

  @Test
  void unknownCommandIsAUsageError() throws Exception {
    Result r = java("bulid");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("Exception");
  }
}
