package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands start the tuned JVM: those with work ahead. */
class WorthTuningTest {
  @TempDir Path project;
  private Path data;
  private Path manifest;

  @BeforeEach
  void builtOnce() throws Exception {
    data = Files.writeString(Files.createDirectories(project.resolve("datasets")).resolve("a.csv"), "x\n1\n");
    Files.writeString(Files.createDirectories(project.resolve("charts")).resolve("a.yaml"), "kind: column\n");
    manifest = Files.writeString(Files.createDirectories(project.resolve("out")).resolve("manifest.json"), "{}");
    age(data, 60);
    age(project.resolve("charts/a.yaml"), 60);
  }

  private static void age(Path file, int seconds) throws Exception {
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000L));
  }

  private boolean worth(String... args) {
    return WorthTuning.of(List.of(args)) != WorthTuning.Workload.NONE;
  }

  @Test
  void aBuildWhoseManifestIsNewerThanEveryInputRunsWhereItIs() {
    assertThat(worth("build", "--project", project.toString())).isFalse();
    assertThat(worth("build", "--project=" + project, "--jobs", "2")).isFalse();
  }

  @Test
  void aChangedInputAForcedBuildOrNoManifestIsWorkAhead() throws Exception {
    assertThat(worth("build", "--project", project.toString(), "--force")).isTrue();
    assertThat(worth("build", "--project", project.toString(), "--out", project.resolve("elsewhere").toString()))
        .isTrue();
    age(manifest, 120);
    assertThat(worth("build", "--project", project.toString())).isTrue();
    age(manifest, 0);
    Files.writeString(project.resolve("chartdesk.yaml"), "theme: dark\n");
    age(manifest, 30);
    assertThat(worth("build", "--project", project.toString())).isTrue();
  }

  /** A file removed since the build leaves no file newer than the manifest, but its folder is. */
  @Test
  void aRemovedInputIsWorkAhead() throws Exception {
    age(manifest, 30);
    age(project.resolve("datasets"), 60);
    age(project.resolve("charts"), 60);
    assertThat(worth("build", "--project", project.toString())).isFalse();
    Files.delete(project.resolve("charts/a.yaml"));
    assertThat(worth("build", "--project", project.toString())).isTrue();
  }

  @Test
  void datasetsOfMoreThanSixteenMebibytesAreLargeData() throws Exception {
    List<String> build = List.of("build", "--project", project.toString(), "--force");
    assertThat(WorthTuning.of(build)).isEqualTo(WorthTuning.Workload.BRIEF);
    try (var file = new java.io.RandomAccessFile(data.toFile(), "rw")) {
      file.setLength(WorthTuning.LARGE_DATA_BYTES + 1);
    }
    assertThat(WorthTuning.of(build)).as("16 MiB and a byte").isEqualTo(WorthTuning.Workload.LARGE_DATA);
    assertThat(WorthTuning.of(List.of("check", "--project=" + project))).isEqualTo(WorthTuning.Workload.LARGE_DATA);
  }

  @Test
  void aCheckIsWorkAheadShortCommandsAreNot() {
    assertThat(worth("check", "--project", project.toString())).isTrue();
    assertThat(worth("--version")).isFalse();
    assertThat(worth("schema")).isFalse();
    assertThat(worth()).isFalse();
  }
}
