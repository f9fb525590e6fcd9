package org.chartdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chartdesk.dataset.TestProject.inSchema;
import static org.chartdesk.dataset.TestProject.field;
import static org.chartdesk.dataset.TestProject.resource;
import static org.chartdesk.dataset.TestProject.with;
import static org.chartdesk.diagnostics.Message.quote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The descriptor's declarations, the per-file error cap, and the shipped story. */
class StoryLoaderTest {
  @TempDir Path dir;

  @Test
  void shippedStoryLoadsWithoutWarnings() throws Exception {
    StoryLoader loader = new StoryLoader(Path.of("").toAbsolutePath());
    Story story = loader.load();
    assertThat(loader.warnings()).isEmpty();
    Dataset kgb = story.dataset("kgb-planted-stories").orElseThrow();
    assertThat(kgb.rows().get(0).values()).startsWith(1973L, 3789L, "over");
  }

  @Test
  void reportsTwentyErrorsOfAFileThenStops() throws IOException {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 0; i < 30; i++) {
      csv.append("x").append(i).append('\n');
    }
    List<Diagnostic> failure = load(csv.toString(), resource(field("n", "integer"))).failure();
    assertThat(failure).hasSize(CsvLoader.MAX_ERRORS_PER_FILE + 1);
    assertThat(failure.subList(0, 20)).extracting(Diagnostic::line).containsExactlyElementsOf(
        Stream.iterate(2, l -> l + 1).limit(20).toList());
    assertThat(failure.get(20).code()).isEqualTo(Message.TOO_MANY_ERRORS);
    assertThat(failure.get(20).text()).isEqualTo(Message.TOO_MANY_ERRORS.format("datasets/t.csv"));
  }

  @Test
  void readsBooleansByTheDeclaredWords() throws IOException {
    ObjectNode declared = resource(field("a", "boolean"), field("b", "boolean", "trueValues", List.of("yes"),
        "falseValues", List.of("no")));
    Dataset d = load("a,b\ntrue,yes\n0,no\n", declared).dataset();
    assertThat(d.rows()).extracting(r -> List.of(r.values())).containsExactly(List.of(true, true), List.of(false, false));
    assertThat(load("a,b\nyes,true\n", declared).failure()).extracting(Diagnostic::text).containsExactly(
        Message.BAD_VALUE.format(quote("a"), quote("yes"), "a boolean (one of true, True, TRUE, 1, false, False, FALSE, 0)"),
        Message.BAD_VALUE.format(quote("b"), quote("true"), "a boolean (one of yes, no)"));
  }

  @Test
  void groupsOfDigitsMustBeWellFormed() throws IOException {
    ObjectNode decimalComma = resource(field("n", "number", "groupChar", ".", "decimalChar", ","),
        field("i", "integer", "groupChar", ","));
    assertThat(load("n,i\n\"1.234.567,5\",\"12,34,567\"\n", decimalComma).dataset().rows().get(0).values())
        .containsExactly(1_234_567.5, 1_234_567L);
    assertThat(load("n,i\n\"1,5\",\"1,5\"\n", decimalComma).failure()).extracting(Diagnostic::text)
        .containsExactly(Message.BAD_VALUE.format(quote("i"), quote("1,5"), "a whole number"));
  }

  @Test
  void undefinedWindows1252ByteIsLocated() throws IOException {
    TestProject.Loaded loaded = TestProject.load(dir, "t.csv", new byte[] {'n', '\n', 'a', '\r', '\n', (byte) 0x81},
        with(resource(field("n", "string")), "encoding", "windows-1252"));
    assertThat(loaded.failure()).extracting(Diagnostic::line, Diagnostic::text)
        .containsExactly(tuple(3, Message.UNDEFINED_BYTE.format(0x81, 5, "windows-1252")));
  }

  /**
   * Where the data package names a CSV, only a regular file inside datasets/ is read: a pipe
   * waited for a writer for ever, a link to /dev/zero filled the memory, a folder, a missing file
   * or one linked from outside gave an exception's class name or was read.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notAFileInside")
  @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void onlyARegularFileInsideDatasetsIsRead(String what, String made, String reason, String hint) throws Exception {
    Path datasets = java.nio.file.Files.createDirectories(dir.resolve("datasets"));
    ObjectNode pkg = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("name", "test");
    pkg.putArray("resources").add(resource(field("n", "integer")).put("path", "t.csv"));
    java.nio.file.Files.write(datasets.resolve("datapackage.json"), pkg.toString().getBytes(StandardCharsets.UTF_8));
    Path t = datasets.resolve("t.csv");
    switch (made) {
      case "pipe" -> new ProcessBuilder("mkfifo", t.toString()).start().waitFor();
      case "folder" -> java.nio.file.Files.createDirectory(t);
      case "device" -> java.nio.file.Files.createSymbolicLink(t, Path.of("/dev/zero"));
      case "outside" -> java.nio.file.Files.createSymbolicLink(t,
          java.nio.file.Files.writeString(dir.resolve("secret.csv"), "n\n4242\n"));
      case "case" -> java.nio.file.Files.writeString(datasets.resolve("T.csv"), "n\n1\n");
      default -> throw new IllegalArgumentException(made);
    }

    StoryLoader.Partial loaded = new StoryLoader(dir).loadPartial();

    assertThat(loaded.failedDatasets()).hasSize(1);
    assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("datasets/t.csv");
      assertThat(d.text()).endsWith(reason).doesNotContain("Exception");
      assertThat(d.hint()).contains(hint);
    });
    // Removed here: JUnit warns of a link out of its temporary folder when it cleans up.
    java.nio.file.Files.deleteIfExists(t);
  }

  static Stream<Arguments> notAFileInside() {
    String notAFile = "it does not exist or is not a file";
    String where = "names a CSV file in datasets/";
    return Stream.of(Arguments.of("a named pipe", "pipe", notAFile, where),
        Arguments.of("a folder", "folder", notAFile, where),
        Arguments.of("a link to /dev/zero", "device", notAFile, where),
        Arguments.of("a link to a file outside", "outside", "it is a link that leads outside the folder", where),
        Arguments.of("a file named in another case", "case", notAFile, "did you mean \"T.csv\"?"));
  }

  /**
   * A data package that is no object, names a key twice or has a comment is an error at its
   * place, in words: not every chart's "dataset not found", the last key silently winning, or the
   * JSON parser's internals ("[Source: REDACTED ...]", "Feature 'ALLOW_COMMENTS'").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notADataPackage")
  void aDataPackageThatIsNotOneSaysWhereAndWhy(String what, String json, int line, String says) throws IOException {
    Path datasets = java.nio.file.Files.createDirectories(dir.resolve("datasets"));
    java.nio.file.Files.writeString(datasets.resolve("datapackage.json"), json);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StoryLoader(dir).loadPartial())
        .isInstanceOfSatisfying(org.chartdesk.diagnostics.InputException.class, e ->
            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
              assertThat(d.code()).isEqualTo(Message.DESCRIPTOR_INVALID);
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.text()).contains(says).doesNotContain("Source:", "Feature", "REDACTED");
            }));
  }

  static Stream<Arguments> notADataPackage() {
    return Stream.of(Arguments.of("an empty file", "", 0, "not a JSON object"),
        Arguments.of("a list", "[]", 0, "not a JSON object"),
        Arguments.of("no resources", "{\"name\": \"s\"}", 0, "no \"resources\""),
        Arguments.of("a key twice", "{\"name\": \"s\",\n \"name\": \"t\", \"resources\": []}", 2, "'name'"),
        Arguments.of("a comment", "// the story\n{}", 1, "comment"),
        Arguments.of("an object not closed", "{\n", 2, "end-of-input"));
  }

  /**
   * A control character in the data package's text is an error where it is: the gallery printed
   * it raw, and a spreadsheet cannot store it.
   */
  @Test
  void aControlCharacterInTheDataPackagesTextIsAnErrorAtItsPlace() throws IOException {
    List<Diagnostic> failure = load("d\n1\n", resource(field("d", "integer", "description", "Year\u0001 of it")))
        .failure();
    assertThat(failure).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Message.DESCRIPTOR_CONTROL_CHARACTER);
      assertThat(d.file()).isEqualTo(StoryLoader.DESCRIPTOR);
      assertThat(d.text()).isEqualTo(Message.DESCRIPTOR_CONTROL_CHARACTER.format(
          "resources[0].schema.fields[0].description", "U+0001"));
      assertThat(d.line()).as("line").isPositive();
    });
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognised() throws IOException {
    TestProject.Loaded loaded = TestProject.load(dir, "t.csv", "n\n1\n".getBytes(StandardCharsets.UTF_16LE),
        resource(field("n", "integer")));
    assertThat(loaded.failure()).extracting(Diagnostic::text).containsExactly(Message.WRONG_ENCODING.format("UTF-16LE"));
  }

  @Test
  void headerMustMatchTheDeclaredColumnsInOrder() throws IOException {
    ObjectNode declared = resource(field("a", "integer"), field("b", "integer"), field("c", "integer"));
    assertThat(load("b,a,x\n1,2,3\n", declared).failure()).extracting(Diagnostic::column, Diagnostic::text)
        .containsExactly(
            tuple(1, Message.COLUMN_ORDER.format(quote("b"), 1, 2)),
            tuple(2, Message.COLUMN_ORDER.format(quote("a"), 2, 1)),
            tuple(3, Message.UNKNOWN_COLUMN.format(quote("x"), quote("data"))),
            tuple(0, Message.MISSING_COLUMN.format(quote("c"))));
  }

  @Test
  void aColumnNameLongerThanACellHoldsIsAnErrorAtItsColumn() throws IOException {
    String name = "n".repeat(40_000);
    assertThat(load("a," + name + "\n1,2\n", resource(field("a", "integer"), field(name, "integer"))).failure())
        .singleElement().satisfies(d -> {
          assertThat(d.file()).isEqualTo("datasets/t.csv");
          assertThat(d.line()).isEqualTo(1);
          assertThat(d.column()).isEqualTo(2);
          assertThat(d.text()).isEqualTo(Message.COLUMN_NAME_TOO_LONG.format(2, 40_000, 32_767));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDeclarations")
  void rejectsADeclarationItCannotHonour(String title, ObjectNode declared, String fragment) throws IOException {
    List<Diagnostic> failure = load("d\n1\n", declared).failure();
    assertThat(failure).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Message.DESCRIPTOR_INVALID);
      assertThat(d.file()).isEqualTo(StoryLoader.DESCRIPTOR);
      assertThat(d.text()).contains(quote("data"), fragment);
      // At its place in the descriptor, as a syntax error is: where to look to change it.
      assertThat(d.line()).as("line").isPositive();
      assertThat(d.column()).as("column").isPositive();
      if (title.startsWith("type")) {
        assertThat(d.hint()).contains("did you mean \"datetime\"?", "date, datetime, boolean");
      }
    });
  }

  static Stream<Arguments> badDeclarations() {
    return Stream.of(
        Arguments.of("unknown type", resource(field("d", "duration")), quote("duration")),
        Arguments.of("type misspelt", resource(field("d", "datetim")), quote("datetim")),
        Arguments.of("two-digit year", resource(field("d", "date", "format", "%d/%m/%y")), quote("%d/%m/%y")),
        Arguments.of("guessed dates", resource(field("d", "date", "format", "any")), "\"any\""),
        Arguments.of("time directive", resource(field("d", "date", "format", "%Y-%m-%d %H")), "%H"),
        Arguments.of("hour without a day", resource(field("d", "datetime", "format", "%Y %H")), "needs a month"),
        Arguments.of("datetime without a time", resource(field("d", "datetime", "format", "%Y-%m-%d")),
            "without a time of day"),
        Arguments.of("time zone", resource(field("d", "datetime", "format", "%Y-%m-%dT%H:%M%z")), "time zone"),
        Arguments.of("twelve-hour clock", resource(field("d", "datetime", "format", "%Y-%m-%d %I:%M")), "24-hour"),
        Arguments.of("groupChar of two characters", resource(field("d", "number", "groupChar", "ab")), "groupChar"),
        Arguments.of("digit as decimalChar", resource(field("d", "number", "decimalChar", "1")), "decimalChar"),
        Arguments.of("same groupChar and decimalChar", resource(field("d", "number", "groupChar", ",",
            "decimalChar", ",")), "groupChar and decimalChar"),
        Arguments.of("unknown negative form", resource(field("d", "integer", "chartdesk:negative",
            List.of("suffix"))), quote("suffix")),
        Arguments.of("missingValues not a list", inSchema(resource(field("d", "integer")), "missingValues", "NA"),
            "missingValues"),
        Arguments.of("dialect beyond the delimiter", with(resource(field("d", "integer")), "dialect",
            Map.of("quoteChar", "'")), quote("quoteChar")),
        Arguments.of("quote as delimiter", with(resource(field("d", "integer")), "dialect",
            Map.of("delimiter", "\"")), "delimiter"),
        Arguments.of("unsupported encoding", with(resource(field("d", "integer")), "encoding", "utf-16"),
            quote("utf-16")),
        Arguments.of("field declared twice", resource(field("d", "integer"), field("d", "string")), "twice"));
  }

  private TestProject.Loaded load(String csv, ObjectNode declared) throws IOException {
    return TestProject.load(dir, "t.csv", csv.getBytes(StandardCharsets.UTF_8), declared);
  }
}
