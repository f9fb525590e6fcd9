package org.chartdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartdesk.dataset.TestProject.field;
import static org.chartdesk.dataset.TestProject.missing;
import static org.chartdesk.dataset.TestProject.resource;
import static org.chartdesk.dataset.TestProject.with;
import static org.chartdesk.diagnostics.Message.quote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-inputs catalogue (the 51 malformed inputs a loader must survive), one row each, or one
 * per declared variant ("28c" declares the groupChar that "28a" lacks). A row names the fixture in
 * src/test/resources/bad-inputs/ (the huge ones are generated), the resource it is declared with,
 * and either every diagnostic the load must give or the typed data it must give.
 */
class BadInputsTest {
  private static final ObjectNode INTEGERS = resource(field("a", "integer"), field("b", "integer"));
  private static final ObjectNode STRINGS = resource(field("a", "string"), field("b", "string"));
  private static final String ISO = "a date of the declared format \"%Y-%m-%d\"";

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void loadsOrReports(Case c, @TempDir Path dir) throws IOException {
    if (c.elsewhere() != null) {
      Assumptions.abort("not a dataset case: " + c.elsewhere());
    }
    TestProject.Loaded loaded = TestProject.load(dir, c.file(), c.bytes().get(), c.resource());
    String path = "datasets/" + c.file();
    if (c.expect().data() == null) {
      assertThat(loaded.failure()).as("the load should fail").isNotNull();
      assertDiagnostics(loaded.failure(), c.expect().diagnostics(), path);
    } else {
      assertThat(loaded.failure()).as("the load should succeed").isNull();
      assertDiagnostics(loaded.warnings(), c.expect().diagnostics(), path);
      c.expect().data().accept(loaded.dataset());
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        fixture("1", "empty file", "01-empty.csv", INTEGERS, rejects(error(Message.FILE_EMPTY, 0, 0))),
        fixture("2", "header only", "02-header-only.csv", INTEGERS, rejects(error(Message.NO_DATA_ROWS, 0, 0))),
        fixture("3", "header only, no line end", "03-header-only-no-eol.csv", INTEGERS,
            rejects(error(Message.NO_DATA_ROWS, 0, 0))),
        fixture("4", "UTF-8 BOM stripped", "04-utf8-bom.csv", INTEGERS,
            accepts(rows(row(1L, 2L)).andThen(d -> assertThat(d.indexOf("a")).isZero()))),
        fixture("5", "BOM before a quoted header", "05-bom-quoted-header.csv", INTEGERS,
            accepts(rows(row(1L, 2L)).andThen(d -> assertThat(d.indexOf("a")).isZero()))),
        fixture("6", "UTF-16LE with BOM", "06-utf16le-bom.csv", INTEGERS,
            rejects(error(Message.WRONG_ENCODING, 0, 0, "UTF-16LE"))),
        fixture("7", "CRLF", "07-crlf.csv", INTEGERS, accepts(rows(row(1L, 2L)))),
        fixture("8", "mixed line ends", "08-mixed-eol.csv", INTEGERS,
            accepts(rows(row(1L, 2L), row(3L, 4L), row(5L, 6L)).andThen(lines(2, 3, 4)))),
        fixture("9", "CR only", "09-cr-only.csv", INTEGERS, accepts(rows(row(1L, 2L)))),
        fixture("10", "unterminated quote", "10-unterminated-quote.csv", INTEGERS,
            rejects(error(Message.UNTERMINATED_QUOTE, 2, 1, quote("a")))),
        fixture("11", "text after a closing quote", "11-junk-after-quote.csv", INTEGERS,
            rejects(error(Message.TEXT_AFTER_QUOTE, 2, 1, quote("a"), quote("x")))),
        fixture("12", "quote inside an unquoted field is literal", "12-quote-in-unquoted.csv",
            resource(field("a", "integer"), field("b", "string")), accepts(rows(row(1L, "2\"3")))),
        fixture("12b", "a quote inside a number", "12-quote-in-unquoted.csv",
            resource(field("a", "integer"), field("b", "integer")),
            rejects(error(Message.BAD_VALUE, 2, 2, quote("b"), quote("2\"3"), "a whole number")
                .hint("a quote mark is no part of a number"))),
        fixture("13", "too few fields", "13-ragged-short.csv",
            resource(field("a", "integer"), field("b", "integer"), field("c", "integer")),
            rejects(error(Message.RAGGED_ROW, 2, 3, 2, 3))),
        fixture("14", "too many fields", "14-ragged-long.csv", INTEGERS,
            rejects(error(Message.RAGGED_ROW, 2, 3, 3, 2).hint("double quotes"))),
        fixture("15", "duplicate header", "15-duplicate-header.csv", INTEGERS,
            rejects(error(Message.DUPLICATE_COLUMN, 1, 2, quote("a"), 1, quote("a")))),
        fixture("16", "duplicate after trimming", "16-duplicate-after-trim.csv", INTEGERS,
            rejects(warning(Message.PADDED_COLUMN_NAME, 1, 2, quote(" a")),
                error(Message.DUPLICATE_COLUMN, 1, 2, quote("a"), 1, quote("a")))),
        fixture("17", "duplicate by case", "17-duplicate-by-case.csv",
            resource(field("Name", "string"), field("name", "string")),
            rejects(error(Message.DUPLICATE_COLUMN, 1, 2, quote("name"), 1, quote("Name")))),
        fixture("18", "empty header name", "18-empty-header-name.csv",
            resource(field("a", "integer"), field("b", "integer"), field("c", "integer")),
            rejects(error(Message.UNNAMED_COLUMN, 1, 2, 2))),
        fixture("19", "trailing delimiter", "19-trailing-delimiter.csv", INTEGERS,
            rejects(error(Message.UNNAMED_COLUMN, 1, 3, 3).hint("does every line end with \",\""))),
        fixture("20", "whitespace-only file", "20-whitespace-only.csv", INTEGERS,
            rejects(error(Message.NO_HEADER, 1, 0))),
        fixture("21", "padded header names trimmed", "21-padded-header.csv", INTEGERS,
            accepts(rows(row(1L, 2L)), warning(Message.PADDED_COLUMN_NAME, 1, 1, quote(" a ")),
                warning(Message.PADDED_COLUMN_NAME, 1, 2, quote(" b ")))),
        fixture("22", "blank line inside the data", "22-blank-line-mid-file.csv", INTEGERS,
            accepts(rows(row(1L, 2L), row(3L, 4L)).andThen(lines(2, 4)), warning(Message.BLANK_LINES, 3, 0, 1))),
        fixture("23", "trailing blank lines", "23-trailing-blank-lines.csv", INTEGERS, accepts(rows(row(1L, 2L)))),
        fixture("24", "footnote row", "24-footnote-rows.csv", resource(field("year", "year"), field("value", "integer")),
            rejects(error(Message.BAD_VALUE, 4, 1, quote("year"), quote("Source: Census"), "a four-digit year")
                .hint("footnote"))),
        fixture("24b", "footnote row, first column text", "24-footnote-rows.csv",
            resource(field("year", "string"), field("value", "integer")),
            rejects(error(Message.FOOTNOTE_ROW, 4, 1, quote("year"), quote("Source: Census")).hint("descriptor"))),
        fixture("24c", "text that begins as a footnote might", "24-text-like-a-footnote.csv",
            resource(field("name", "string"), field("value", "integer")),
            accepts(rows(row("Notebooks", null), row("Source code", 3L)))),
        fixture("25a", "Latin-1 byte in UTF-8", "25-latin1.csv", resource(field("name", "string")),
            rejects(error(Message.INVALID_UTF8, 2, 1, quote("name"), quote("Jos\uFFFD"), "0xE9", 8)
                .hint("windows-1252"))),
        fixture("25b", "windows-1252 declared", "25-latin1.csv",
            with(resource(field("name", "string")), "encoding", "windows-1252"), accepts(rows(row("Jos\u00e9")))),
        fixture("26", "NUL byte", "26-nul-byte.csv", STRINGS,
            rejects(error(Message.CONTROL_CHARACTER, 2, 2, quote("b"), quote("\u00002"), "U+0000"))),
        fixture("27", "C0 control character", "27-control-chars.csv", resource(field("a", "string")),
            rejects(error(Message.CONTROL_CHARACTER, 2, 1, quote("a"), quote("a\u0001b"), "U+0001"))),
        fixture("28a", "thousands separator, integer, undeclared", "28-thousands-quoted.csv", city("integer"),
            rejects(error(Message.THOUSANDS_SEPARATOR, 2, 2, quote("pop"), quote("3,789"), "\",\"")
                .hint("\"groupChar\": \",\""))),
        fixture("28b", "thousands separator, number, undeclared", "28-thousands-quoted.csv", city("number"),
            rejects(error(Message.THOUSANDS_SEPARATOR, 2, 2, quote("pop"), quote("3,789"), "\",\"")
                .hint("\"decimalChar\": \",\""))),
        fixture("28c", "groupChar declared, integer", "28-thousands-quoted.csv", city("integer", "groupChar", ","),
            accepts(rows(row("Springfield", 3789L)))),
        fixture("28d", "groupChar declared, number", "28-thousands-quoted.csv", city("number", "groupChar", ","),
            accepts(rows(row("Springfield", 3789.0)))),
        fixture("29a", "ASCII spaces around a number", "29-padded-number.csv", resource(field("n", "integer")),
            accepts(rows(row(12L)))),
        fixture("29b", "space between digit groups, undeclared", "29-space-grouping.csv",
            resource(field("n", "integer")),
            rejects(error(Message.THOUSANDS_SEPARATOR, 2, 1, quote("n"), quote("1 234"), "U+0020"))),
        fixture("29c", "space declared as groupChar", "29-space-grouping.csv",
            resource(field("n", "integer", "groupChar", " ")), accepts(rows(row(1234L)))),
        fixture("29d", "NBSP between digit groups, undeclared", "29-nbsp-grouping.csv",
            resource(field("n", "integer")),
            rejects(error(Message.THOUSANDS_SEPARATOR, 2, 1, quote("n"), quote("1\u00A0234"), "U+00A0")
                .hint("\"groupChar\": \"\\u00A0\""))),
        fixture("29e", "NBSP declared as groupChar", "29-nbsp-grouping.csv",
            resource(field("n", "integer", "groupChar", "\u00A0")), accepts(rows(row(1234L)))),
        generated("29f", "NBSP before the digits: no group separator to declare", "29-leading-nbsp.csv",
            () -> csv("n", "\u00A012"), resource(field("n", "integer")),
            rejects(error(Message.THOUSANDS_SEPARATOR, 2, 1, quote("n"), quote("\u00A012"), "U+00A0")
                .hint("remove U+00A0 from its start"))),
        fixture("30a", "(5) and U+2212 undeclared", "30-negative-forms.csv", resource(field("n", "integer")),
            rejects(error(Message.NEGATIVE_FORM, 3, 1, quote("n"), quote("(5)"), "parentheses"),
                error(Message.NEGATIVE_FORM, 4, 1, quote("n"), quote("\u22125"), "the minus sign U+2212"))),
        fixture("30b", "(5) and U+2212 declared", "30-negative-forms.csv",
            resource(field("n", "integer", "chartdesk:negative", List.of("parentheses", "minus-sign"))),
            accepts(rows(row(-5L), row(-5L), row(-5L)))),
        fixture("30c", "trailing minus", "30-trailing-minus.csv", resource(field("n", "integer")),
            rejects(error(Message.BAD_VALUE, 2, 1, quote("n"), quote("5-"), "a whole number").hint("-5"))),
        fixture("31a", "NaN, Infinity, overflow", "31-nan-infinity.csv", resource(field("x", "number")),
            rejects(error(Message.NOT_FINITE, 2, 1, quote("x"), quote("NaN")),
                error(Message.NOT_FINITE, 3, 1, quote("x"), quote("Infinity")),
                error(Message.NOT_FINITE, 4, 1, quote("x"), quote("-Infinity")),
                error(Message.OUT_OF_RANGE, 5, 1, quote("x"), quote("1e309"), "a number"))),
        fixture("31b", "NaN and friends declared missing", "31-nan-infinity.csv",
            missing(resource(field("x", "number")), "", "NaN", "Infinity", "-Infinity", "1e309"),
            accepts(rows(row((Object) null), row((Object) null), row((Object) null), row((Object) null)))),
        fixture("32a", "missing-value tokens undeclared", "32-missing-tokens.csv", labelled("number"),
            rejects(missingToken(3, "NA"), missingToken(4, "n/a"), missingToken(5, "-"), missingToken(6, "\u2014"))),
        fixture("32b", "missing-value tokens declared", "32-missing-tokens.csv",
            missing(labelled("number"), "", "NA", "n/a", "-", "\u2014"),
            accepts(rows(row("a", null), row("b", null), row("c", null), row("d", null), row("e", null)))),
        fixture("33a", "currency and percent", "33-currency-percent.csv", labelled("number"),
            rejects(error(Message.UNIT_IN_VALUE, 2, 2, quote("x"), quote("$1,234"), quote("$")),
                error(Message.UNIT_IN_VALUE, 3, 2, quote("x"), quote("12%"), quote("%")).hint("not 0.12"))),
        fixture("33b", "percent with the unit declared: still the bare number only", "33-currency-percent.csv",
            resource(field("label", "string"), field("x", "number", "unit", "%")),
            rejects(error(Message.UNIT_IN_VALUE, 2, 2, quote("x"), quote("$1,234"), quote("$")),
                error(Message.UNIT_IN_VALUE, 3, 2, quote("x"), quote("12%"), quote("%")).hint("already declares"))),
        fixture("34a", "leading zeros kept in a string column", "34-leading-zeros.csv",
            resource(field("zip", "string")), accepts(rows(row("01234")))),
        fixture("34b", "leading zeros in an integer column", "34-leading-zeros.csv",
            resource(field("zip", "integer")),
            rejects(error(Message.LEADING_ZERO, 2, 1, quote("zip"), quote("01234")).hint("string"))),
        fixture("35a", "mixed date formats", "35-mixed-dates.csv", resource(field("d", "date")),
            rejects(notIso(3, "03/01/2024"), notIso(4, "01/03/2024"), notIso(5, "1 March 2024"),
                notIso(6, "2024-03-01T10:00:00Z"))),
        fixture("35b", "03/01/1955 without a declared pattern", "35-slash-date.csv", resource(field("d", "date")),
            rejects(notIso(2, "03/01/1955").hint("never guessed"))),
        fixture("35c", "day first declared", "35-slash-date.csv", resource(field("d", "date", "format", "%d/%m/%Y")),
            accepts(rows(row(LocalDate.of(1955, 1, 3))))),
        fixture("35d", "month first declared", "35-slash-date.csv", resource(field("d", "date", "format", "%m/%d/%Y")),
            accepts(rows(row(LocalDate.of(1955, 3, 1))))),
        fixture("35e", "month precision", "35-month-name.csv", resource(field("d", "date", "format", "%B %Y")),
            accepts(rows(row(LocalDate.of(1955, 6, 1))).andThen(d ->
                assertThat(d.fields().get(0).notation().datePattern().precision()).isEqualTo(Precision.MONTH)))),
        fixture("36", "dates before 1900", "36-before-1900.csv", resource(field("d", "date")),
            accepts(rows(row(LocalDate.of(1850, 1, 1)), row(LocalDate.of(1899, 12, 31)),
                row(LocalDate.of(1900, 2, 28))))),
        fixture("37a", "semicolon-delimited", "37-semicolon.csv", resource(field("a", "number"), field("b", "integer")),
            rejects(error(Message.WRONG_DELIMITER, 1, 0, quote("a;b"), "\";\"", "\",\"")
                .hint("\"dialect\": {\"delimiter\": \";\"}"))),
        fixture("37b", "semicolon dialect and decimal comma declared", "37-semicolon.csv",
            with(resource(field("a", "number", "decimalChar", ","), field("b", "integer")), "dialect",
                Map.of("delimiter", ";")),
            accepts(rows(row(1.5, 2L)))),
        fixture("38", "curly quotes", "38-curly-quotes.csv", STRINGS,
            rejects(error(Message.RAGGED_ROW, 2, 3, 3, 2).hint("curly quotes"))),
        fixture("39a", "newline inside quotes", "39-newline-in-quotes.csv", STRINGS,
            accepts(rows(row("line1\nline2", "2"), row("x", "y")).andThen(lines(2, 4)))),
        fixture("39b", "physical line after a two-line record", "39-newline-in-quotes.csv",
            resource(field("a", "string"), field("b", "integer")),
            rejects(error(Message.BAD_VALUE, 4, 2, quote("b"), quote("y"), "a whole number"))),
        fixture("40", "escaped quotes", "40-escaped-quotes.csv", resource(field("a", "string"), field("b", "integer")),
            accepts(rows(row("He said \"hi\"", 2L)))),
        fixture("41", "formula-like text stays text", "41-formula-text.csv",
            resource(field("text", "string"), field("n", "integer")),
            accepts(rows(row("=1+2", -1L), row("+1", 2L), row("-1", 3L), row("@x", 4L), row("\t=1", 5L),
                row("=HYPERLINK(\"http://x\")", 6L)))),
        generated("42a", "field of 32,767 characters", "42-long-field.csv", () -> csv("a", "x".repeat(32_767)),
            resource(field("a", "string")),
            accepts(d -> assertThat((String) d.rows().get(0).get(0)).hasSize(32_767))),
        generated("42b", "field of 10,000,000 characters", "42-long-field.csv", () -> csv("a", "x".repeat(10_000_000)),
            resource(field("a", "string")),
            rejects(error(Message.FIELD_TOO_LONG, 2, 1, quote("a"), quote("x".repeat(10_000_000)), 10_000_000, 32_767))),
        generated("43a", "16,384 columns", "43-wide.csv", () -> wide(16_384), columns(16_384),
            accepts(d -> assertThat(d.rows().get(0).values()).hasSize(16_384))),
        generated("43b", "20,000 columns", "43-wide.csv", () -> wide(20_000), columns(1),
            rejects(error(Message.TOO_MANY_COLUMNS, 1, 0, 20_000, 16_384))),
        generated("44", "1,000,000 rows of 3 columns", "44-million-rows.csv", BadInputsTest::millionRows,
            resource(field("id", "integer"), field("share", "number"), field("label", "string")),
            accepts(d -> {
              assertThat(d.rows()).hasSize(1_000_000);
              Row last = d.rows().get(999_999);
              assertThat(last.line()).isEqualTo(1_000_001);
              assertThat(last.values()).containsExactly(999_999L, 499_999.5, "row 999999");
            })),
        generated("45a", "1,048,575 data rows: the worksheet's limit", "45-too-many-rows.csv",
            () -> rows(1_048_575), resource(field("n", "integer")),
            accepts(d -> assertThat(d.rows()).hasSize(1_048_575))),
        generated("45b", "1,048,576 data rows", "45-too-many-rows.csv", () -> rows(1_048_576),
            resource(field("n", "integer")), rejects(error(Message.TOO_MANY_ROWS, 1_048_577, 0, 1_048_575))),
        elsewhere("46", "sheet names", "the workbook writer names sheets (workbook package)"),
        elsewhere("47", "path traversal in a spec's data:", "spec paths are resolved by the spec loader (spec package)"),
        elsewhere("48", "YAML type coercion", "chart specs are YAML (spec package)"),
        elsewhere("49", "YAML duplicate key", "chart specs are YAML (spec package)"),
        elsewhere("50", "YAML global tag, alias bomb, tabs", "chart specs are YAML (spec package)"),
        generated("51", "xlsx given as input under a .csv name", "51-workbook.csv",
            () -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, resource(field("a", "integer")),
            rejects(error(Message.NOT_TEXT, 0, 0, "a zip file (an Excel .xlsx or OpenDocument .ods workbook)")
                .hint("as CSV"))),
        generated("51b", "an Excel XML spreadsheet under a .csv name", "51-workbook.csv",
            () -> "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), resource(field("a", "integer")),
            rejects(error(Message.NOT_TEXT, 0, 0, "an XML file (an Excel XML spreadsheet, perhaps)").hint("as CSV"))));
  }

