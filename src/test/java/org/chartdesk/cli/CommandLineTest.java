package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.chartdesk.build.StoryCopy;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract other tools rely on: exit codes, streams, messages without traces. */
class CommandLineTest {
  static final Path SHIPPED = Path.of("").toAbsolutePath();

  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("build", "check");
  }

  /**
   * A subcommand's usage error points at its own help (it said chartdesk --help, which lists the
   * commands but not their options); no command names all four commands (it said "build or check").
   */
  @Test
  void usageErrorsPointAtTheCommandsOwnHelp() {
    assertThat(run("build", "--jobs", "two").err()).endsWith("\nTry 'chartdesk build --help'.\n");
    assertThat(run("check", "--no-such-option").err()).endsWith("\nTry 'chartdesk check --help'.\n");
    assertThat(run("merge").err()).endsWith("\nTry 'chartdesk merge --help'.\n");
    Result none = run();
    assertThat(none.code()).isEqualTo(Main.USAGE);
    assertThat(none.err()).isEqualTo("chartdesk: a command is required: build, check, schema or merge\n"
        + "Try 'chartdesk --help'.\n");
    assertThat(run("bulid").err()).endsWith("\nTry 'chartdesk --help'.\n");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run().code()).isEqualTo(Main.USAGE);
    Result r = run("build", "--no-such-option");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--no-such-option");
  }

  /**
   * --jobs beyond the 32,767 threads a pool may have was an internal error; with the quick form of
   * the command or another option beside it, it is a usage error naming the range, and nothing is
   * made. So is a count beyond what an int holds, or none at all, which picocli worded as its own
   * ("'99999999999' is not an int").
   */
  @Test
  void aCountOfJobsOutOfRangeIsAUsageErrorNamingTheRange() {
    Path out = tmp.resolve("out");
    for (String jobs : new String[] {"0", "32768", "999999", "-1", "99999999999", "two", "1.5"}) {
      for (String[] more : new String[][] {{}, {"--shard", "1/2"}}) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--project", SHIPPED.toString(),
            "--out", out.toString(), "--jobs", jobs));
        args.addAll(List.of(more));
        Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(args + r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err()).as(args.toString())
            .startsWith("chartdesk: --jobs must be a whole number from 1 to 32767, not " + jobs + "\n")
            .doesNotContain("internal error");
      }
    }
    assertThat(out).doesNotExist();
  }

  /**
   * A mistyped --project (a cron line's path) is one error that names it; nothing is made there
   * (the build made the folder and its out/ before).
   */
  @Test
  void aProjectFolderThatIsNotThereIsOneErrorAndNothingIsMade() throws Exception {
    Path missing = tmp.resolve("chrats");
    for (String command : new String[] {"build", "check"}) {
      Result r = run(command, "--project", missing.toString());
      assertThat(r.code()).as(command).isEqualTo(Main.INPUT_ERROR);
      assertThat(r.err()).startsWith(missing + ": error: the project folder " + missing + " does not exist\n"
          + "    pass --project with the folder that holds datasets/ and charts/");
    }
    assertThat(missing).doesNotExist();
    Path file = java.nio.file.Files.writeString(tmp.resolve("notes.txt"), "not a project");
    assertThat(run("check", "--project", file.toString()).err()).contains("is a file, not a folder");
  }

  /** A part's folder mistyped in a merge is named as missing, and the merged folder is not made. */
  @Test
  void aMergeOfAPartThatIsNotThereSaysSo() {
    Path part = tmp.resolve("part-1");
    Result r = run("merge", "--out", tmp.resolve("merged").toString(), part.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).startsWith(part + ": error: there is no folder " + part);
    assertThat(tmp.resolve("merged")).doesNotExist();
  }

  @Test
  void buildPrintsOneLinePerChartOnStdoutAndPlainLinesWhenPiped() {
    Result r = run("build", "--project", SHIPPED.toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().filter(l -> l.startsWith("built "))).hasSize(4);
    Result again = run("build", "--project", SHIPPED.toString(), "--out", tmp.resolve("out").toString());
    assertThat(again.out().lines().filter(l -> l.startsWith("unchanged "))).hasSize(4);
    // Piped, as in CI or a log file: no progress bar, so no carriage returns or escape codes.
    for (Result each : new Result[] {r, again}) {
      assertThat(each.out() + each.err()).doesNotContain("\r", "\u001b");
    }
  }

  @Test
  void aForcedBuildThatDrawsTheSameFilesSaysEveryChartWasDrawnAndNoFileChanged() throws IOException {
    String out = tmp.resolve("out").toString();
    assertThat(run("build", "--project", SHIPPED.toString(), "--out", out).code()).isZero();
    FileTime before = Files.getLastModifiedTime(tmp.resolve("out/png/leader-visits.png"));
    Result forced = run("build", "--project", SHIPPED.toString(), "--out", out, "--force");
    assertThat(forced.out().lines().filter(l -> l.startsWith("built "))).hasSize(4);
    assertThat(forced.out()).contains("no file changed: 4 charts drawn again, every file as it was;")
        .doesNotContain("nothing changed");
    assertThat(Files.getLastModifiedTime(tmp.resolve("out/png/leader-visits.png"))).isEqualTo(before);
  }

  /** It said "wrote 1 files", and "outputs in /" of an --out that is the project, which reads as the root. */
  @Test
  void theClosingLineCountsOneFileAsOneAndNamesAnOutThatIsTheProjectAsDot() throws IOException {
    Path out = tmp.resolve("out");
    Path project = builtCopyOfShippedProject(out);
    Files.delete(out.resolve("png/kgb-planted-stories.txt"));
    Result r = run("build", "--project", project.toString(), "--out", out.toString());
    assertThat(r.out()).endsWith("\nwrote 1 file; 56 outputs in " + out + "/\n");

    Result inProject = run("build", "--project", project.toString(), "--out", project.toString());
    assertThat(inProject.code()).as(inProject.err()).isZero();
    assertThat(inProject.out()).endsWith(" files; 56 outputs in ./\n");
    assertThat(run("build", "--project", project.toString(), "--out", project.toString()).out())
        .endsWith("\nnothing changed: 56 outputs in ./ are up to date\n");
  }

  @Test
  void aDeletedSpecsFilesAreRemovedAndSaidSo() throws IOException {
    Path project = copyOfShippedProject();
    String out = tmp.resolve("out").toString();
    assertThat(run("build", "--project", project.toString(), "--out", out).code()).isZero();
    Files.delete(project.resolve("charts/kgb-planted-stories.yaml"));
    Result r = run("build", "--project", project.toString(), "--out", out);
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("(?m)^removed kgb-planted-stories \\(\\d+ files\\)$")
        .containsPattern("wrote \\d+ files, removed \\d+;");
    assertThat(tmp.resolve("out/png/kgb-planted-stories.png")).doesNotExist();
  }

  @Test
  void badNumberIsReportedLikeACompilerAndNothingIsOverwritten() throws IOException {
    Path out = tmp.resolve("out");
    Path project = builtCopyOfShippedProject(out);
    byte[] before = Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"));
    Path csv = project.resolve("datasets/kgb-planted-stories.csv");
    Files.writeString(csv, Files.readString(csv).replace("1973,3789,", "1973,\"3,789\","));

    Result r = run("build", "--project", project.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err())
        .contains("datasets/kgb-planted-stories.csv:2:2: error: "
            + Message.THOUSANDS_SEPARATOR.format("\"stories\"", "\"3,789\"", "\",\""))
        .contains("write 3789 or declare \"groupChar\": \",\"")
        .contains("build failed: 1 error")
        // The workbook and gallery are kept, and the closing line says so: a desk took last
        // night's workbook for tonight's.
        .contains("; the other charts were written; india-soviet-union-relations.xlsx and index.html, made from "
            + "every chart, were left as they were")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"))).isEqualTo(before);
  }

  @Test
  void aTextTheWorkbookCannotHoldFailsItsChartAloneAndKeepsItsFiles() throws IOException {
    Path out = tmp.resolve("out");
    Path project = builtCopyOfShippedProject(out);
    byte[] before = Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"));
    byte[] book = Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"));
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    String subtitle = "Articles ".repeat(4_000);
    Files.writeString(spec, Files.readString(spec).replaceFirst("\nsubtitle: [^\n]*", "\nsubtitle: " + subtitle));

    Result r = run("build", "--project", project.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err())
        .contains("charts/kgb-planted-stories.yaml: error: " + Message.TEXT_TOO_LONG.format("the subtitle",
            Message.quote(subtitle.strip()), subtitle.strip().length(), 32_767))
        .contains("    shorten it")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("unchanged leader-visits", "failed kgb-planted-stories");
    assertThat(Files.readAllBytes(out.resolve("png/kgb-planted-stories.png"))).isEqualTo(before);
    assertThat(Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx"))).isEqualTo(book);
  }

  @Test
  void misspeltSpecKeyGetsADidYouMean() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec).replace("subtitle:", "subtitel:"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err())
        .contains("charts/kgb-planted-stories.yaml:3:1: error: " + Message.SPEC_UNKNOWN_KEY.format("\"subtitel\""))
        .contains("did you mean \"subtitle\"?");
  }

  /**
   * A chart's id names its files: one that macOS, Windows or a URL would read as another is
   * refused. Both specs of a pair that differ only in case fail, so neither's files are written
   * beside the other's (the first had been built).
   */
  @Test
  void aSpecNameThatCannotNameFilesEverywhereIsAnError() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.copy(spec, project.resolve("charts/Leader-Visits.yaml"));
    Files.copy(spec, project.resolve("charts/visits?.yaml"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("charts/leader-visits.yaml: error: " + Message.SPEC_IDS_CASE.format(
        "\"charts/Leader-Visits.yaml\"", "\"charts/leader-visits.yaml\""))
        .contains("charts/Leader-Visits.yaml: error: " + Message.SPEC_IDS_CASE.format(
            "\"charts/leader-visits.yaml\"", "\"charts/Leader-Visits.yaml\""))
        .contains("charts/visits?.yaml: error: " + Message.SPEC_FILE_NAME.format("\"visits?.yaml\""))
        .contains("name it with letters, digits, hyphens and underscores: visits.yaml");

    Path out = project.resolve("out");
    assertThat(run("build", "--project", project.toString(), "--out", out.toString()).code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(out.resolve("png/kgb-planted-stories.png")).as("the other charts are built").exists();
    assertThat(out.resolve("png/leader-visits.png")).doesNotExist();
    assertThat(out.resolve("png/Leader-Visits.png")).doesNotExist();
  }

  @Test
  void aDescriptorMistakeIsPlacedAtItsValue() throws IOException {
    Path project = copyOfShippedProject();
    Path descriptor = project.resolve("datasets/datapackage.json");
    Files.writeString(descriptor, Files.readString(descriptor).replaceFirst("\"type\": \"year\"", "\"type\": \"yaer\""));
    List<String> lines = Files.readAllLines(descriptor);
    int line = java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("yaer"))
        .findFirst().orElseThrow() + 1;
    int column = lines.get(line - 1).indexOf("\"yaer\"") + 1;

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("datasets/datapackage.json:" + line + ":" + column + ": error: ")
        .contains("has the unknown type \"yaer\"").contains("did you mean \"year\"?");
  }

  @Test
  void unknownFieldNamesTheValidFields() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec).replace("field: stories", "field: storys"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err())
        .contains("charts/kgb-planted-stories.yaml:7:12: error: "
            + Message.UNKNOWN_FIELD.format("\"storys\"", "\"kgb-planted-stories\""))
        .contains("valid fields: year, stories, qualifier, measure, source_quote")
        .contains("did you mean \"stories\"?");
  }

  @Test
  void oneRunReportsDataAndSpecErrorsTogetherWithASummary() throws IOException {
    Path project = copyOfShippedProject();
    Path csv = project.resolve("datasets/kgb-planted-stories.csv");
    Files.writeString(csv, Files.readString(csv).replace("1977,411,", "1977,411.5,"));
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.writeString(spec, Files.readString(spec).replace("\ntitle:", "\ntitel:"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("datasets/kgb-planted-stories.csv:4:2: error:")
        .contains("charts/leader-visits.yaml:2:1: error: " + Message.SPEC_UNKNOWN_KEY.format("\"titel\""))
        .contains("check failed: 3 errors in 2 files");
  }

  @Test
  void aNumberTheQuoteDoesNotStateFailsTheCitationCheck() throws IOException {
    Path project = copyOfShippedProject();
    Path csv = project.resolve("datasets/kgb-planted-stories.csv");
    Files.writeString(csv, Files.readString(csv).replace("1977,411,", "1977,412,"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("datasets/kgb-planted-stories.csv:4:5: error: "
        + Message.CITATION_NUMBER_MISSING.format("\"stories\"", "412"));
  }

  @Test
  void aColumnAxisNotFromZeroIsALintErrorUnlessSilencedWithAReason() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    // Headroom for the tallest column's label up to 5,000, so the cut axis is all that is wrong.
    String cut = Files.readString(spec).replace("qualifier: qualifier}", "qualifier: qualifier, domain: [300, 5000]}");
    Files.writeString(spec, cut);

    Result r = run("check", "--project", project.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("charts/kgb-planted-stories.yaml").contains(Message.LINT_AXIS_NOT_ZERO.format("300"));

    Files.writeString(spec, cut + "lint:\n  ignore:\n    CD101: a test of silencing\n");
    assertThat(run("check", "--project", project.toString()).code()).isZero();
  }

  /** A lint ignore of no rule is placed at its code, as the spec's other mistakes are. */
  @Test
  void anIgnoreOfNoRuleIsPlacedAtItsCode() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec) + "lint: {ignore: {CD1O4: \"the source is in the title\"}}\n");
    int line = Files.readAllLines(spec).size();

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("charts/kgb-planted-stories.yaml:" + line + ":17: error: "
        + Message.LINT_IGNORE_UNKNOWN.format("\"CD1O4\"")).contains("did you mean \"CD104\"?");
  }

  @Test
  void textOnAValueAxisIsATypeError() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec).replace("y: {field: stories,", "y: {field: measure,"));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains(Message.FIELD_TYPE.format("\"measure\"", "\"kgb-planted-stories\"", "string", "y",
        "integer or number")).contains("fields of that type: stories");
  }

  @Test
  void anOversizedSpecIsRefusedBeforeItIsParsed() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/huge.yaml");
    Files.writeString(spec, "# padding\n".repeat(30_000));

    Result r = run("check", "--project", project.toString());

    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("charts/huge.yaml: error: "
        + Message.SPEC_TOO_LARGE.format(Files.size(spec), 256 * 1024));
  }

  /**
   * With --strict a warning is an error, in the report as on stderr: the report said "errors": 0,
   * "warnings": 1 beside "exitCode": 1 while stderr said "1 error", and the line itself "warning:".
   */
  @Test
  void withStrictAWarningIsAnErrorOnStderrAndInTheReport() throws IOException {
    Path project = copyOfShippedProject();
    Path csv = project.resolve("datasets/kgb-planted-stories.csv");
    List<String> rows = new java.util.ArrayList<>(Files.readAllLines(csv));
    rows.add(1, "");
    Files.write(csv, rows);
    String line = "datasets/kgb-planted-stories.csv:2: %s: " + Message.BLANK_LINES.format(1);
    Path report = tmp.resolve("report.json");
    var json = new com.fasterxml.jackson.databind.ObjectMapper();

    Result strict = run("build", "--project", project.toString(), "--out", tmp.resolve("out").toString(), "--strict",
        "--report", report.toString());
    assertThat(strict.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(strict.err()).contains(String.format(line, "error")).doesNotContain("warning")
        .contains("build failed: 1 error in 1 file");
    var strictReport = json.readTree(report.toFile());
    assertThat(strictReport.path("exitCode").asInt()).isEqualTo(1);
    assertThat(strictReport.path("errors").asInt()).isEqualTo(1);
    assertThat(strictReport.path("warnings").asInt()).isZero();
    assertThat(strictReport.path("diagnostics").get(0).path("severity").asText()).isEqualTo("error");
    Result check = run("check", "--project", project.toString(), "--strict");
    assertThat(check.err()).contains(String.format(line, "error")).contains("check failed: 1 error in 1 file");

    Result plain = run("build", "--project", project.toString(), "--out", tmp.resolve("out").toString(),
        "--report", report.toString());
    assertThat(plain.code()).isZero();
    assertThat(plain.err()).contains(String.format(line, "warning")).contains("1 warning in 1 file");
    var plainReport = json.readTree(report.toFile());
    assertThat(plainReport.path("errors").asInt()).isZero();
    assertThat(plainReport.path("warnings").asInt()).isEqualTo(1);
    assertThat(plainReport.path("diagnostics").get(0).path("severity").asText()).isEqualTo("warning");
  }

  @Test
  void theShippedStoryHasNoWarningsEvenWhenStrict() {
    Result r = run("check", "--strict", "--project", SHIPPED.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  /** Outputs among the inputs were read as inputs by the next build, which never found them up to date. */
  @Test
  void anOutInsideTheInputsIsAUsageError() throws IOException {
    Path project = copyOfShippedProject();
    Result r = run("build", "--project", project.toString(), "--out", project.resolve("datasets/out").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("is inside the project's datasets/").contains("write the outputs elsewhere");
    assertThat(project.resolve("datasets/out")).doesNotExist();
  }

  /**
   * Reached through a symbolic link, the same: it built into datasets/gen, and every rebuild read
   * the last one's manifest as an input and wrote the manifest again ("wrote 1 file"), night after
   * night.
   */
  @Test
  void anOutInsideTheInputsThroughALinkIsAUsageError() throws IOException {
    Path project = copyOfShippedProject();
    Path link = Files.createSymbolicLink(tmp.resolve("published"), project.resolve("datasets"));
    Result r = run("build", "--project", project.toString(), "--out", link.resolve("gen").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--out " + link.resolve("gen") + "/ is inside the project's datasets/ (it is "
        + "datasets/gen/, through a link)").contains("write the outputs elsewhere");
    assertThat(project.resolve("datasets/gen")).doesNotExist();
  }

  /** A report with nowhere to go is a usage error at once: it ran the whole build first, then failed. */
  @Test
  void aReportWithNowhereToGoIsAUsageErrorBeforeTheBuild() throws IOException {
    Path out = tmp.resolve("out");
    for (String report : List.of("", tmp.toString())) {
      Result r = run("build", "--project", SHIPPED.toString(), "--out", out.toString(), "--report=" + report);
      assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("--report").contains("name the JSON file to write")
          .contains("Try 'chartdesk build --help'.");
      assertThat(out).doesNotExist();
    }
  }

  /**
   * A report over a file the build reads or writes is a usage error, and nothing is touched: over
   * a dataset it replaced the reporter's CSV with JSON, and over the manifest the next build found
   * none and redrew every chart, night after night.
   */
  @Test
  void aReportOverAFileTheBuildReadsOrWritesIsAUsageError() throws IOException {
    Path project = copyOfShippedProject();
    Path out = tmp.resolve("out");
    assertThat(run("build", "--project", project.toString(), "--out", out.toString()).code()).isZero();
    Path link = Files.createSymbolicLink(tmp.resolve("data"), project.resolve("datasets"));
    String csv = Files.readString(project.resolve("datasets/leader-visits.csv"));
    String manifest = Files.readString(out.resolve("manifest.json"));
    for (Path report : List.of(project.resolve("datasets/leader-visits.csv"), link.resolve("leader-visits.csv"),
        project.resolve("charts/report.json"), project.resolve("chartdesk.yaml"), out.resolve("manifest.json"),
        out.resolve("index.html"), out.resolve("png/kgb-planted-stories.txt"), out.resolve(".chartdesk.lock"))) {
      Result r = run("build", "--project", project.toString(), "--out", out.toString(), "--report", report.toString());
      assertThat(r.code()).as(report + r.err()).isEqualTo(Main.USAGE);
      assertThat(r.err()).as(report.toString()).startsWith("chartdesk: --report " + report + " is ")
          .contains(": name a file of its own, as --report out/report.json\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Files.readString(project.resolve("datasets/leader-visits.csv"))).isEqualTo(csv);
    assertThat(Files.readString(out.resolve("manifest.json"))).isEqualTo(manifest);
    assertThat(project.resolve("chartdesk.yaml")).doesNotExist();

    // A file of its own beside the outputs, as the scheduling docs show.
    Result r = run("build", "--project", project.toString(), "--out", out.toString(), "--report",
        out.resolve("report.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("report.json")).exists();
  }

  @Test
  void aBuildOfAFolderAnotherBuildHoldsExitsWith75NamingTheHolder() throws Exception {
    Path out = tmp.resolve("held");
    java.nio.file.Files.createDirectories(out);
    try (var channel = java.nio.channels.FileChannel.open(out.resolve(".chartdesk.lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      channel.write(java.nio.ByteBuffer.wrap("process 4242".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Result r = run("build", "--project", SHIPPED.toString(), "--out", out.toString());
      assertThat(r.code()).isEqualTo(Main.LOCKED);
      assertThat(r.err()).contains("is being built by process 4242").contains("--wait");
      // A report asked for says so: the last run's, left in place, told a monitor all was well.
      Path report = tmp.resolve("report.json");
      Files.writeString(report, "{\"exitCode\": 0}");
      assertThat(run("build", "--project", SHIPPED.toString(), "--out", out.toString(), "--report",
          report.toString()).code()).isEqualTo(Main.LOCKED);
      assertThat(Files.readString(report)).contains("\"exitCode\" : 75", "\"errors\" : 1",
          "is being built by process 4242");
    }
  }

  @Test
  void annotationsOnAKindThatCannotDrawThemAreAnErrorNotSilentlyDropped() throws IOException {
    Path project = copyOfShippedProject();
    Path spec = project.resolve("charts/kgb-planted-stories.yaml");
    Files.writeString(spec, Files.readString(spec) + "annotations:\n  - {kind: span, x: 1974, to: 1975, text: Gap}\n");
    Result r = run("check", "--project", project.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("span annotations are not drawn on column charts");
  }

  @Test
  void houseSettingsComeFromTheProjectTheSpecAndTheCommandLineInThatOrderOfStrength() throws IOException {
    Path project = copyOfShippedProject();
    Files.writeString(project.resolve("chartdesk.yaml"), "locale: en-IN\ntheme: dark\nbyline: \"Graphic: Desk\"\n");
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.writeString(spec, Files.readString(spec) + "locale: de\n");
    var models = new org.chartdesk.build.Build(project).check().models();
    java.util.Map<String, org.chartdesk.model.Frame> frames = new java.util.HashMap<>();
    models.forEach(m -> frames.put(m.frame().id(), m.frame()));
    assertThat(frames.get("kgb-planted-stories").locale().name()).isEqualTo("en-IN");
    assertThat(frames.get("kgb-planted-stories").theme()).isEqualTo("dark");
    assertThat(frames.get("kgb-planted-stories").sourceLine()).endsWith(" · Graphic: Desk");
    assertThat(frames.get("leader-visits").locale().name()).isEqualTo("de");
    assertThat(frames.get("leader-visits").sourceLine()).startsWith("Quelle: ");
    var forced = new org.chartdesk.build.Build(project, new org.chartdesk.spec.ProjectSettings(null, "ru", null))
        .check().models();
    assertThat(forced).allSatisfy(m -> assertThat(m.frame().locale().name()).isEqualTo("ru"));
    Files.writeString(project.resolve("chartdesk.yaml"), "locale: fr\n");
    Result r = run("check", "--project", project.toString());
    assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(r.err()).contains("chartdesk.yaml:1:9: error: locale: \"fr\" is not a bundled locale");
    Result cli = run("check", "--project", SHIPPED.toString(), "--locale", "de-DE");
    assertThat(cli.code()).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("did you mean \"de\"?");
  }

  @Test
  void aProjectLogoStandsRightOfTheSourceLineAndABadOneIsAnError() throws IOException {
    Path project = copyOfShippedProject();
    java.awt.image.BufferedImage mark = new java.awt.image.BufferedImage(120, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = mark.createGraphics();
    g.setColor(new java.awt.Color(0xE6, 0x00, 0x7E));
    g.fillRect(0, 0, 120, 30);
    g.dispose();
    Files.createDirectories(project.resolve("brand"));
    javax.imageio.ImageIO.write(mark, "png", project.resolve("brand/logo.png").toFile());
    Files.writeString(project.resolve("chartdesk.yaml"), "logo: brand/logo.png\n");
    Path out = tmp.resolve("with-logo");
    Result built = run("build", "--project", project.toString(), "--out", out.toString());
    assertThat(built.code()).as(built.err()).isZero();
    java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(out.resolve("png/kgb-planted-stories.png").toFile());
    // The logo's magenta is in the footer's right end, and nowhere else a chart would put it.
    assertThat(png.getRGB(png.getWidth() - 40, png.getHeight() - 40) & 0xFFFFFF).isEqualTo(0xE6007E);
    assertThat(png.getRGB(40, png.getHeight() - 40) & 0xFFFFFF).isNotEqualTo(0xE6007E);
    Files.writeString(project.resolve("chartdesk.yaml"), "logo: ../logo.png\n");
    Result outside = run("check", "--project", project.toString());
    assertThat(outside.code()).isEqualTo(Main.INPUT_ERROR);
    assertThat(outside.err()).contains("chartdesk.yaml:1:7: error: logo: \"../logo.png\" is not a file inside the project");
    Files.writeString(project.resolve("chartdesk.yaml"), "logo: charts/kgb-planted-stories.yaml\n");
    assertThat(run("check", "--project", project.toString()).err()).contains("is not a PNG or JPEG image");
  }

  @Test
  void checkPassesOnTheShippedStory() {
    Result r = run("check", "--project", SHIPPED.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  /** A copy of the shipped project, built into {@code out}. */
  private Path builtCopyOfShippedProject(Path out) throws IOException {
    Path project = copyOfShippedProject();
    assertThat(run("build", "--project", project.toString(), "--out", out.toString()).code()).isZero();
    return project;
  }

  private Path copyOfShippedProject() throws IOException {
    return StoryCopy.into(tmp.resolve("project"));
  }
}
