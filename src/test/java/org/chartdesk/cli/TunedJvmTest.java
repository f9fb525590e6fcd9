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
  void theArchiveBesideTheJarIsUsedOnlyWhenMadeForThisJarAndJdkAndNewerThanTheJar() throws Exception {
    Path jar = jar();
    List<String> command = List.of("/jdk/bin/java", "-jar", jar.toString(), "build");
    Path archive = Files.writeString(dir.resolve("chartdesk.jsa"), "archive");
    Path madeFor = Files.writeString(dir.resolve("chartdesk.jsa.for"), ClassArchive.madeFor(jar));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
    assertThat(child(command, Map.of())).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off")
        .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"))
        // Mapped where it was made (the diagnostic flag unlocked first), and the user's own choice after it wins.
        .containsSubsequence("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    assertThat(child(List.of("/jdk/bin/java", "-XX:ArchiveRelocationMode=1", "-jar", jar.toString(), "build"),
        Map.of())).containsSubsequence("-XX:ArchiveRelocationMode=0", "-XX:ArchiveRelocationMode=1");

    // Copied here with a jar that was elsewhere, or made by another JDK: the JVM would not take it.
    Files.writeString(madeFor, ClassArchive.madeFor(Path.of("/srv/elsewhere/chartdesk.jar")));
    assertThat(child(command, Map.of())).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    Files.writeString(madeFor, ClassArchive.madeFor(jar).replace(System.getProperty("java.vm.version"), "11.0.2"));
    assertThat(child(command, Map.of())).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    Files.writeString(madeFor, ClassArchive.madeFor(jar));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 1000));
    assertThat(child(command, Map.of())).as("older than the jar").noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void whereNoArchiveIsMadeForTheJarABuildThatWritesTheWorkbookMakesOneAsItExits() throws Exception {
    String jar = jar().toString();
    String making = "-XX:ArchiveClassesAtExit=" + dir.resolve("chartdesk.jsa." + ProcessHandle.current().pid() + ".making");
    assertThat(child(List.of("/jdk/bin/java", "-jar", jar, "build"), Map.of())).contains(making, "-Xlog:cds=off")
        .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    assertThat(child(List.of("/jdk/bin/java", "-jar", jar, "build", "--formats", "png,xlsx"), Map.of())).contains(making);
    // A build of PNGs alone, a part or a check loads too little of the tool to make the archive from.
    for (List<String> args : List.of(List.of("build", "--formats", "png"), List.of("build", "--shard", "1/2"),
        List.of("check"))) {
      List<String> command = new java.util.ArrayList<>(List.of("/jdk/bin/java", "-jar", jar));
      command.addAll(args);
      assertThat(child(command, Map.of())).as(args.toString()).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }
    // The user's own archive options are theirs; under any option of theirs none is made.
    assertThat(child(List.of("/jdk/bin/java", "-XX:ArchiveClassesAtExit=/tmp/mine.jsa", "-jar", jar, "build"), Map.of()))
        .doesNotContain(making).contains("-XX:ArchiveClassesAtExit=/tmp/mine.jsa");
    assertThat(child(List.of("/jdk/bin/java", "-Xmx40g", "-jar", jar, "build"), Map.of())).doesNotContain(making);
    assertThat(child(List.of("/jdk/bin/java", "-jar", jar, "build"), Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseZGC")))
        .doesNotContain(making);
  }

  @Test
  void anArchiveMadeIsMovedIntoPlaceWithWhatItIsMadeForWhenTheChildEndsWellAndRemovedOtherwise() throws Exception {
    Path jar = jar();
    Path making = dir.resolve("chartdesk.jsa.123.making");
    List<String> command = List.of("/jdk/bin/java", "-XX:ArchiveClassesAtExit=" + making, "-jar", jar.toString(), "build");

    Files.writeString(making, "new archive");
    ClassArchive.settle(command, 1);
    assertThat(making).doesNotExist();
    assertThat(dir.resolve("chartdesk.jsa")).doesNotExist();

    Files.writeString(making, "new archive");
    ClassArchive.settle(command, 0);
    assertThat(making).doesNotExist();
    assertThat(dir.resolve("chartdesk.jsa")).hasContent("new archive");
    assertThat(Files.readString(dir.resolve("chartdesk.jsa.for"))).isEqualTo(ClassArchive.madeFor(jar));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("chartdesk.jar",
          "chartdesk.jsa", "chartdesk.jsa.for");
    }
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
