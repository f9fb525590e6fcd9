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

  @Test
  void aReportThatCannotBeWrittenIsAnErrorAfterTheBuild() throws IOException {
    Files.writeString(project.resolve("blocker"), "not a folder");
    Result r = run("build", "--project", project.toString(), "--report",
        project.resolve("blocker/report.json").toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("blocker/report.json: error: could not write blocker/report.json: blocker is a file "
        + "where a folder is needed")
        .doesNotContain("Exception");
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
