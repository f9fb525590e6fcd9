package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chartdesk.cli.CommandLineTest.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chartdesk merge} with parts that cannot be merged: the cause and the fix, and nothing written. */
class MergeCommandTest {
  @TempDir static Path parts;
  @TempDir Path tmp;

  /** The shipped story in two parts, built once for every test. */
  @BeforeAll
  static void buildTheParts() {
    for (int k = 1; k <= 2; k++) {
      Result r = CommandLineTest.run("build", "--project", CommandLineTest.SHIPPED.toString(), "--shard", k + "/2",
          "--out", parts.resolve("part-" + k).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
  }

  private static Path part(int k) {
    return parts.resolve("part-" + k);
  }

  /**
   * Given twice, or under another name (a link), a part's files would be merged twice: it was an
   * internal error, with the folder's files written and no manifest.
   */
  @Test
  void theSameFolderGivenTwiceIsNamedAndNothingIsWritten() throws IOException {
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), part(1).toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(part(1) + ": error: the folder " + part(1) + " is given twice\n")
        .doesNotContain("internal error", "Exception");
    assertThat(merged).doesNotExist();

    Path link = Files.createSymbolicLink(tmp.resolve("latest"), part(1));
    r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), part(2).toString(),
        link.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(link + ": error: " + link + " and " + part(1) + " are the same folder\n");
    assertThat(merged).doesNotExist();
    Files.delete(link);
  }

  /** Merged into one of its own parts, that folder would be a part no more: it is refused, untouched. */
  @Test
  void aMergeIntoOneOfItsPartsIsRefused() throws IOException {
    Path copy = copy(part(1), tmp.resolve("part-1-copy"));
    String manifest = Files.readString(copy.resolve("manifest.json"));
    Result r = CommandLineTest.run("merge", "--out", copy.toString(), copy.toString(), part(2).toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("error: --out " + copy + " is the part " + copy)
        .contains("merge into a folder of its own").doesNotContain("Exception");
    assertThat(Files.readString(copy.resolve("manifest.json"))).isEqualTo(manifest);
  }

  @Test
  void twoFoldersHoldingTheSamePartAreNamedAndNothingIsWritten() throws IOException {
    Path copy = copy(part(1), tmp.resolve("part-1-again"));
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), copy.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains(copy.resolve("manifest.json") + ": error: " + copy + " and " + part(1)
        + " both hold part 1/2\n").contains("a different K for each").doesNotContain("internal error", "Exception");
    assertThat(merged).doesNotExist();
  }

