package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chartdesk.model.SplitBinderTest.VISITS_FROM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.spec.ProjectSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduled builds: only what changed is redone, nothing else is touched, parallel or not, one build at a time. */
class IncrementalBuildTest {
  @TempDir Path tmp;
  Path project;
  Path out;

  @BeforeEach
  void copyProject() throws IOException {
    project = StoryCopy.into(tmp.resolve("project"));
    out = tmp.resolve("out");
  }

  BuildReport build(boolean force, int jobs) throws IOException {
    return new Build(project).build(out, new BuildOptions(false, force, jobs, false));
  }

  @Test
  void aRebuildWithNothingChangedTouchesNothing() throws IOException {
    build(false, 2);
    Map<String, FileTime> before = times();
    setAllTimes(FileTime.fromMillis(1_000_000_000_000L));
    BuildReport again = build(false, 2);
    assertThat(again.results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
    assertThat(again.written()).isEmpty();
    assertThat(times().values()).allMatch(t -> t.toMillis() == 1_000_000_000_000L);
    assertThat(times().keySet()).isEqualTo(before.keySet());
  }

  /**
   * A build removes the temporary files of killed builds and nothing else: it deleted every
   * {@code .tmp-} name anywhere under the folder, the user's own files too, and walked every folder
   * there (one it may not read, a volume's lost+found, stopped the build). A live process's is in
   * the making: a build that has just let the lock go writes its report there.
   */
  @Test
  void aBuildRemovesKilledBuildsTemporaryFilesAndNoOneElses() throws Exception {
    build(false, 2);
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    long dead = ended.pid();
    Process running = new ProcessBuilder("sleep", "60").start();
    try {
      List<String> leftovers = List.of(".tmp-" + dead + "-manifest.json",
          "png/.tmp-" + dead + "-kgb-planted-stories.png", "svg/phone/.tmp-" + dead + "-kgb-planted-stories.svg",
          ".tmp-" + ProcessHandle.current().pid() + "-index.html");
      List<String> users = List.of(".tmp-draft.txt", "drafts/.tmp-" + dead + "-notes.txt", "png/.tmp-mine.png",
          ".tmp-" + running.pid() + "-report.json");
      for (String file : Stream.concat(leftovers.stream(), users.stream()).toList()) {
        Files.createDirectories(out.resolve(file).getParent());
        Files.writeString(out.resolve(file), "bytes");
      }
      build(false, 2);
      assertThat(leftovers).noneMatch(f -> Files.exists(out.resolve(f)));
      assertThat(users).allMatch(f -> Files.exists(out.resolve(f)));
    } finally {
      running.destroy();
    }
  }

  /**
   * Two projects given one folder replaced each other's charts at every build, saying only
   * "removed" for each file: the build that takes the folder over says whose it was.
   */
  @Test
  void aBuildIntoTheFolderOfAnotherProjectSaysWhoseItWas() throws IOException {
    build(false, 2);
    Path other = StoryCopy.into(tmp.resolve("other"));
    Path descriptor = other.resolve("datasets/datapackage.json");
    Files.writeString(descriptor, Files.readString(descriptor)
        .replace("\"name\": \"india-soviet-union-relations\"", "\"name\": \"other-story\""));
    Map<String, String> before = contents();
    BuildReport strict = new Build(other).build(out, new BuildOptions(true, false, 2, false));
    assertThat(strict.diagnostics()).anyMatch(d -> d.severity() == org.chartdesk.diagnostics.Severity.ERROR
        && d.format().contains("held the build of india-soviet-union-relations"));
    assertThat(contents()).as("strict, the other project's files are left as they are").isEqualTo(before);
    BuildReport taken = new Build(other).build(out, new BuildOptions(false, false, 2, false));
    assertThat(taken.diagnostics()).extracting(Diagnostic::format).anySatisfy(f -> assertThat(f)
        .contains("warning: " + out + "/ held the build of india-soviet-union-relations: other-story built there "
            + "replaces its files").contains("build each project into a folder of its own"));
    assertThat(new Build(other).build(out, new BuildOptions(false, false, 2, false)).diagnostics())
        .extracting(Diagnostic::format).noneMatch(f -> f.contains("held the build of"));
    assertThat(build(false, 2).diagnostics()).extracting(Diagnostic::format)
        .anyMatch(f -> f.contains("held the build of other-story: india-soviet-union-relations built there"));
  }

  /**
   * Parts run one after another with one --out replaced each other's charts, each saying only
   * "removed": the merge then had the last part alone. A part of another N is the matrix resized.
   */
  @Test
  void aPartBuiltIntoTheFolderOfAnotherPartSaysWhichItWas() throws IOException {
    new Build(project).build(out, new BuildOptions(false, false, 2, false, new BuildOptions.Shard(1, 2)));
    Map<String, String> before = contents();
    BuildReport strict = new Build(project).build(out, new BuildOptions(true, false, 2, false,
        new BuildOptions.Shard(2, 2)));
    assertThat(strict.diagnostics()).anyMatch(d -> d.severity() == org.chartdesk.diagnostics.Severity.ERROR
        && d.format().contains("held part 1/2: part 2/2 built there replaces its charts"));
    assertThat(contents()).as("strict, the other part's files are left as they are").isEqualTo(before);
    BuildReport taken = new Build(project).build(out, new BuildOptions(false, false, 2, false,
        new BuildOptions.Shard(2, 2)));
    assertThat(taken.charts()).containsExactly("leader-visits", "relations-timeline");
    assertThat(taken.diagnostics()).extracting(Diagnostic::format).anySatisfy(f -> assertThat(f)
        .contains("warning: " + out + "/ held part 1/2: part 2/2 built there replaces its charts")
        .contains("build each part into a folder of its own and merge them"));
    BuildReport resized = new Build(project).build(out, new BuildOptions(true, false, 2, false,
        new BuildOptions.Shard(1, 3)));
    assertThat(resized.diagnostics()).extracting(Diagnostic::format).noneMatch(f -> f.contains("held part"));
  }

  /**
   * A manifest that cannot be read (edited by hand, cut short on a full disk) made the build start
   * over without a word: the nightly log said every chart "built" and nothing of why.
   */
  @Test
  void aManifestThatCannotBeReadIsSaidAndTheBuildStartsOver() throws IOException {
    build(false, 2);
    Files.writeString(out.resolve("manifest.json"), "{\n  \"tool\": \"chartdesk\",\n  \"story\" \"x\"\n}\n");
    BuildReport over = build(false, 2);
    assertThat(over.diagnostics()).extracting(Diagnostic::format).anySatisfy(f -> assertThat(f)
        .contains(out + "/manifest.json:3:11: warning: the last build's manifest cannot be read (expected a colon "
            + "here): every chart is built again")
        .contains("build once into an empty folder"));
    assertThat(over.results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
    Files.writeString(out.resolve("manifest.json"), "{\n  \"outputs\": [1 2]\n}\n");
    assertThat(build(false, 2).diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(f -> assertThat(f).contains("/manifest.json:2:17: warning: ").contains("(expected a comma or ] here)"));
    Files.writeString(out.resolve("manifest.json"), "[]");
    assertThat(build(false, 2).diagnostics()).extracting(Diagnostic::format).anySatisfy(f -> assertThat(f)
        .contains(out + "/manifest.json: warning: the last build's manifest cannot be read (it is not a manifest "
            + "this tool wrote)"));
    BuildReport again = build(false, 2);
    assertThat(again.diagnostics()).extracting(Diagnostic::format).noneMatch(f -> f.contains("cannot be read"));
    assertThat(again.results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
  }

  /**
   * A first build hashes the files it loads as it loads them, the others from disk: the manifest
   * lists every file under datasets/ and charts/ with the SHA-256 of its bytes.
   */
  @Test
  void theManifestListsEveryInputFileWithItsHash() throws IOException {
    Files.writeString(project.resolve("datasets/notes.txt"), "not read by any chart\n");
    build(false, 1);
    JsonNode inputs = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("inputs");
    Map<String, String> expected = new TreeMap<>();
    for (String dir : List.of("datasets", "charts")) {
      try (Stream<Path> files = Files.walk(project.resolve(dir))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          expected.put(project.relativize(f).toString().replace(File.separatorChar, '/'),
              java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(f))));
        }
      }
    }
    Map<String, String> listed = new TreeMap<>();
    inputs.fields().forEachRemaining(e -> listed.put(e.getKey(), e.getValue().asText()));
    assertThat(listed).containsKey("datasets/notes.txt").isEqualTo(expected);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The project's chartdesk.yaml and the logo it names are inputs as the specs are: a theme set or
   * a logo replaced after a build redraws every chart, and only once.
   */
  @Test
  void theHousesSettingsAndLogoAreInputsOfEveryChart() throws IOException {
    build(false, 2);
    byte[] house = Files.readAllBytes(out.resolve("png/leader-visits.png"));
    Files.writeString(project.resolve("chartdesk.yaml"), "theme: dark\n");

    BuildReport dark = build(false, 2);
    assertThat(dark.results()).isNotEmpty().allMatch(r -> r.status() == ChartResult.Status.BUILT);
    assertThat(Files.readAllBytes(out.resolve("png/leader-visits.png"))).isNotEqualTo(house);
    assertThat(build(false, 2).results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);

    Path logo = project.resolve("brand/logo.png");
    Files.createDirectories(logo.getParent());
    writeLogo(logo, java.awt.Color.BLACK);
    Files.writeString(project.resolve("chartdesk.yaml"), "theme: dark\nlogo: brand/logo.png\n");
    assertThat(build(false, 2).results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
    assertThat(Manifest.read(out).inputs()).containsKeys("chartdesk.yaml", "brand/logo.png");
    writeLogo(logo, java.awt.Color.RED);
    assertThat(build(false, 2).results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
  }

  private static void writeLogo(Path file, java.awt.Color colour) throws IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 40, 20);
    g.dispose();
    javax.imageio.ImageIO.write(image, "png", file.toFile());
  }

  /**
   * A build with a byline, theme or locale given on the command line, into a folder whose inputs
   * are unchanged, makes what a fresh build with them makes: it said "nothing changed" and left
   * the last edition's files. Going back to the plain build takes the byline off again.
   */
  @Test
  void theCommandLinesSettingsAreInputsOfEveryChart() throws IOException {
    build(false, 2);
    byte[] plain = Files.readAllBytes(out.resolve("png/leader-visits.png"));
    BuildOptions options = new BuildOptions(false, false, 2, false);
    BuildReport bylined = new Build(project, new ProjectSettings(null, null, "Graphic: A. Editor")).build(out, options);
    assertThat(bylined.results()).isNotEmpty().allMatch(r -> r.status() == ChartResult.Status.BUILT);
    assertThat(Files.readString(out.resolve("png/leader-visits.txt"))).isNotEmpty();
    assertThat(Files.readAllBytes(out.resolve("png/leader-visits.png"))).isNotEqualTo(plain);
    assertThat(Files.readString(out.resolve(Manifest.PATH))).contains("\"settings\" : \"--byline Graphic: A. Editor\"");
    assertThat(new Build(project, new ProjectSettings(null, null, "Graphic: A. Editor")).build(out, options)
        .results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
    assertThat(new Build(project, new ProjectSettings("dark", null, null)).build(out, options).results())
        .allMatch(r -> r.status() == ChartResult.Status.BUILT);

    assertThat(build(false, 2).results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
    assertThat(Files.readAllBytes(out.resolve("png/leader-visits.png"))).isEqualTo(plain);
    assertThat(Files.readString(out.resolve(Manifest.PATH))).doesNotContain("\"settings\"");
  }

  /**
   * A warning is said by every build, not only by the one that drew the chart: a rebuild with
   * nothing changed said nothing, and {@code --strict} passed on it.
   */
  @Test
  void aWarningIsSaidAgainByARebuildAndStrictFailsOnIt() throws IOException {
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec).replace(", label: Articles", ""));
    BuildReport first = build(false, 2);
    assertThat(first.diagnostics()).anyMatch(d -> d.severity() == org.chartdesk.diagnostics.Severity.WARNING);
    BuildReport again = build(false, 2);
    assertThat(again.diagnostics()).extracting(Diagnostic::format)
        .isEqualTo(first.diagnostics().stream().map(Diagnostic::format).toList());
    assertThat(again.results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
    BuildReport strict = new Build(project).build(out, new BuildOptions(true, false, 2, false));
    assertThat(strict.results()).anyMatch(r -> r.status() == ChartResult.Status.FAILED);
  }

  @Test
  void aChangedSpecRedoesOnlyItsChartAndWhatListsIt() throws IOException {
    build(false, 1);
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.writeString(spec, Files.readString(spec).replace("Five visits between", "Five visits by leaders between"));
    setAllTimes(FileTime.fromMillis(1_000_000_000_000L));
    BuildReport again = build(false, 1);
    assertThat(again.results()).allMatch(r -> r.status() == (r.id().equals("leader-visits")
        ? ChartResult.Status.BUILT : ChartResult.Status.UNCHANGED));
    assertThat(again.written()).contains("png/leader-visits.png", "index.html", "manifest.json")
        .noneMatch(p -> p.contains("kgb-planted-stories") || p.contains("relations-timeline"));
    assertThat(Files.getLastModifiedTime(out.resolve("png/kgb-planted-stories.png")).toMillis())
        .isEqualTo(1_000_000_000_000L);
  }

  /**
   * The permissions a publish step gave the folder stay through a rebuild, whatever the umask of
   * the job that rebuilds it: the files it redrew had the umask's (under umask 077, owner-only
   * beside the others, and a web server refused the gallery and the redrawn chart). A new file
   * has the umask's.
   */
  @Test
  void aRedrawnFileKeepsThePermissionsItHad() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
    build(false, 1);
    Set<java.nio.file.attribute.PosixFilePermission> published =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setPosixFilePermissions(f, published);
      }
    }
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.writeString(spec, Files.readString(spec).replace("Five visits between", "Five visits by leaders between"));
    Files.copy(project.resolve("charts/kgb-planted-stories.yaml"), project.resolve("charts/kgb-again.yaml"));
    BuildReport again = build(false, 1);
    assertThat(again.written()).contains("png/leader-visits.png", "index.html", "manifest.json",
        "india-soviet-union-relations.xlsx", "png/kgb-again.png");
    for (String redrawn : List.of("png/leader-visits.png", "svg/leader-visits.svg", "index.html", "manifest.json",
        "india-soviet-union-relations.xlsx")) {
      assertThat(Files.getPosixFilePermissions(out.resolve(redrawn))).as(redrawn).isEqualTo(published);
    }
    Path made = Files.createFile(tmp.resolve("made-by-this-umask"));
    assertThat(Files.getPosixFilePermissions(out.resolve("png/kgb-again.png")))
        .isEqualTo(Files.getPosixFilePermissions(made));
  }

