package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM a command runs in, and with what options, decided from how it was started. */
class TunedJvmTest {
  @TempDir Path dir;

  private Path jar() throws Exception {
    return Files.writeString(dir.resolve("chartdesk.jar"), "jar");
  }

  private static List<String> child(List<String> command, Map<String, String> env) {
    return TunedJvm.childCommand(command, env, false, WorthTuning.Workload.BRIEF).orElseThrow();
  }

  @Test
  void aJarStartedPlainlyRunsInAChildWithC1TheSerialCollectorAndTheSameArguments() throws Exception {
    String jar = jar().toString();
    List<String> child = child(List.of("/jdk/bin/java", "-jar", jar, "build", "--jobs", "2"), Map.of());
    assertThat(child).startsWith("/jdk/bin/java")
        .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
            "-D" + TunedJvm.CHILD + "=true", "-D" + TunedJvm.PARENT + "=" + ProcessHandle.current().pid())
        .endsWith("-jar", jar, "build", "--jobs", "2");
  }

  @Test
  void overLargeDatasetsEveryCompilerTierIsLeftOn() throws Exception {
    String jar = jar().toString();
    List<String> child = TunedJvm.childCommand(List.of("/jdk/bin/java", "-jar", jar, "build"), Map.of(), false,
        WorthTuning.Workload.LARGE_DATA).orElseThrow();
    // One compiler thread is for C1 alone: with every tier the JVM would not start.
    assertThat(child).contains("-XX:+UseSerialGC")
        .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.startsWith("-XX:CICompilerCount"));
  }

  @Test
  void theUsersOptionsArePassedOnAfterOursSoTheyWin() throws Exception {
    String jar = jar().toString();
    List<String> child = child(List.of("/jdk/bin/java", "-Xmx256m", "-Dx=y", "-jar", jar, "build"), Map.of());
    assertThat(child.indexOf("-Xmx256m")).isGreaterThan(child.indexOf("-XX:+UseSerialGC"));
    assertThat(child).contains("-Dx=y");
  }

  @Test
  void aFamilyTheUserChoseIsLeftToThem() throws Exception {
    String jar = jar().toString();
    assertThat(child(List.of("/jdk/bin/java", "-XX:+UseG1GC", "-jar", jar), Map.of()))
        .doesNotContain("-XX:+UseSerialGC").contains("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC");
    // Options from the environment reach the child's launcher too: two collectors would not start.
    assertThat(child(List.of("/jdk/bin/java", "-jar", jar), Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC")))
        .doesNotContain("-XX:+UseSerialGC");
    assertThat(child(List.of("/jdk/bin/java", "-jar", jar), Map.of("JAVA_TOOL_OPTIONS", " -Xint ")))
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1").contains("-XX:+UseSerialGC");
    // The user's own compiler count: the compilers are theirs (C2's tier needs a count of 2).
    assertThat(child(List.of("/jdk/bin/java", "-XX:CICompilerCount=2", "-jar", jar), Map.of()))
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1").contains("-XX:CICompilerCount=2");
  }

  @Test
  void theArchiveBesideTheJarIsUsedOnlyWhenNewerThanTheJar() throws Exception {
    Path jar = jar();
    List<String> command = List.of("/jdk/bin/java", "-jar", jar.toString(), "build");
    assertThat(child(command, Map.of())).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    Path archive = Files.writeString(dir.resolve("chartdesk.jsa"), "archive");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
    assertThat(child(command, Map.of())).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off")
        // Mapped where it was made (the diagnostic flag unlocked first), and the user's own choice after it wins.
        .containsSubsequence("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    assertThat(child(List.of("/jdk/bin/java", "-XX:ArchiveRelocationMode=1", "-jar", jar.toString(), "build"),
        Map.of())).containsSubsequence("-XX:ArchiveRelocationMode=0", "-XX:ArchiveRelocationMode=1");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 1000));
    assertThat(child(command, Map.of())).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void noChildWhenSwitchedOffAlreadyAChildOrNotStartedFromTheJar() throws Exception {
    String jar = jar().toString();
    List<String> command = List.of("/jdk/bin/java", "-jar", jar, "build");
    assertThat(TunedJvm.childCommand(command, Map.of(TunedJvm.SWITCH, "off"), false, WorthTuning.Workload.BRIEF)).isEmpty();
    assertThat(TunedJvm.childCommand(command, Map.of(), true, WorthTuning.Workload.BRIEF)).isEmpty();
    assertThat(TunedJvm.childCommand(List.of("/jdk/bin/java", "-cp", jar, "org.chartdesk.cli.Main", "build"),
        Map.of(), false, WorthTuning.Workload.BRIEF)).isEmpty();
    assertThat(TunedJvm.childCommand(List.of(), Map.of(), false, WorthTuning.Workload.BRIEF)).isEmpty();
  }

  @Test
  void anOptionsVariableIsSplitAtAnyWhiteSpace() {
    assertThat(TunedJvm.words("  -Xint\t-XX:+UseG1GC\n-Dx=a ")).containsExactly("-Xint", "-XX:+UseG1GC", "-Dx=a");
    assertThat(TunedJvm.words(" ")).isEmpty();
  }
}