  /**
   * A merge of one part (the other still building) said "merged 1 parts", and nothing of the part
   * left out: a nightly job given one folder too few published a folder of some charts only.
   */
  @Test
  void aMergeOfSomePartsNamesThoseLeftOut() {
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("merged 1 part into " + merged + "\n");
    assertThat(r.err()).isEqualTo(merged + ": warning: part 2/2 not merged: " + merged
        + " holds the charts of 1 of 2 parts only\n    merge it too, or build over the folder, which draws its charts\n");

    r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), part(2).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  /**
   * A merge into a folder that held a build removes the files its manifest lists of charts the
   * parts do not make, as a build does: they stayed there, listed by no manifest and so for ever,
   * a chart taken down (its spec deleted) published night after night.
   */
  @Test
  void aMergeRemovesTheFilesOfChartsTheFolderHeldThatThePartsDoNotMake() throws IOException {
    Path project = org.chartdesk.build.StoryCopy.into(tmp.resolve("project"));
    Files.copy(project.resolve("charts/kgb-planted-stories.yaml"), project.resolve("charts/taken-down.yaml"));
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("build", "--project", project.toString(), "--out", merged.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(merged.resolve("png/taken-down.png")).exists();
    Files.writeString(merged.resolve("png/notes.txt"), "the user's own");

    r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), part(2).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("removed taken-down (20 files)\nmerged 2 parts into " + merged + "\n");
    try (Stream<Path> files = Files.walk(merged)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("taken-down"));
    }
    assertThat(merged.resolve("png/notes.txt")).hasContent("the user's own");
    assertThat(merged.resolve("png/kgb-planted-stories.png")).exists();
    // The workbook and gallery stay until the build over the folder replaces them.
    assertThat(merged.resolve("index.html")).exists();
  }

  /**
   * Parts merged as they finish into the published folder: until the last is in, the files before
   * may be those of a part still to come, and stay, listed, for the merge that completes it.
   */
  @Test
  void aMergeOfSomePartsKeepsAndListsTheFilesBeforeUntilTheLastIsIn() throws IOException {
    Path project = org.chartdesk.build.StoryCopy.into(tmp.resolve("project"));
    Files.copy(project.resolve("charts/kgb-planted-stories.yaml"), project.resolve("charts/taken-down.yaml"));
    Path merged = tmp.resolve("merged");
    assertThat(CommandLineTest.run("build", "--project", project.toString(), "--out", merged.toString()).code())
        .isZero();

    Result r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("merged 1 part into " + merged + "\n");
    assertThat(merged.resolve("png/taken-down.png")).exists();
    assertThat(merged.resolve("png/leader-visits.png")).as("part 2's, still to come").exists();
    assertThat(Files.readString(merged.resolve("manifest.json")))
        .contains("\"png/taken-down.png\"", "\"png/leader-visits.png\"");

    r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), part(2).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("removed taken-down (20 files)\n");
    assertThat(merged.resolve("png/taken-down.png")).doesNotExist();
    assertThat(merged.resolve("png/leader-visits.png")).exists();
  }

  /** Parts of a split into three and of one into two share charts. */
  @Test
  void partsOfSplitsIntoOtherNumbersOfPartsAreNotMerged() {
    Path third = tmp.resolve("third-1");
    assertThat(CommandLineTest.run("build", "--project", CommandLineTest.SHIPPED.toString(), "--shard", "1/3",
        "--out", third.toString()).code()).isZero();
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("merge", "--out", merged.toString(), part(1).toString(), third.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(third.resolve("manifest.json") + ": error: ")
        .contains("build every part with the same N of --shard K/N (2 in the first part, 3 here)")
        .doesNotContain("internal error", "Exception");
    assertThat(merged).doesNotExist();
  }

  /** A part's file deleted or changed since it was built, found before anything is written. */
  @Test
  void aFileMissingFromAPartIsNamedWithTheFix() throws IOException {
    Path broken = copy(part(1), tmp.resolve("part-1"));
    Path svg = broken.resolve("svg/kgb-planted-stories.svg");
    Files.delete(svg);
    Path merged = tmp.resolve("merged");
    Result r = CommandLineTest.run("merge", "--out", merged.toString(), broken.toString(), part(2).toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(svg + ": error: cannot read " + svg + ": there is no such file\n"
        + "    the part's manifest lists it: build that part again, then merge")
        .doesNotContain("tmpdir", "free space");
    assertThat(merged).doesNotExist();

    // Changed after it was built: not "does not match the other parts".
    Path txt = broken.resolve("png/kgb-planted-stories.txt");
    Files.writeString(txt, "edited by hand");
    r = CommandLineTest.run("merge", "--out", merged.toString(), broken.toString(), part(2).toString());
    assertThat(r.err()).contains(txt + ": error: " + txt + " is not the file its part's manifest lists: it changed "
        + "after the part was built\n    the part's manifest lists it: build that part again, then merge");
    assertThat(merged).doesNotExist();
  }

  /** As build says of its --out; both said "free space there", the hint for Java's temporary folder. */
  @Test
  void anOutThatIsAFileIsNamedWithTheFix() throws IOException {
    Path file = Files.writeString(tmp.resolve("merged"), "notes");
    Result r = CommandLineTest.run("merge", "--out", file.toString(), part(1).toString(), part(2).toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(file + "/: error: could not write " + file + "/: " + file
        + " is a file where a folder is needed\n    move or remove that file, or pass --out with another folder")
        .doesNotContain("tmpdir", "free space");
    assertThat(Files.readString(file)).isEqualTo("notes");
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
    return to;
  }
}