  @Test
  void aDamagedOutputIsRepairedAndForceRedoesEverything() throws IOException {
    build(false, 1);
    byte[] good = Files.readAllBytes(out.resolve("png/relations-timeline.png"));
    Files.write(out.resolve("png/relations-timeline.png"), new byte[] {1, 2, 3});
    BuildReport repaired = build(false, 1);
    assertThat(Files.readAllBytes(out.resolve("png/relations-timeline.png"))).isEqualTo(good);
    assertThat(repaired.results()).filteredOn(r -> r.id().equals("relations-timeline"))
        .allMatch(r -> r.status() == ChartResult.Status.BUILT);
    assertThat(build(true, 1).results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
  }

  @Test
  void aChartsFilesAreLetGoOnceWrittenButTheImageItsSheetShows() throws IOException {
    // Held to the end, the files of 200 of the story's charts took 290 MB of the heap.
    for (ChartResult r : build(false, 2).results()) {
      assertThat(r.outputs()).hasSizeGreaterThan(1).allSatisfy(o -> {
        assertThat(o.sha256()).isNotNull();
        assertThat(o.bytes() != null).as(o.path()).isEqualTo(o.path().equals("png/" + r.id() + ".png"));
      });
    }
  }

  @Test
  void outputsAreTheSameBytesWhateverTheNumberOfJobs() throws IOException {
    Map<String, String> one = hashes(tmp.resolve("one"),
        new Build(project).build(tmp.resolve("one"), new BuildOptions(false, true, 1, false)));
    Map<String, String> two = hashes(tmp.resolve("two"),
        new Build(project).build(tmp.resolve("two"), new BuildOptions(false, true, 3, false)));
    assertThat(two).isEqualTo(one).isNotEmpty();
  }

  /**
   * Specs are loaded, bound and linted on the build's threads: the messages must still come in
   * the files' order, each file's in its own order, whatever the threads.
   */
  @Test
  void messagesComeInTheSameOrderWhateverTheNumberOfJobs() throws IOException {
    String kgb = Files.readString(project.resolve("charts/kgb-planted-stories.yaml"));
    for (int i = 0; i < 16; i++) {
      String broken = switch (i % 4) {
        case 0 -> kgb.replace("kind: column", "kind: colum");
        case 1 -> kgb.replace("format: \"#,##0\"", "format: \"#,##0\", colour: red");
        case 2 -> kgb.replace("domain: [1973, 1977]", "domain: [1970, 1977]");
        default -> kgb.replace("data: kgb-planted-stories", "data: kgb-planted-storys");
      };
      Files.writeString(project.resolve("charts/broken-" + (char) ('a' + i) + ".yaml"), broken);
    }
    List<String> one = new Build(project).build(tmp.resolve("one"), new BuildOptions(false, true, 1, false))
        .diagnostics().stream().map(Diagnostic::format).toList();
    List<String> four = new Build(project).build(tmp.resolve("four"), new BuildOptions(false, true, 4, false))
        .diagnostics().stream().map(Diagnostic::format).toList();
    assertThat(four).isEqualTo(one).hasSizeGreaterThanOrEqualTo(16);
    // The spec's errors as each file is loaded, the lint's (CD codes) after: each in the files' order.
    for (boolean lint : List.of(false, true)) {
      assertThat(one.stream().filter(m -> m.startsWith("charts/broken-") && m.contains(": CD1") == lint)
          .map(m -> m.substring(0, 15)).toList()).hasSizeGreaterThanOrEqualTo(4).isSorted();
    }
  }

  @Test
  void aSecondBuildOfTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws IOException {
    try (OutputLock held = OutputLock.acquire(out, false)) {
      assertThatThrownBy(() -> build(false, 1)).isInstanceOf(LockHeldException.class)
          .hasMessage("process " + ProcessHandle.current().pid());
    }
    assertThat(build(false, 1).errors()).isZero();
  }

  @Test
  void aMissingDatasetFailsOnlyTheChartsThatReadItAndKeepsTheirPreviousFiles() throws IOException {
    build(false, 1);
    byte[] kgbBefore = Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"));
    byte[] bookBefore = Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"));
    Files.delete(project.resolve("datasets/kgb-planted-stories.csv"));
    Path spec = project.resolve("charts/relations-timeline.yaml");
    Files.writeString(spec, Files.readString(spec).replace("Nine decades", "Ninety years"));

    BuildReport r = build(false, 1);

    assertThat(r.errors()).isPositive();
    assertThat(r.diagnostics()).anyMatch(d -> "datasets/kgb-planted-stories.csv".equals(d.file()));
    assertThat(r.results()).filteredOn(c -> c.id().equals("kgb-planted-stories"))
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ChartResult.Status.FAILED));
    assertThat(r.results()).filteredOn(c -> c.id().equals("relations-timeline"))
        .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ChartResult.Status.BUILT));
    // The failed chart's files and the workbook made from everything are kept, not overwritten.
    assertThat(Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"))).isEqualTo(kgbBefore);
    assertThat(Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"))).isEqualTo(bookBefore);
    assertThat(Files.readString(out.resolve("png/relations-timeline.txt"))).contains("Ninety years");
  }

  /**
   * A dataset no chart reads still has its sheet in the workbook and its table in the gallery:
   * broken, it must not make them again without it ("replaces no output it already wrote").
   */
  @Test
  void aBrokenDatasetNoChartReadsKeepsTheWorkbookAndGallery() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path descriptor = project.resolve(StoryLoader.DESCRIPTOR);
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json
        .readTree(descriptor.toFile());
    root.withArray("resources").addObject().put("name", "extra").put("path", "extra.csv").put("title", "Extra")
        .putObject("schema").putArray("fields").addObject().put("name", "n").put("type", "integer");
    json.writeValue(descriptor.toFile(), root);
    Files.writeString(project.resolve("datasets/extra.csv"), "n\n1\n2\n");
    assertThat(build(false, 1).errors()).isZero();
    byte[] bookBefore = Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"));
    byte[] galleryBefore = Files.readAllBytes(out.resolve("index.html"));

    Files.writeString(project.resolve("datasets/extra.csv"), "n\n1\n2" + '\0' + "3\n");
    BuildReport r = build(false, 1);

    assertThat(r.errors()).isPositive();
    assertThat(r.diagnostics()).anyMatch(d -> "datasets/extra.csv".equals(d.file()));
    assertThat(Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"))).isEqualTo(bookBefore);
    assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(galleryBefore);
  }

  @Test
  void shardsMergedThenBuiltGiveTheSameFilesAsOneBuild() throws IOException {
    Build build = new Build(project);
    BuildReport one = build.build(tmp.resolve("p1"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(1, 2)));
    BuildReport two = build.build(tmp.resolve("p2"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(2, 2)));
    // Charts in name order alternate between the parts; a part draws no workbook or gallery.
    assertThat(one.charts()).containsExactly("kgb-planted-stories", "leaders-in-office");
    assertThat(two.charts()).containsExactly("leader-visits", "relations-timeline");
    assertThat(tmp.resolve("p1/index.html")).doesNotExist();

    assertThat(Merge.merge(out, List.of(tmp.resolve("p1"), tmp.resolve("p2")))).isEmpty();
    BuildReport finish = build.build(out, new BuildOptions(false, false, 1, false));
    assertThat(finish.results()).allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
    assertThat(finish.written()).contains("index.html", "india-soviet-union-relations.xlsx");

    Map<String, String> merged = hashes(out, finish);
    Map<String, String> whole = hashes(tmp.resolve("whole"),
        build.build(tmp.resolve("whole"), new BuildOptions(false, false, 1, false)));
    assertThat(merged).isEqualTo(whole);
    assertThat(Merge.merge(tmp.resolve("bad"), List.of(tmp.resolve("p1"), tmp.resolve("whole"))))
        .extracting(d -> d.code()).containsExactly(org.chartdesk.diagnostics.Message.MERGE_NOT_A_PART);
  }

  /**
   * A part built into the folder of a whole build removed the other parts' charts, the workbook and
   * the gallery of what may be the published folder: it is refused, the folder untouched.
   */
  @Test
  void aPartIsNotBuiltIntoTheFolderOfAWholeBuild() throws IOException {
    build(false, 2);
    Map<String, FileTime> before = times();
    BuildReport part = new Build(project).build(out, new BuildOptions(false, false, 1, false,
        new BuildOptions.Shard(1, 2)));
    assertThat(part.diagnostics()).singleElement().satisfies(d -> assertThat(d.format())
        .contains("holds a whole build: part 1/2 built there would remove").contains("a folder of its own"));
    assertThat(part.results()).isEmpty();
    assertThat(times()).isEqualTo(before);
  }

  /** Parts of two editions (a byline in one) are not merged into a folder of both. */
  @Test
  void partsBuiltWithDifferentSettingsAreNotMerged() throws IOException {
    new Build(project, new ProjectSettings(null, null, "Graphic: A. Editor")).build(tmp.resolve("p1"),
        new BuildOptions(false, false, 1, false, new BuildOptions.Shard(1, 2)));
    new Build(project).build(tmp.resolve("p2"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(2, 2)));
    List<Diagnostic> problems = Merge.merge(out, List.of(tmp.resolve("p1"), tmp.resolve("p2")));
    assertThat(problems).extracting(Diagnostic::code)
        .containsExactly(org.chartdesk.diagnostics.Message.MERGE_MISMATCH);
    assertThat(problems.get(0).format()).contains("--byline Graphic: A. Editor in the first part, none here");
    assertThat(out.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void partsBuiltWithDifferentFormatsAreNotMerged() throws IOException {
    Build build = new Build(project);
    build.build(tmp.resolve("p1"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(1, 2),
        BuildProgress.NONE, Set.of(Format.PNG)));
    build.build(tmp.resolve("p2"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(2, 2)));
    List<Diagnostic> problems = Merge.merge(out, List.of(tmp.resolve("p1"), tmp.resolve("p2")));
    assertThat(problems).extracting(Diagnostic::code)
        .containsExactly(org.chartdesk.diagnostics.Message.MERGE_MISMATCH);
    assertThat(problems.get(0).format()).contains("p2", "--formats", "png in the first part, all here");
    assertThat(out.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void theReportListsEveryChartWithItsStatusAndOutputs() throws IOException {
    BuildReport report = build(false, 2);
    JsonNode json = new ObjectMapper().readTree(ReportJson.of(report, 0));
    assertThat(json.path("exitCode").asInt()).isZero();
    assertThat(json.path("charts")).hasSize(4);
    for (JsonNode c : json.path("charts")) {
      assertThat(c.path("status").asText()).isEqualTo("built");
      assertThat(c.path("outputs").size()).isGreaterThanOrEqualTo(5);
    }
    // The workbook and gallery, which the build's lines say it wrote, and every file written.
    assertThat(json.path("files").toString()).isEqualTo("[\"index.html\",\"india-soviet-union-relations.xlsx\"]");
    assertThat(json.path("written").toString()).contains("\"manifest.json\"", "\"index.html\"",
        "\"png/kgb-planted-stories.png\"");
    // A rebuild lists a chart's files as the build that drew them did, and wrote nothing.
    JsonNode again = new ObjectMapper().readTree(ReportJson.of(build(false, 2), 0));
    assertThat(again.path("charts").toString().replaceAll("\"millis\":\\d+", ""))
        .isEqualTo(json.path("charts").toString().replaceAll("\"millis\":\\d+", "").replace("built", "unchanged"));
    assertThat(again.path("written")).isEmpty();
  }

  /**
   * What a nightly job's monitor reads from a chart's own entry: why it failed, or what the checks
   * found in it. A dataset's error is in the entry of every chart that reads it, a mark layer's
   * included (leaders-in-office marks the visits on its lanes).
   */
  @Test
  void theReportGivesEachChartTheDiagnosticsAboutIt() throws IOException {
    Path timeline = project.resolve("charts/relations-timeline.yaml");
    Files.writeString(timeline, Files.readString(timeline).replaceFirst("(?m)^subtitle:", "subtitel:"));
    Path kgb = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(kgb, Files.readString(kgb).replace(", label: Articles", ""));
    Path visits = project.resolve("datasets/leader-visits.csv");
    Files.writeString(visits, Files.readString(visits).replace(",1985,may,", ",198S,may,"));

    BuildReport report = build(false, 2);
    JsonNode json = new ObjectMapper().readTree(ReportJson.of(report, 1));

    Map<String, JsonNode> charts = new TreeMap<>();
    json.path("charts").forEach(c -> charts.put(c.path("id").asText(), c));
    JsonNode spec = charts.get("relations-timeline");
    assertThat(spec.path("status").asText()).isEqualTo("failed");
    assertThat(spec.path("errors").asInt()).isEqualTo(1);
    assertThat(spec.path("diagnostics")).singleElement().satisfies(d -> {
      assertThat(d.path("code").asText()).isEqualTo("SPEC_UNKNOWN_KEY");
      assertThat(d.path("file").asText() + ":" + d.path("line").asInt()).isEqualTo("charts/relations-timeline.yaml:3");
    });
    JsonNode warned = charts.get("kgb-planted-stories");
    assertThat(warned.path("status").asText()).isEqualTo("built");
    assertThat(warned.path("errors").asInt()).isZero();
    assertThat(warned.path("warnings").asInt()).isPositive().isEqualTo(warned.path("diagnostics").size());
    assertThat(warned.path("diagnostics").findValuesAsText("file")).containsOnly("charts/kgb-planted-stories.yaml");
    for (String reader : List.of("leader-visits", "leaders-in-office")) {
      JsonNode c = charts.get(reader);
      assertThat(c.path("status").asText()).as(reader).isEqualTo("failed");
      assertThat(c.path("errors").asInt()).as(reader).isPositive();
      assertThat(c.path("diagnostics").findValuesAsText("file")).as(reader).contains("datasets/leader-visits.csv");
      assertThat(c.path("diagnostics").toString()).as(reader).contains("198S");
    }
    // Nothing said in this build is about no chart, and each is in the entry of a chart it is about.
    assertThat(json.path("diagnostics")).allSatisfy(d -> assertThat(charts.values())
        .anySatisfy(c -> assertThat(c.path("diagnostics")).contains(d)));
  }

  @Test
  void aSplitSpecsChartsAreRedrawnEachWhenItsOwnRowsChange() throws IOException {
    Files.writeString(project.resolve("charts/visits-from.yaml"), VISITS_FROM);
    assertThat(build(false, 2).errors()).isZero();
    Path csv = project.resolve("datasets/leader-visits.csv");
    Files.writeString(csv, Files.readString(csv).replace("Rajiv Gandhi,Prime Minister,", "Rajiv Gandhi,Prime Minister of India,"));
    setAllTimes(FileTime.fromMillis(1_000_000_000_000L));

    BuildReport again = build(false, 2);

    Map<String, ChartResult.Status> status = new TreeMap<>();
    again.results().forEach(r -> status.put(r.id(), r.status()));
    assertThat(status).containsEntry("visits-from--india", ChartResult.Status.BUILT)
        .containsEntry("visits-from--soviet-union", ChartResult.Status.UNCHANGED)
        .containsEntry("leader-visits", ChartResult.Status.BUILT);
    assertThat(Files.getLastModifiedTime(out.resolve("png/visits-from--soviet-union.png")).toMillis())
        .isEqualTo(1_000_000_000_000L);
    JsonNode json = new ObjectMapper().readTree(ReportJson.of(again, 0));
    assertThat(json.path("charts").findValuesAsText("id")).contains("visits-from--india", "visits-from--soviet-union");
    assertThat(Manifest.read(out).chartKeys()).containsKeys("visits-from--india", "visits-from--soviet-union")
        .doesNotContainKey("visits-from");
  }

  @Test
  void theFilesOfAValueGoneFromTheDataAndOfADeletedSpecAreRemoved() throws IOException {
    Files.writeString(project.resolve("charts/visits-from.yaml"), VISITS_FROM);
    build(false, 2);
    Path csv = project.resolve("datasets/leader-visits.csv");
    Files.write(csv, Files.readAllLines(csv).stream().filter(l -> !l.contains(",Soviet Union,India,")).toList());
    Files.delete(project.resolve("charts/kgb-planted-stories.yaml"));

    BuildReport again = build(false, 2);

    assertThat(again.errors()).isZero();
    assertThat(again.removed()).extracting(Output::chart).containsOnly("visits-from--soviet-union", "kgb-planted-stories");
    assertThat(again.removed()).extracting(Output::path).contains("png/visits-from--soviet-union@2x.png",
        "pdf/print/kgb-planted-stories.pdf");
    assertThat(out.resolve("png/visits-from--soviet-union.png")).doesNotExist();
    assertThat(out.resolve("png/visits-from--india.png")).exists();
    assertThat(Manifest.read(out).outputs()).extracting(Manifest.Entry::chart)
        .doesNotContain("visits-from--soviet-union", "kgb-planted-stories");
    assertThat(new ObjectMapper().readTree(ReportJson.of(again, 0)).path("removed").toString())
        .contains("png/kgb-planted-stories.png");
  }

  @Test
  void aSplitSpecWithAnErrorKeepsItsChartsFilesUntilItIsFixed() throws IOException {
    Path spec = project.resolve("charts/visits-from.yaml");
    Files.writeString(spec, VISITS_FROM);
    build(false, 1);
    byte[] india = Files.readAllBytes(out.resolve("png/visits-from--india.png"));
    Files.writeString(spec, VISITS_FROM.replace("field: from_country", "field: from_countri"));

    BuildReport broken = build(false, 1);

    assertThat(broken.errors()).isPositive();
    assertThat(broken.results()).filteredOn(r -> r.id().equals("visits-from")).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ChartResult.Status.FAILED))
        .satisfies(r -> assertThat(r.outputs()).extracting(Output::chart)
            .contains("visits-from--india", "visits-from--soviet-union"));
    assertThat(Files.readAllBytes(out.resolve("png/visits-from--india.png"))).isEqualTo(india);
    assertThat(broken.removed()).isEmpty();
    Files.writeString(spec, VISITS_FROM);
    assertThat(build(false, 1).results()).filteredOn(r -> r.id().startsWith("visits-from"))
        .extracting(ChartResult::status).containsOnly(ChartResult.Status.BUILT);
  }

  @Test
  void theChartsOfASplitSpecAreSharedOutAmongThePartsOneByOne() throws IOException {
    Files.writeString(project.resolve("charts/visits-from.yaml"), VISITS_FROM);
    Build build = new Build(project);
    BuildReport one = build.build(tmp.resolve("p1"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(1, 2)));
    BuildReport two = build.build(tmp.resolve("p2"), new BuildOptions(false, false, 1, false, new BuildOptions.Shard(2, 2)));
    assertThat(one.charts()).containsExactly("kgb-planted-stories", "leaders-in-office", "visits-from--india");
    assertThat(two.charts()).containsExactly("leader-visits", "relations-timeline", "visits-from--soviet-union");
    assertThat(Merge.merge(out, List.of(tmp.resolve("p1"), tmp.resolve("p2")))).isEmpty();
    assertThat(build.build(out, new BuildOptions(false, false, 1, false)).results())
        .allMatch(r -> r.status() == ChartResult.Status.UNCHANGED);
  }

  /** The files a build reports, each as the hash of what is in the folder and as the report says. */
  private static Map<String, String> hashes(Path dir, BuildReport report) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Output o : report.outputs()) {
      String onDisk = StoryLoader.sha256(Files.readAllBytes(dir.resolve(o.path())));
      assertThat(o.sha256() == null ? onDisk : o.sha256()).as(o.path()).isEqualTo(onDisk);
      out.put(o.path(), onDisk);
    }
    return out;
  }

  /** Every file of the output folder, hidden ones included, by the SHA-256 of its bytes. */
  private Map<String, String> contents() throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        contents.put(out.relativize(p).toString(), StoryLoader.sha256(Files.readAllBytes(p)));
      }
    }
    return contents;
  }

  private Map<String, FileTime> times() throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      // The lock file too: a publish step that copies what changed would copy it.
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        times.put(out.relativize(p).toString().replace(File.separatorChar, '/'), Files.getLastModifiedTime(p));
      }
    }
    return times;
  }

  private void setAllTimes(FileTime time) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, time);
      }
    }
  }
}
