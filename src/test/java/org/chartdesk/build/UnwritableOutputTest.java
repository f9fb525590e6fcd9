package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.chartdesk.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that cannot be written: a clear error naming the file and why, exit code 1, no stack
 * trace; the charts that can be written still are, and the next build repairs the rest. (A file or
 * folder in the way stands for a full or read-only disk: the same path through the build, and
 * one a test running as root can make.)
 */
class UnwritableOutputTest {
  @TempDir Path tmp;
  Path project;

  @BeforeEach
  void copyProject() throws IOException {
    project = StoryCopy.into(tmp.resolve("project"));
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsAClearErrorAndNothingIsBuilt() throws IOException {
    Files.writeString(project.resolve("blocker"), "not a folder");
    Result r = run("build", "--project", project.toString(), "--out", project.resolve("blocker/out").toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("blocker/out/: error: could not write blocker/out/: blocker is a file where a "
        + "folder is needed").contains("    move or remove that file, or pass --out with another folder")
        .contains("nothing was written").doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Every chart failed on a full disk: the closing line said "the other charts were written". */
  @Test
  void aBuildWhoseEveryChartFailsSaysNoChartWasWritten() throws IOException {
    for (String chart : new String[] {"kgb-planted-stories", "leader-visits", "leaders-in-office",
        "relations-timeline"}) {
      Files.createDirectories(project.resolve("out/png/" + chart + ".png"));
    }
    Result r = run("build", "--project", project.toString(), "--jobs", "2");
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("build failed: 4 errors in 4 files; no chart was written")
        .doesNotContain("the other charts were written");
  }

  @Test
  void aChartWhoseFileCannotBeWrittenFailsAloneAndTheNextBuildRepairsIt() throws IOException {
    Path blocked = Files.createDirectories(project.resolve("out/png/kgb-planted-stories.png"));
    Files.writeString(blocked.resolve("keep.txt"), "a folder where the image should go");

    Result r = run("build", "--project", project.toString(), "--jobs", "2");

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("out/png/kgb-planted-stories.png: error: could not write "
        + "out/png/kgb-planted-stories.png: out/png/kgb-planted-stories.png is a folder where a file is needed")
        .contains("in chart kgb-planted-stories").contains("the other charts were written")
        .doesNotContain("left as they were")
        .doesNotContain("Exception");
    assertThat(project.resolve("out/png/relations-timeline.png")).isRegularFile();
    JsonNode manifest = new ObjectMapper().readTree(project.resolve("out/manifest.json").toFile());
    assertThat(manifest.get("inputs").size()).as("no inputs: the next build checks everything").isZero();
    assertThat(manifest.get("outputs").findValuesAsText("chart")).doesNotContain("kgb-planted-stories")
        .contains("relations-timeline");
    // Its sheet was started from its PNG before the file failed: the workbook has the others' alone.
    assertThat(sheetNames(project.resolve("out/india-soviet-union-relations.xlsx")))
        .contains("name=\"relations-timeline (chart)\"").doesNotContain("kgb-planted-stories (chart)");

    Files.delete(blocked.resolve("keep.txt"));
    Files.delete(blocked);
    Result again = run("build", "--project", project.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("built kgb-planted-stories").doesNotContain("built relations-timeline");
    assertThat(project.resolve("out/png/kgb-planted-stories.png")).isRegularFile();
  }

  /** The workbook's list of sheets, as its zip holds it. */
  private static String sheetNames(Path workbook) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A file of a chart no longer made that cannot be removed (its folder another user's) is an
   * error naming it, and stays listed for the next build to remove: it stopped the build with
   * "error: permission denied" and a hint about the temporary folder, the manifest unwritten.
   */
  @Test
  void aFileOfAChartNoLongerMadeThatCannotBeRemovedIsNamedAndRemovedLater() throws Exception {
    assertThat(run("build", "--project", project.toString()).code()).isZero();
    Files.delete(project.resolve("charts/kgb-planted-stories.yaml"));
    Path stuck = project.resolve("out/png/print/kgb-planted-stories.png");
    assertThat(stuck).isRegularFile();
    Runnable unpin = pinned(stuck);
    Result r;
    try {
      r = run("build", "--project", project.toString());
    } finally {
      unpin.run();
    }
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith("out/png/print/kgb-planted-stories.png: error: could not remove "
        + "out/png/print/kgb-planted-stories.png, a file of the last build this one does not make: ")
        .doesNotContain("Exception", "temporary", "internal");
    assertThat(Files.readString(project.resolve("out/manifest.json")))
        .contains("\"png/print/kgb-planted-stories.png\"").doesNotContain("\"svg/kgb-planted-stories.svg\"");

    r = run("build", "--project", project.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("removed kgb-planted-stories (1 file)\n");
    assertThat(stuck).doesNotExist();
  }

  /**
   * Makes a file that cannot be removed: its folder read-only, or to root, which may remove it
   * anyway, immutable; the test is skipped where neither can be done. Returns what undoes it.
   */
  private static Runnable pinned(Path file) throws Exception {
    Path folder = file.getParent();
    folder.toFile().setWritable(false);
    if (!Files.isWritable(folder)) {
      return () -> folder.toFile().setWritable(true);
    }
    folder.toFile().setWritable(true);
    Process chattr = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
    chattr.getInputStream().readAllBytes();
    org.junit.jupiter.api.Assumptions.assumeTrue(chattr.waitFor() == 0, "no way to make a file that cannot be removed");
    return () -> {
      try {
        new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  /**
   * --out a symbolic link to a disk not mounted: it was "a file where a folder is needed", a cause
   * the user would look for in vain.
   */
  @Test
  void anOutThatIsALinkToNothingSaysSo() throws IOException {
    Path out = Files.createSymbolicLink(tmp.resolve("published"), tmp.resolve("not-mounted/out"));
    Result r = run("build", "--project", project.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains(out + "/: error: could not write " + out + "/: " + out + " is a symbolic link to "
        + tmp.resolve("not-mounted/out") + ", which does not exist")
        .contains("mount or make what it points to, or pass --out with another folder")
        .doesNotContain("a file where a folder is needed");
  }

  @Test
  void aReportThatCannotBeWrittenIsAnErrorAfterTheBuild() throws IOException {
    Files.writeString(project.resolve("blocker"), "not a folder");
    Result r = run("build", "--project", project.toString(), "--report",
        project.resolve("blocker/report.json").toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("blocker/report.json: error: could not write blocker/report.json: blocker is a file "
        + "where a folder is needed")
        .contains("move or remove that file, or pass --report with a file in another folder")
        .doesNotContain("--out").doesNotContain("Exception");
    assertThat(project.resolve("out/manifest.json")).isRegularFile();
  }

  /** A nightly job's report into a folder of its own that is not there yet: the folder is made. */
  @Test
  void aReportGoesIntoFoldersMadeForIt() throws IOException {
    Path report = project.resolve("reports/2026/nightly.json");
    Result r = run("build", "--project", project.toString(), "--report", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(report)).contains("\"exitCode\" : 0");
    try (java.util.stream.Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("nightly.json");
    }
  }
}