  // -- The table's vocabulary.

  /** One row of the table. {@code elsewhere} names the package that owns a case this test skips. */
  record Case(String id, String title, String file, Supplier<byte[]> bytes, ObjectNode resource, Expect expect,
      String elsewhere) {
    @Override
    public String toString() {
      return id + " " + title;
    }
  }

  /** Every diagnostic expected, in order; and for a load that succeeds, a check of its data. */
  record Expect(List<Expected> diagnostics, Consumer<Dataset> data) {}

  /** One expected diagnostic, its text built by the catalogue; the hint is checked by a fragment. */
  record Expected(Severity severity, Message code, int line, int column, String text, String hint) {
    Expected hint(String fragment) {
      return new Expected(severity, code, line, column, text, fragment);
    }
  }

  private static Case fixture(String id, String title, String file, ObjectNode resource, Expect expect) {
    return new Case(id, title, file, () -> bytes(file), resource, expect, null);
  }

  private static Case generated(String id, String title, String file, Supplier<byte[]> bytes, ObjectNode resource,
      Expect expect) {
    return new Case(id, title, file, bytes, resource, expect, null);
  }

  private static Case elsewhere(String id, String title, String owner) {
    return new Case(id, title, null, null, null, null, owner);
  }

  private static Expect rejects(Expected... diagnostics) {
    return new Expect(List.of(diagnostics), null);
  }

