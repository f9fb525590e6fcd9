package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packaged {@code target/chartdesk.jar} runs as a user runs it, with quiet stderr. */
class PackagedJarIT {
  @TempDir Path out;

  record Result(int code, String out, String err) {}

  static Result java(String... args) throws Exception {
    return java(List.of(), args);
  }

  /** Runs the jar with options for the JVM before {@code -jar}. */
  static Result java(List<String> jvm, String... args) throws Exception {
    return java(Map.of(), jvm, args);
  }

  /** Runs the jar with variables added to the environment and options for the JVM. */
  static Result java(Map<String, String> env, List<String> jvm, String... args) throws Exception {
    return java(Path.of("target", "chartdesk.jar"), env, jvm, args);
  }

  private static Result java(Path jar, Map<String, String> env, List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(jar.toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    return run(cmd, env);
  }

  private static Result run(List<String> cmd, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(cmd);
    builder.environment().putAll(env);
    Process p = builder.start();
    byte[] stdout = p.getInputStream().readAllBytes();
    byte[] stderr = p.getErrorStream().readAllBytes();
    return new Result(p.waitFor(), new String(stdout, StandardCharsets.UTF_8),
        new String(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void aJarCopiedWithoutItsLibrariesSaysSoWithoutAStackTrace() throws Exception {
    Path alone = Files.copy(Path.of("target", "chartdesk.jar"), out.resolve("chartdesk.jar"));
    for (String command : List.of("check", "--version")) {
      // check runs in the tuned child, --version in the JVM started: each fails where it runs.
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
          alone.toString(), command).directory(Path.of("").toAbsolutePath().toFile()).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(err).isEqualTo(Main.INTERNAL);
      assertThat(err).startsWith("chartdesk: error: a library chartdesk needs is missing: ")
          .contains("reads its libraries from " + out.resolve("lib") + "/")
          .doesNotContain("Exception in thread", "\tat ");
      assertThat(err.lines()).hasSize(2);
    }
  }

  /**
   * In a terminal of a legacy 8-bit character set a quoted value's dash was printed as "?":
   * "1?980" is not a whole number, of a file that holds no question mark.
   */
  @Test
  void aValueTheTerminalCannotShowIsQuotedWithItsCodes() throws Exception {
    Path project = org.chartdesk.build.StoryCopy.into(out.resolve("project"));
    Path csv = project.resolve("datasets/kgb-planted-stories.csv");
    Files.writeString(csv, Files.readString(csv).replace("\n1976,1980,", "\n1976,1–980,"));
    Result r = java(List.of("-Dfile.encoding=ISO-8859-9"), "check", "--project", project.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("datasets/kgb-planted-stories.csv:3:2: error: ")
        .contains("\"1\\u2013980\" is not a whole number").doesNotContain("1?980");
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

  /**
   * SOURCE_DATE_EPOCH is the date in the PDFs and the workbook: set on a rebuild of an unchanged
   * project, it redraws (it said "nothing changed" and kept the PDFs dated 2000-01-01).
   */
  @Test
  void aNewSourceDateEpochRedrawsAnUnchangedProject() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    assertThat(java("build", "--project", project, "--out", out.toString()).code()).isZero();
    byte[] pdf = Files.readAllBytes(out.resolve("pdf/kgb-planted-stories.pdf"));
    Result dated = java(Map.of("SOURCE_DATE_EPOCH", "1700000000"), List.of(), "build", "--project", project,
        "--out", out.toString());
    assertThat(dated.code()).as(dated.err()).isZero();
    assertThat(dated.out()).contains("built kgb-planted-stories").doesNotContain("nothing changed");
    assertThat(Files.readAllBytes(out.resolve("pdf/kgb-planted-stories.pdf"))).isNotEqualTo(pdf);
    assertThat(java(Map.of("SOURCE_DATE_EPOCH", "1700000000"), List.of(), "build", "--project", project,
        "--out", out.toString()).out()).contains("nothing changed");
  }

  /**
   * A heap too small for the charts (a container's limit, an -Xmx copied from another job) is the
   * machine's limit, not a bug: it is said with how much Java may use and how to give it more, where
   * it said "java.lang.OutOfMemoryError" and nothing else. Which step runs out first depends on the
   * moment a collection falls: at 48 MiB some charts' drawing, at 16 every chart's as a rule (in CI
   * once the reading before them), below that the JVM's start, the set-up thread or the reading.
   * Each was seen to fail in its own way before: a class the set-up thread could not initialise
   * said as "internal error: NoClassDefFoundError" (10 MiB), daemon threads' stack traces, a build
   * that waited for ever for its workbook (9 and 14 MiB, WorkbookPipelineTest). The parallel
   * collector gives up at once where a heap is only just too small; the serial one, the tuned
   * JVM's, would collect until GcWatch stops the build, some 25 seconds (GcWatchTest).
   */
  @ParameterizedTest
  @ValueSource(ints = {8, 12, 16, 48})
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHeapTooSmallSaysHowMuchJavaMayUseAndHowToGiveItMore(int mebibytes) throws Exception {
    String hint = "give Java more (java -Xmx1g -jar chartdesk.jar ...), or draw fewer charts at once (--jobs 1)";
    Result charts = java(List.of("-Xmx" + mebibytes + "m", "-XX:+UseParallelGC"), "build", "--project",
        Path.of("").toAbsolutePath().toString(), "--out", out.toString());
    assertThat(charts.code()).as(charts.err()).isEqualTo(Main.INPUT_ERROR);
    assertThat(charts.err()).containsPattern("(charts/[a-z-]+\\.yaml: error: ran out of memory while rendering chart "
            + "\"[a-z-]+\"|chartdesk: error: ran out of memory): Java may use \\d+ MiB")
        .contains(hint).doesNotContain("\tat ").doesNotContain("Error").doesNotContain("Exception")
        .doesNotContain("internal error");
  }

  /**
   * The same in the JVM started, without the tuned child (its default collector): with the heap so
   * small, the handler of the main thread's error ran out itself while it printed its message, and
   * the JVM said "OutOfMemoryError thrown from the UncaughtExceptionHandler" (three builds in four
   * at 10 MiB). The message is now made when the build starts (ThreadEnd).
   */
  @ParameterizedTest
  @ValueSource(ints = {9, 10})
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHeapTooSmallIsSaidInTheJvmStartedToo(int mebibytes) throws Exception {
    Result charts = java(Map.of("CHARTDESK_TUNED_JVM", "off"), List.of("-Xmx" + mebibytes + "m"), "build",
        "--project", Path.of("").toAbsolutePath().toString(), "--out", out.toString());
    assertThat(charts.code()).as(charts.err()).isEqualTo(Main.INPUT_ERROR);
    assertThat(charts.err()).containsPattern("error: ran out of memory(?: while rendering chart \"[a-z-]+\")?: "
            + "Java may use \\d+ MiB")
        .doesNotContain("\tat ").doesNotContain("Error").doesNotContain("Exception");
  }

  /**
   * A limit on processes (a container's pids limit; threads count) a few threads short of what the
   * build needs: Java cannot start a thread and throws it as an out-of-memory error, which was said
   * as "ran out of memory: Java may use 5827 MiB" with a hint to give Java more heap, or as a stack
   * trace where the first JVM could not start its watch on the second. Run in a cgroup of its own,
   * where this machine lets the test make one (as root, cgroup v1's pids controller); else skipped.
   * The limit is a little under the build's own peak, measured first: it depends on the machine.
   */
  @Test
  void aLimitOnThreadsIsSaidAsThatNotAsMemory() throws Exception {
    Path pids = Path.of("/sys/fs/cgroup/pids");
    Assumptions.assumeTrue(Files.isWritable(pids), "no cgroup (v1) pids controller this test may use");
    Path group = Files.createDirectory(pids.resolve("chartdesk-test-" + ProcessHandle.current().pid()));
    try {
      Assumptions.assumeTrue(Files.exists(group.resolve("pids.peak")), "the kernel reports no peak of a cgroup");
      String project = Path.of("").toAbsolutePath().toString();
      assertThat(inGroup(group, "build", "--project", project, "--out", out.toString(), "--force").code()).isZero();
      int peak = Integer.parseInt(Files.readString(group.resolve("pids.peak")).trim());
      // Threads a pool adds while one waits vary from build to build: lower the limit until it fails.
      Result limited = null;
      for (int limit = peak - 1; limit >= peak - 6 && (limited == null || limited.code() == 0); limit--) {
        Files.writeString(group.resolve("pids.max"), String.valueOf(limit));
        limited = inGroup(group, "build", "--project", project, "--out", out.toString(), "--force");
      }
      assertThat(limited.code()).as(limited.err()).isEqualTo(Main.INPUT_ERROR);
      assertThat(limited.err())
          .contains("chartdesk: error: Java could not start a thread: the limit on processes and threads is reached")
          .contains("raise the limit (ulimit -u, the container's pids limit), or draw fewer charts at once (--jobs 1)")
          .doesNotContain("\tat ").doesNotContain("memory").doesNotContain("Exception");
    } finally {
      Files.delete(group);
    }
  }

  /** The jar run by a shell that first moves itself into the cgroup, so that every thread of both JVMs counts. */
  private static Result inGroup(Path group, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("target", "chartdesk.jar").toAbsolutePath().toString();
    List<String> cmd = new ArrayList<>(List.of("sh", "-c", "echo $$ > \"$0\" && exec \"$@\"",
        group.resolve("cgroup.procs").toString(), java, "-XX:ActiveProcessorCount=2", "-jar", jar));
    cmd.addAll(List.of(args));
    return run(cmd, Map.of());
  }

  /** A nightly log that cannot be written (stdout on a full disk) fails the job instead of passing silently. */
  @Test
  void aBuildWhoseOutputCannotBeWrittenFails() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target", "chartdesk.jar").toAbsolutePath().toString(), "build", "--project",
        Path.of("").toAbsolutePath().toString(), "--out", out.toString())
        .redirectOutput(new java.io.File("/dev/full")).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(Main.INPUT_ERROR);
    assertThat(err).contains("standard output could not be written").doesNotContain("\tat ");
  }

  @Test
  void aRebuildWithNothingChangedLoadsNoRenderingWorkbookOrSpecLibrary() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    assertThat(java("build", "--project", project, "--out", out.toString()).code()).isZero();
    Path classes = out.resolveSibling(out.getFileName() + "-classes.txt");
    Result again = java(List.of("-Xlog:class+load:file=" + classes), "build", "--project", project, "--out",
        out.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("unchanged kgb-planted-stories", "nothing changed");
    List<String> loaded = Files.readAllLines(classes);
    assertThat(loaded).as("classes loaded").anyMatch(l -> l.contains(" org.chartdesk.build.Manifest "));
    // Charts (JFreeChart, JFreeSVG, PDFBox), the workbook (POI, XMLBeans), and the specs' YAML.
    for (String library : List.of("org.jfree.", "org.apache.pdfbox.", "de.rototor.", "org.apache.poi.",
        "org.apache.xmlbeans.", "org.yaml.snakeyaml.", "com.fasterxml.jackson.dataformat.yaml.")) {
      assertThat(loaded).as(library).noneMatch(l -> l.contains(" " + library));
    }
  }

  /**
   * The version stays 0.1.0 from one change of the tool to the next: a rebuild by a changed tool
   * (here, the same jar with one entry more) redraws every chart, as a nightly build must after the
   * tool is updated, and a rebuild by the same tool again has nothing to do.
   */
  @Test
  void aRebuildByAnotherBuildOfTheToolRedrawsEveryChart() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    // Beside the jar, where its libraries are found.
    Path other = Path.of("target", "chartdesk-other-build.jar");
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
            Files.newInputStream(Path.of("target", "chartdesk.jar")));
        java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        copy.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        in.transferTo(copy);
      }
      copy.putNextEntry(new java.util.zip.ZipEntry("org/chartdesk/changed.txt"));
      copy.write("a change to the tool\n".getBytes(StandardCharsets.UTF_8));
    }
    try {
      assertThat(java("build", "--project", project, "--out", out.toString()).code()).isZero();
      String tool = manifestTool();
      assertThat(tool).matches("chartdesk 0\\.1\\.0\\+[0-9a-f]{12}");
      // --version says the same: which build a user runs.
      assertThat(java("--version").out().strip()).isEqualTo(tool);

      Result changed = java(other, Map.of(), List.of(), "build", "--project", project, "--out", out.toString());
      assertThat(changed.code()).as(changed.err()).isZero();
      assertThat(changed.out()).contains("built kgb-planted-stories", "built relations-timeline")
          .doesNotContain("unchanged", "nothing changed");
      assertThat(manifestTool()).startsWith("chartdesk 0.1.0+").isNotEqualTo(tool);

      Result again = java(other, Map.of(), List.of(), "build", "--project", project, "--out", out.toString());
      assertThat(again.out()).contains("nothing changed");
    } finally {
      Files.delete(other);
      // The archive its first build made beside it, for it.
      Files.deleteIfExists(Path.of("target", "chartdesk-other-build.jsa"));
      Files.deleteIfExists(Path.of("target", "chartdesk-other-build.jsa.for"));
    }
  }

  /**
   * A jar copied elsewhere with its libraries and its archive (into an image, /opt): the JVM will not
   * map an archive made for another path, so the first build there that writes the workbook makes
   * one for this one, which the JVM itself then maps ({@code -Xshare:on} fails where it cannot).
   */
  @Test
  void aJarCopiedElsewhereMakesItsOwnArchiveThereWhichTheJvmMaps() throws Exception {
    Path installed = Files.createDirectories(out.resolve("opt"));
    Files.createDirectories(installed.resolve("lib"));
    try (var libs = Files.list(Path.of("target", "lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, installed.resolve("lib").resolve(lib.getFileName()));
      }
    }
    Path jar = Files.copy(Path.of("target", "chartdesk.jar"), installed.resolve("chartdesk.jar"));
    Files.copy(Path.of("target", "chartdesk.jsa"), installed.resolve("chartdesk.jsa"));
    Files.copy(Path.of("target", "chartdesk.jsa.for"), installed.resolve("chartdesk.jsa.for"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> mapped = List.of(java, "-XX:SharedArchiveFile=" + installed.resolve("chartdesk.jsa"), "-Xshare:on",
        "-jar", jar.toString(), "--version");
    assertThat(new ProcessBuilder(mapped).start().waitFor()).as("the archive made for target/, copied").isNotZero();

    String project = Path.of("").toAbsolutePath().toString();
    Result built = java(jar, Map.of(), List.of(), "build", "--project", project, "--out", out.resolve("built").toString());
    assertThat(built.code()).as(built.err()).isZero();
    assertThat(built.err()).isEmpty();
    assertThat(Files.readString(installed.resolve("chartdesk.jsa.for"))).startsWith(jar.toAbsolutePath().normalize() + "\n");
    try (var files = Files.list(installed)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("chartdesk.jar", "lib",
          "chartdesk.jsa", "chartdesk.jsa.for");
    }
    Process p = new ProcessBuilder(mapped).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isZero();
  }

  private String manifestTool() throws Exception {
    String manifest = Files.readString(out.resolve("manifest.json"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"tool\" : \"([^\"]*)\"").matcher(manifest);
    assertThat(m.find()).as(manifest).isTrue();
    return m.group(1);
  }

  @Test
  void aBuildRunsInATunedChildJvmUnlessSwitchedOff() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    // The user's logging option reaches the child, which says which collector it runs.
    Result tuned = java(List.of("-Xlog:gc:stderr"), "check", "--project", project);
    assertThat(tuned.code()).as(tuned.err()).isZero();
    assertThat(tuned.err()).contains("Using G1", "Using Serial");
    assertThat(Path.of("target", "chartdesk.jsa")).as("the archive made at package time").exists();
    Result plain = java(Map.of(TunedJvm.SWITCH, "off"), List.of("-Xlog:gc:stderr"), "check", "--project", project);
    assertThat(plain.err()).contains("Using G1").doesNotContain("Using Serial");
  }

  /** cron or CI may kill the JVM it started outright: the tuned child must not build on, holding the lock. */
  @Test
  void killingTheJvmStartedKillsTheChildAndTheNextBuildRuns() throws Exception {
    killTheJvmStartedAfter(500);
  }

  /** Killed as the child starts, before the child could have looked at who its parent is. */
  @Test
  void killingTheJvmStartedAsItsChildStartsKillsTheChildToo() throws Exception {
    killTheJvmStartedAfter(0);
  }

  private void killTheJvmStartedAfter(long millis) throws Exception {
    String project = Path.of("examples").toAbsolutePath().toString();
    Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target", "chartdesk.jar").toAbsolutePath().toString(), "build", "--force", "--project", project,
        "--out", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    ProcessHandle child = null;
    for (int i = 0; i < 200 && child == null; i++) {
      child = parent.descendants().findFirst().orElse(null);
      Thread.sleep(25);
    }
    assertThat(child).as("the tuned child JVM").isNotNull();
    Thread.sleep(millis);
    parent.destroyForcibly().waitFor();
    // The build goes on for seconds more; the child notices it was re-parented within a tenth of
    // a second (two seconds allowed for a loaded machine). Dead is gone or a zombie not yet reaped.
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (!dead(child) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(dead(child)).as("the child two seconds after its parent was killed").isTrue();
    if (millis == 0) {
      // Stopped, not finished: the examples take a second to build, the child a tenth to notice.
      // Had it read its parent's pid itself, after the kill, it would have built them all.
      assertThat(out.resolve("manifest.json")).as("the killed build's manifest").doesNotExist();
    }
    Result again = java("build", "--project", project, "--out", out.toString());
    assertThat(again.code()).as(again.err()).isZero();
  }

  /**
   * A CI job's timeout, systemd or a closed session stops the JVM it started with SIGTERM (or
   * SIGHUP, or Ctrl-C's SIGINT): the build ends with the signal's exit code and leaves the folder as
   * a finished build would, every file whole, no temporary sibling and the lock file empty. It
   * left the lock naming its process, and now and then a {@code .tmp-} file, for the next build.
   */
  @Test
  void aBuildStoppedByASignalLeavesNoTemporaryFileAndAnEmptyLock() throws Exception {
    String project = Path.of("examples").toAbsolutePath().toString();
    Path lock = out.resolve(".chartdesk.lock");
    for (long millis : List.of(0L, 150L, 300L, 450L)) {
      Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
          Path.of("target", "chartdesk.jar").toAbsolutePath().toString(), "build", "--force", "--project", project,
          "--out", out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      // Once the build holds the folder, drawing.
      for (int i = 0; i < 400 && !(Files.exists(lock) && Files.size(lock) > 0); i++) {
        Thread.sleep(10);
      }
      assertThat(Files.readString(lock)).as("the lock, held").startsWith("process ");
      Thread.sleep(millis);
      parent.destroy();
      assertThat(parent.waitFor()).as("the exit code of a JVM stopped by SIGTERM").isEqualTo(143);
      try (var files = Files.walk(out)) {
        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
      }
      assertThat(Files.size(lock)).as("the lock file, " + millis + " ms into the build").isZero();
    }
    Result again = java("build", "--project", project, "--out", out.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(java("build", "--project", project, "--out", out.toString()).out()).contains("nothing changed");
  }

  private static boolean dead(ProcessHandle p) throws Exception {
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    if (!p.isAlive() || !Files.exists(stat)) {
      return true;
    }
    String fields = Files.readString(stat);
    return fields.substring(fields.lastIndexOf(')') + 2).startsWith("Z");
  }

  @Test
  void aMachineThatCannotTakeTheFontsCopyIsAClearErrorAndThePreviousOutputsStay() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    assertThat(java("build", "--project", project, "--out", out.toString()).code()).isZero();
    byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
    byte[] workbook = Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"));
    // No file over 300 KB may be written: Java's copies of the fonts (about 400 KB) cannot be made.
    Process p = new ProcessBuilder("bash", "-c", "ulimit -f 300 && exec \"$0\" -jar \"$1\" build --force "
        + "--project \"$2\" --out \"$3\"", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Path.of("target", "chartdesk.jar").toAbsolutePath().toString(), project, out.toString()).start();
    p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(Main.INPUT_ERROR);
    assertThat(err).startsWith("chartdesk: error: could not copy the bundled font ")
        .contains("to the temporary folder", "larger than this process may write", "ulimit -f")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(out.resolve("manifest.json"))).isEqualTo(manifest);
    assertThat(Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"))).isEqualTo(workbook);
  }

  /**
   * A workbook larger than the disk takes, made through the temporary folder: it fails alone,
   * named, with the disk's words, the charts written and the last workbook kept. It was "internal
   * error: ...OpenXML4JRuntimeException: Fail to save: ... image10.png failed to be saved", exit
   * code 3, and no manifest: POI wraps the disk's error when the workbook holds no streamed sheet.
   */
  @Test
  void aWorkbookTheTemporaryFolderCannotTakeFailsAloneAndNamed() throws Exception {
    Path project = org.chartdesk.build.StoryCopy.into(out.resolve("project"));
    // Three times the story's charts: a workbook of about 850 KB, every other file under 420.
    try (var specs = Files.list(project.resolve("charts"))) {
      for (Path spec : specs.toList()) {
        for (int i = 1; i <= 2; i++) {
          Files.copy(spec, spec.resolveSibling(spec.getFileName().toString().replace(".yaml", "-" + i + ".yaml")));
        }
      }
    }
    Path built = out.resolve("built");
    Result first = java("build", "--project", project.toString(), "--out", built.toString(), "--formats", "png,xlsx");
    assertThat(first.code()).as(first.err()).isZero();
    byte[] workbook = Files.readAllBytes(built.resolve("india-soviet-union-relations.xlsx"));
    assertThat(workbook.length).isGreaterThan(430 * 1024);
    // No file over 420 KB may be written: the fonts' copies (about 410 KB) can, the workbook cannot.
    Process p = new ProcessBuilder("bash", "-c", "ulimit -f 420 && exec \"$0\" -jar \"$1\" build --force "
        + "--formats png,xlsx --project \"$2\" --out \"$3\"", Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), Path.of("target", "chartdesk.jar").toAbsolutePath().toString(), project.toString(),
        built.toString()).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(Main.INPUT_ERROR);
    assertThat(said).contains("built kgb-planted-stories-2");
    assertThat(err).startsWith(built + "/india-soviet-union-relations.xlsx: error: could not make " + built
        + "/india-soviet-union-relations.xlsx in the temporary folder /tmp: larger than this process may write")
        .contains("ulimit -f").doesNotContain("internal error", "Exception", "\tat ");
    assertThat(Files.readAllBytes(built.resolve("india-soviet-union-relations.xlsx"))).isEqualTo(workbook);
    assertThat(built.resolve("manifest.json")).exists();
  }

  /**
   * A real disk that fills during a build (a tmpfs of 16 MB with 14 of it taken; where this
   * machine lets a test mount one): the chart that fits is written, each that does not fails
   * alone with the disk's words, and once space is freed the next build draws only those, ending
   * with the same files as a build on a roomy disk.
   */
  @Test
  void aDiskThatFillsFailsTheChartsThatDoNotFitAndTheNextBuildFinishesThem() throws Exception {
    Path disk = Files.createDirectory(out.resolve("disk"));
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString()) == 0,
        "this machine lets no test mount a disk");
    try {
      String project = Path.of("").toAbsolutePath().toString();
      Path filler = Files.write(disk.resolve("filler"), new byte[14 << 20]);
      Path built = disk.resolve("out");
      Result full = java("build", "--jobs", "1", "--project", project, "--out", built.toString());
      assertThat(full.code()).as(full.err()).isEqualTo(Main.INPUT_ERROR);
      assertThat(full.out()).contains("built kgb-planted-stories", "failed relations-timeline");
      assertThat(full.err()).contains(": the disk is full", "free some space, then build again")
          .doesNotContain("Exception", "\tat ");

      Files.delete(filler);
      Result again = java("build", "--jobs", "1", "--project", project, "--out", built.toString());
      assertThat(again.code()).as(again.err()).isZero();
      assertThat(again.out()).contains("unchanged kgb-planted-stories", "built relations-timeline");
      Path roomy = out.resolve("roomy");
      assertThat(java("build", "--project", project, "--out", roomy.toString()).code()).isZero();
      try (var files = Files.walk(roomy)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(built.resolve(roomy.relativize(f).toString())).as(roomy.relativize(f).toString())
              .hasSameBinaryContentAs(f);
        }
      }
    } finally {
      run("umount", disk.toString());
    }
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }

  @Test
  void aBuildLeavesNothingInTheTemporaryFolder() throws Exception {
    // Its fonts, its workbook before it is moved into place, POI's files: all in a folder of its
    // own, removed as it exits (a killed build's, by a later build: KilledBuildTest).
    Path temp = Files.createDirectories(out.resolve("temp"));
    Result r = java(List.of("-Djava.io.tmpdir=" + temp), "build", "--project", Path.of("").toAbsolutePath().toString(),
        "--out", out.resolve("built").toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * A SOURCE_DATE_EPOCH no build date can be read from was an internal error after every chart was
   * drawn, leaving files and no manifest (and the PDFs had ignored it): now a usage error naming
   * the variable, before anything is drawn or written, from build and check alike.
   */
  @Test
  void anInvalidSourceDateEpochIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
    String project = Path.of("").toAbsolutePath().toString();
    for (String value : List.of("abc", "1.5", "99999999999999999999", "-5", "253402300800", " 1700000000")) {
      Path built = out.resolve("built");
      Result r = java(Map.of("SOURCE_DATE_EPOCH", value), List.of(), "build", "--project", project, "--out",
          built.toString());
      assertThat(r.code()).as(value + ": " + r.err()).isEqualTo(Main.USAGE);
      assertThat(r.err()).as(value).isEqualTo("chartdesk: error: the environment variable SOURCE_DATE_EPOCH is "
          + org.chartdesk.diagnostics.Message.quote(value) + ", not a whole number of seconds since 1970-01-01 "
          + "UTC from 0 to 253402300799\n    set it as date +%s prints it (git log -1 --format=%ct gives the last "
          + "commit's), or unset it for the fixed date 2000-01-01\n");
      assertThat(r.out()).as(value).isEmpty();
      assertThat(built).as(value).doesNotExist();
      Result check = java(Map.of("SOURCE_DATE_EPOCH", value), List.of(), "check", "--project", project);
      assertThat(check.code()).as(value).isEqualTo(Main.USAGE);
      assertThat(check.err()).as(value).isEqualTo(r.err());
    }
    Result set = java(Map.of("SOURCE_DATE_EPOCH", "1700000000"), List.of(), "build", "--project", project,
        "--out", out.resolve("dated").toString());
    assertThat(set.code()).as(set.err()).isZero();
  }

  /**
   * cron starts a job with no locale, and Java then reads every name as ASCII: a project in a
   * folder named in Cyrillic and Devanagari, run in that folder, stopped with a stack trace
   * (InvalidPathException, exit code 1), and a message wrote "?" for each character of a quoted
   * value. The build now runs where names are UTF-8, and gives what a build under C.UTF-8 gives.
   */
  @Test
  void aProjectNamedBeyondAsciiBuildsWhereNoLocaleIsSet() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(!AsciiLocale.ascii(), "this JVM can name the folders");
    Path project = org.chartdesk.build.StoryCopy.into(out.resolve("проект परियोजना"));
    Result usual = java("build", "--project", project.toString(), "--out", out.resolve("usual").toString());
    assertThat(usual.code()).as(usual.err()).isZero();

    Result r = withoutLocale(project, Map.of(), "build", "--out", "вывод");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("built kgb-planted-stories", "56 outputs in вывод/");
    for (String file : List.of("manifest.json", "india-soviet-union-relations.xlsx", "png/leader-visits.png")) {
      assertThat(Files.readAllBytes(project.resolve("вывод").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(out.resolve("usual").resolve(file)));
    }

    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec).replace("kind: column", "kind: колонка"));
    Result check = withoutLocale(project, Map.of(), "check");
    assertThat(check.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(check.err()).contains("unknown chart kind \"колонка\"");
  }

  /**
   * Kept in the JVM started (CHARTDESK_TUNED_JVM=off), where names stay ASCII: the folder that
   * cannot be read is named, with what to set, instead of a stack trace.
   */
  @Test
  void aFolderNamedBeyondAsciiInAJvmThatReadsNamesAsAsciiSaysWhatToSet() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(!AsciiLocale.ascii(), "this JVM can name the folders");
    Path project = org.chartdesk.build.StoryCopy.into(out.resolve("проект"));
    for (String[] args : List.of(new String[] {"build"}, new String[] {"check"})) {
      Result r = withoutLocale(project, Map.of(TunedJvm.SWITCH, "off"), args);
      assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
      assertThat(r.err()).startsWith("chartdesk: error: the current folder ").contains(
          " has characters other than ASCII, and this process reads file names as ASCII",
          "\n    set LANG=C.UTF-8 for the job").doesNotContain("Exception", "\tat ");
    }
    assertThat(project.resolve("out")).doesNotExist();
  }

  /** The jar run in {@code dir} with no LANG or LC_ variable, as cron runs a job. */
  private static Result withoutLocale(Path dir, Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of("target", "chartdesk.jar").toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    builder.environment().putAll(env);
    Process p = builder.start();
    byte[] stdout = p.getInputStream().readAllBytes();
    byte[] stderr = p.getErrorStream().readAllBytes();
    return new Result(p.waitFor(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
  }

  @Test
  void theChildsExitCodeIsTheCommands() throws Exception {
    Result r = java("build", "--project", Path.of("no-such-project").toAbsolutePath().toString(), "--out",
        out.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
  }

  @Test
  void unknownCommandIsAUsageError() throws Exception {
    Result r = java("bulid");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("Exception");
  }
}
