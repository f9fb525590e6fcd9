package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the independent programs the tests check outputs with. */
final class Tools {
  private Tools() {}

  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skips the calling test when a program is missing on a developer's machine; in CI, where
   * .ci/run installs them, a missing program fails the test instead.
   */
  static void require(String... programs) {
    for (String program : programs) {
      boolean present = onPath(program);
      if (System.getenv("CI") != null) {
        assertThat(present).as(program + " is installed by .ci/run").isTrue();
      }
      assumeTrue(present, program + " not installed");
    }
  }

  /** The Python that has openpyxl: the system's, where .ci/run installs it (python3-openpyxl), when there is one. */
  static String python() {
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  static String run(Path cwd, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().put("HOME", cwd.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