  private static Expect accepts(Consumer<Dataset> data, Expected... warnings) {
    return new Expect(List.of(warnings), data);
  }

  private static Expected error(Message code, int line, int column, Object... args) {
    return new Expected(Severity.ERROR, code, line, column, code.format(args), null);
  }

  private static Expected warning(Message code, int line, int column, Object... args) {
    return new Expected(Severity.WARNING, code, line, column, code.format(args), null);
  }

  private static Expected missingToken(int line, String token) {
    return error(Message.BAD_VALUE, line, 2, quote("x"), quote(token), "a number").hint("missingValues");
  }

  private static Expected notIso(int line, String value) {
    return error(Message.BAD_VALUE, line, 1, quote("d"), quote(value), ISO);
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private static Consumer<Dataset> rows(Object[]... expected) {
    return d -> assertThat(d.rows().stream().map(r -> Arrays.asList(r.values())).toList())
        .isEqualTo(Stream.of(expected).map(Arrays::asList).toList());
  }

  private static Consumer<Dataset> lines(Integer... expected) {
    return d -> assertThat(d.rows().stream().map(Row::line).toList()).containsExactly(expected);
  }

  private static ObjectNode city(String type, Object... properties) {
    return resource(field("city", "string"), field("pop", type, properties));
  }

  private static ObjectNode labelled(String type) {
    return resource(field("label", "string"), field("x", type));
  }

  private static ObjectNode columns(int n) {
    return resource(IntStream.rangeClosed(1, n).mapToObj(i -> field("c" + i, "integer")).toArray(ObjectNode[]::new));
  }

  private static void assertDiagnostics(List<Diagnostic> actual, List<Expected> expected, String path) {
    assertThat(actual.stream().map(d -> new Expected(d.severity(), d.code(), d.line(), d.column(), d.text(), null))
        .toList()).isEqualTo(expected.stream().map(e -> e.hint(null)).toList());
    assertThat(actual).allSatisfy(d -> assertThat(d.file()).isEqualTo(path));
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i).hint() != null) {
        assertThat(actual.get(i).hint()).as("hint of " + actual.get(i).code()).contains(expected.get(i).hint());
      }
    }
  }

  // -- Fixtures: committed ones from the classpath, huge ones made here.

  private static byte[] bytes(String file) {
    try (InputStream in = BadInputsTest.class.getResourceAsStream("/bad-inputs/" + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] wide(int columns) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      names.add("c" + i);
      values.add(Integer.toString(i));
    }
    return csv(String.join(",", names), String.join(",", values));
  }

  private static byte[] millionRows() {
    StringBuilder sb = new StringBuilder(24_000_000).append("id,share,label\n");
    for (int i = 0; i < 1_000_000; i++) {
      sb.append(i).append(',').append(i / 2).append(i % 2 == 0 ? ".0" : ".5").append(",row ").append(i).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] rows(int count) {
    byte[] bytes = new byte[2 + 2 * count];
    bytes[0] = 'n';
    bytes[1] = '\n';
    for (int i = 2; i < bytes.length; i += 2) {
      bytes[i] = '1';
      bytes[i + 1] = '\n';
    }
    return bytes;
  }
}
