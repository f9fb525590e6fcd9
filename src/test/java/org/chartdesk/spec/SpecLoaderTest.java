package org.chartdesk.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec files are checked strictly, and every problem says where it is. */
class SpecLoaderTest {
  static final String FILE = "charts/c.yaml";
  static final String VALID = """
      title: A title
      kind: column
      data: kgb-planted-stories
      x: {field: year}
      y: {field: stories}
      source: The source
      """;

  static ChartSpec load(String yaml) throws InputException {
    return SpecLoader.load("c", FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  static List<Diagnostic> errors(String yaml) {
    InputException e = catchThrowableOfType(InputException.class, () -> load(yaml));
    assertThat(e).as("expected an input error").isNotNull();
    return e.diagnostics();
  }

  static Diagnostic only(String yaml) {
    List<Diagnostic> d = errors(yaml);
    assertThat(d).hasSize(1);
    assertThat(d.get(0).file()).isEqualTo(FILE);
    return d.get(0);
  }

  @Test
  void aValidSpecLoads() throws InputException {
    ChartSpec spec = load(VALID);
    assertThat(spec.kind()).isEqualTo(ChartKind.COLUMN);
    assertThat(spec.y().field()).isEqualTo("stories");
    assertThat(spec.silenced()).isEmpty();
  }

  @Test
  void unknownKeyListsValidKeysAndSuggestsTheClosest() {
    Diagnostic d = only(VALID + "subtitel: x\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_UNKNOWN_KEY);
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.hint()).contains("valid: title, subtitle, kind").contains("did you mean \"subtitle\"?");
  }

  /** Words after a quoted part of a value: YAML said only "while parsing a block mapping". */
  @Test
  void textAfterAClosingQuoteIsSaidAsSuch() {
    Diagnostic d = only(VALID.replace("title: A title", "title: \"Planted stories\" fell by four-fifths"));
    assertThat(d.text()).isEqualTo("invalid chart spec: text after the closing quote of a quoted value");
    assertThat(d.hint()).isEqualTo(
        "a value in quotes ends at its closing quote: quote all of it, title: '\"Planted stories\" fell by four-fifths'");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(26);
  }

  /** A mapping written as a list is shown as written, with the mapping it should be. */
  @Test
  void aMappingWrittenAsAListShowsHowItIsWritten() {
    Diagnostic d = only(VALID + "size: [1200, 480]\n");
    assertThat(d.text()).isEqualTo("size: [1200, 480] is not a mapping of keys");
    assertThat(d.hint()).isEqualTo("write it as size: {width: 1200, height: 480}");
    Diagnostic lint = only(VALID + "lint: {ignore: [CD104]}\n");
    assertThat(lint.text()).isEqualTo("lint.ignore: [CD104] is not a mapping of keys");
    assertThat(lint.hint()).contains("lint: {ignore: {CD104: ");
    // A filter written as an expression, as in Vega-Lite or pandas: it said only what it is not.
    Diagnostic filter = only(VALID.replace("kind: column", "kind: line")
        + "transform:\n  - {filter: \"year == 1985 || year == 1988\"}\n");
    assertThat(filter.text()).isEqualTo("transform[0].filter: \"year == 1985 || year == 1988\" is not a mapping of keys");
    assertThat(filter.hint()).contains("{filter: {field: year, oneOf: [1976, 1977]}}");
  }

  /** A channel written as a list is no text to quote: it is a field's name or a mapping. */
  @Test
  void aChannelWrittenAsAListSaysWhatAChannelIs() {
    Diagnostic d = only(VALID.replace("x: {field: year}", "x: [year]"));
    assertThat(d.text()).isEqualTo("x: [year] is not a field's name or a mapping");
    assertThat(d.hint()).isEqualTo("write the field's name, x: year, or a mapping, x: {field: year, label: Year}");
    assertThat(d.line()).isEqualTo(4);
  }

  /** An abbreviated choice is pointed at the one it abbreviates. */
  @Test
  void anAbbreviatedChoiceIsPointedAtItsWholeWord() {
    Diagnostic d = only(VALID.replace("kind: column", "kind: bar") + "sort: desc\n");
    assertThat(d.text()).isEqualTo("sort: \"desc\" is not one of data, ascending, descending");
    assertThat(d.hint()).contains("did you mean \"descending\"?");
  }

  /** A file that is no mapping says what it is: empty, a list or a single value. */
  @Test
  void aSpecThatIsNoMappingSaysWhatItIs() {
    assertThat(only("").text()).isEqualTo("invalid chart spec: empty: it has no keys");
    assertThat(only("# title: T\n").text()).isEqualTo("invalid chart spec: empty: it has no keys");
    assertThat(only("- title: T\n").text()).isEqualTo("invalid chart spec: a list, not a mapping of keys");
    assertThat(only("just a title\n").text()).isEqualTo("invalid chart spec: a single value, not a mapping of keys");
  }

  /** A key another kind takes says which kinds take it, once, rather than that it is unknown. */
  @Test
  void aKeyOfAnotherKindSaysWhichKindsTakeIt() {
    Diagnostic d = only(VALID + "stack: percent\n");
    assertThat(d.code()).isEqualTo(Message.KEY_NOT_FOR_KIND);
    assertThat(d.text()).isEqualTo("\"stack\" is not a key of column charts");
    assertThat(d.hint()).isEqualTo("it is a key of stacked-column, area charts");
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(1);
  }

  /** Only a timeline reads {@code x.period}: a column chart drew its years as if it were not there. */
  @Test
  void aPeriodOnAnAxisThatIsNoTimelinesIsAnError() {
    Diagnostic d = only(VALID.replace("x: {field: year}", "x: {field: year, period: month}"));
    assertThat(d.text()).isEqualTo("\"x.period\" is not a key of column charts");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(18);
  }

  @Test
  void unknownNestedKeyIsPlacedOnItsLine() {
    Diagnostic d = only(VALID.replace("y: {field: stories}", "y:\n  field: stories\n  lable: Articles"));
    assertThat(d.text()).isEqualTo(Message.SPEC_UNKNOWN_KEY.format("\"y.lable\""));
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(3);
    assertThat(d.hint()).contains("did you mean \"label\"?");
  }

  @Test
  void aValueYamlTakesForACommentIsAnErrorNotASilentDefault() throws InputException {
    Diagnostic d = only(VALID.replace("y: {field: stories}", "y:\n  field: stories\n  format: #,##0"));
    assertThat(d.code()).isEqualTo(Message.SPEC_VALUE_IS_COMMENT);
    assertThat(d.text()).isEqualTo(Message.SPEC_VALUE_IS_COMMENT.format("\"y.format\"", "\"#,##0\""));
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(11);
    assertThat(d.hint()).isEqualTo("put the value in quotes: format: \"#,##0\"");
    // A key left empty with a comment, as comments are written, stays a key left empty.
    assertThat(load(VALID.replace("y: {field: stories}", "y:\n  field: stories\n  format: # later")).y().format())
        .isNull();
  }

  @Test
  void anEmptyRequiredValueIsAnErrorAtItsKey() {
    Diagnostic d = only(VALID.replace("title: A title", "title:"));
    assertThat(d.code()).isEqualTo(Message.SPEC_EMPTY_VALUE);
    assertThat(d.text()).isEqualTo(Message.SPEC_EMPTY_VALUE.format("\"title\""));
    assertThat(d.line()).isEqualTo(1);
    assertThat(only(VALID.replace("title: A title", "title: \"  \"")).code()).isEqualTo(Message.SPEC_EMPTY_VALUE);
    assertThat(only(VALID.replace("data: kgb-planted-stories", "data: \"\"")).code()).isEqualTo(Message.SPEC_EMPTY_VALUE);
    assertThat(only(VALID.replace("source: The source", "source: ~")).code()).isEqualTo(Message.SPEC_EMPTY_VALUE);
    // Taken for a comment, it is one error, not two.
    assertThat(only(VALID.replace("title: A title", "title: #1 in the press")).code())
        .isEqualTo(Message.SPEC_VALUE_IS_COMMENT);
  }

  @Test
  void colorsGiveValuesAPaletteColourEachOnTheChannelThatColours() throws InputException {
    String lines = VALID.replace("kind: column", "kind: line").replace("y: {field: stories}",
        "y: {field: stories}\ncolor:\n  field: measure\n  colors: {planted: 3, printed: 1}");
    assertThat(load(lines).color().colors()).containsExactly(entry("planted", 2), entry("printed", 0));

    Diagnostic outside = only(lines.replace("planted: 3", "planted: 7"));
    assertThat(outside.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(outside.text()).isEqualTo("color.colors.planted: \"7\" is not a colour of the palette, 1 to 6");
    assertThat(outside.line()).isEqualTo(8);
    assertThat(outside.hint()).contains("3 green");

    Diagnostic twice = only(lines.replace("printed: 1", "printed: 3"));
    assertThat(twice.code()).isEqualTo(Message.SPEC_COLOR_TAKEN);
    assertThat(twice.text()).isEqualTo(Message.SPEC_COLOR_TAKEN.format(3, "\"planted\"", "\"printed\""));

    Diagnostic onX = only(VALID.replace("x: {field: year}", "x: {field: year, colors: {1973: 2}}"));
    assertThat(onX.code()).isEqualTo(Message.SPEC_COLORS_NOT_HERE);
    assertThat(onX.line()).isEqualTo(4);
  }

  @Test
  void yamlsCommonSlipsSayWhatToDo() {
    // The commonest headline mistake: a colon and a space inside the words.
    Diagnostic colon = only(VALID.replace("title: A title", "title: India and the USSR: a friendship"));
    assertThat(colon.line()).isEqualTo(1);
    assertThat(colon.hint()).isEqualTo("a colon and a space inside a value start a mapping in YAML: put the value "
        + "in quotes, title: \"India and the USSR: a friendship\"");
    Diagnostic indented = only(VALID.replace("kind: column", "  kind: column"));
    assertThat(indented.hint()).startsWith("check the indentation");
    // A brace left open is reported where it opens, not at the next key YAML met.
    Diagnostic open = only(VALID.replace("x: {field: year}", "x: {field: year"));
    assertThat(open.code()).isEqualTo(Message.SPEC_UNCLOSED);
    assertThat(open.text()).isEqualTo(Message.SPEC_UNCLOSED.format("{", "}"));
    assertThat(open.line()).isEqualTo(4);
    assertThat(open.column()).isEqualTo(4);
    // A tab between words is no indentation.
    assertThat(only(VALID.replace("x: {field: year}", "x: {field:\tyear}")).hint()).startsWith("replace the tab");
  }

  @Test
  void aDomainThatIsNoRangeIsShownAsWritten() {
    assertThat(only(VALID.replace("x: {field: year}", "x: {field: year, domain: [1977, 1973]}")).text())
        .isEqualTo("x.domain: [1977, 1973] is not a list of two increasing numbers or dates");
    // 1e400 is no number a chart can draw to; YAML reads it as infinity.
    assertThat(only(VALID.replace("y: {field: stories}", "y: {field: stories, domain: [0, 1e400]}")).text())
        .isEqualTo("y.domain: [0, 1e400] is not a list of two increasing numbers or dates");
  }

  @Test
  void whatAParserOfYamlWouldDropOrMangleIsRefusedAtItsPlace() throws Exception {
    // Saved as Latin-1: the stray byte is shown, not a Java exception.
    byte[] latin1 = VALID.replace("The source", "Jos\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    InputException e = catchThrowableOfType(InputException.class, () -> SpecLoader.load("c", FILE, latin1));
    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Message.SPEC_NOT_UTF8);
      assertThat(d.text()).isEqualTo(Message.SPEC_NOT_UTF8.format("0xE9", "\"source: Jos\ufffd\""));
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.column()).isEqualTo(12);
    });
    // A control character would reach the workbook as "?".
    Diagnostic bell = only(VALID.replace("title: A title", "title: \"A\\u0007title\""));
    assertThat(bell.text()).isEqualTo(Message.SPEC_CONTROL_CHARACTER.format("title", "U+0007"));
    // A second document is not read: said, not dropped.
    Diagnostic second = only(VALID + "---\ntitle: Another\n");
    assertThat(second.code()).isEqualTo(Message.SPEC_TWO_DOCUMENTS);
    assertThat(second.line()).isEqualTo(8);
    // A quote left open is reported where it opens.
    Diagnostic quote = only(VALID.replace("source: The source", "source: \"The source"));
    assertThat(quote.code()).isEqualTo(Message.SPEC_UNCLOSED);
    assertThat(quote.line()).isEqualTo(6);
    assertThat(quote.column()).isEqualTo(9);
  }

  @Test
  void missingRequiredKey() {
    Diagnostic d = only(VALID.replace("source: The source\n", ""));
    assertThat(d.code()).isEqualTo(Message.SPEC_MISSING_KEY);
    assertThat(d.text()).isEqualTo(Message.SPEC_MISSING_KEY.format("\"source\""));
    assertThat(d.hint()).startsWith("every chart names its source");
  }

  @Test
  void yaml11CoercionsAreReportedWithTheValueAsWritten() {
    Diagnostic no = only(VALID.replace("title: A title", "title: NO"));
    assertThat(no.code()).isEqualTo(Message.SPEC_EXPECTED_TEXT);
    assertThat(no.text()).isEqualTo(Message.SPEC_EXPECTED_TEXT.format("title", "\"NO\"",
        "a boolean (YAML reads it as false)"));
    assertThat(no.line()).isEqualTo(1);
    assertThat(no.column()).isEqualTo(8);
    assertThat(no.hint()).isEqualTo("quote it: \"NO\"");

    Diagnostic zip = only(VALID.replace("x: {field: year}", "x: {field: 01234}"));
    assertThat(zip.text()).isEqualTo(Message.SPEC_EXPECTED_TEXT.format("x.field", "\"01234\"",
        "a number (YAML reads it as 668)"));
    assertThat(zip.line()).isEqualTo(4);

    Diagnostic version = only(VALID.replace("title: A title", "title: 1.10"));
    assertThat(version.text()).contains("\"1.10\"", "1.1");

    // YAML's own errors for two plain slips say what to do, not only what the parser met.
    assertThat(only(VALID.replace("title: A title", "title: .inf")).hint()).contains("quote it");
    Diagnostic hash = only(VALID.replace("x: {field: year}", "x: {field: year, format: #,##0}"));
    assertThat(hash.code()).isEqualTo(Message.SPEC_INVALID);
    assertThat(hash.hint()).contains("starts a comment");

    // Brackets unquoted make a list: shown as YAML read it, with why ("but a list is a list" before).
    Diagnostic list = only(VALID.replace("title: A title", "title: [a, b]"));
    assertThat(list.text()).isEqualTo(Message.SPEC_EXPECTED_TEXT.format("title", "[\"a\",\"b\"]", "a list"));
    assertThat(list.hint()).contains("write it in quotes");
  }

  @Test
  void aTimeOfDayStaysTheTextItWasWritten() throws InputException {
    // SnakeYAML 1.1 would make 12:30:00 into 45000; chartdesk keeps it as written.
    assertThat(load(VALID.replace("title: A title", "title: 12:30:00")).title()).isEqualTo("12:30:00");
  }

  @Test
  void duplicateKeyIsAnErrorNotASilentOverwrite() {
    Diagnostic d = only(VALID + "title: Another\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_DUPLICATE_KEY);
    assertThat(d.text()).isEqualTo(Message.SPEC_DUPLICATE_KEY.format("\"title\""));
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(1);

    // Inside braces, at the second key rather than the line's start.
    Diagnostic inside = only(VALID.replace("y: {field: stories}", "y: {field: stories, field: year}"));
    assertThat(inside.text()).isEqualTo(Message.SPEC_DUPLICATE_KEY.format("\"field\""));
    assertThat(inside.line()).isEqualTo(5);
    assertThat(inside.column()).isEqualTo(21);
  }

  @Test
  void tabsInIndentationAreReportedWhereTheyAre() {
    Diagnostic d = only(VALID.replace("y: {field: stories}", "y:\n\tfield: stories"));
    assertThat(d.code()).isEqualTo(Message.SPEC_INVALID);
    assertThat(d.line()).isEqualTo(6);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.hint()).isEqualTo("indent with spaces, not tabs");
  }

  @Test
  void tagsAndAliasesAreRefused() {
    Diagnostic tag = only(VALID + "notes: !!javax.script.ScriptEngineManager [x]\n");
    assertThat(tag.code()).isEqualTo(Message.SPEC_YAML_FEATURE);
    assertThat(tag.line()).isEqualTo(7);
    List<Diagnostic> alias = errors(VALID.replace("title: A title", "title: &t A title") + "subtitle: *t\n");
    assertThat(alias).extracting(Diagnostic::code).containsOnly(Message.SPEC_YAML_FEATURE);
    assertThat(alias).extracting(Diagnostic::text).anyMatch(t -> t.contains("alias *t"));
    // As written, once each: a tag of YAML's own as !!str, an anchor on a mapping once.
    assertThat(only(VALID.replace("title: A title", "title: !!str A title")).text()).startsWith("tag !!str ");
    assertThat(only(VALID.replace("x: {field: year}", "x: &a {field: year}")).text()).startsWith("anchor &a ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside/secret.csv", "/etc/passwd", "file:///etc/passwd",
      "datasets/../../x", "https://example.org/data.csv", "ok.csv\\u0000.png"})
  void dataMustNameADatasetNeverAPath(String ref) {
    // A NUL in it is a control character as well: said too.
    Diagnostic d = errors(VALID.replace("data: kgb-planted-stories", "data: \"" + ref + "\"")).stream()
        .filter(e -> e.code() != Message.SPEC_CONTROL_CHARACTER).collect(java.util.stream.Collectors.toList()).get(0);
    assertThat(d.code()).isEqualTo(Message.SPEC_DATA_NOT_A_NAME);
    assertThat(d.line()).isEqualTo(3);
  }

  @Test
  void wrongTypeForANumberKey() {
    Diagnostic d = only(VALID + "size: {width: wide, height: 400}\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(d.text()).startsWith("size.width: \"wide\" is not a whole number");
  }

  @Test
  void lintRulesAreSilencedOnlyWithAReason() throws InputException {
    ChartSpec spec = load(VALID + "lint:\n  ignore:\n    CD104: the source gives no unit\n");
    assertThat(spec.silenced()).containsEntry("CD104", "the source gives no unit");
    Diagnostic d = only(VALID + "lint:\n  ignore:\n    CD104: \"\"\n");
    assertThat(d.code()).isEqualTo(Message.LINT_IGNORE_WITHOUT_REASON);
    assertThat(d.line()).isEqualTo(9);
  }

  @Test
  void themeIsABundledName() throws InputException {
    assertThat(load(VALID + "theme: dark\n").theme()).isEqualTo("dark");
    Diagnostic d = only(VALID + "theme: drak\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(d.hint()).contains("valid: house, dark, print").contains("did you mean \"dark\"?");
  }

  /**
   * A size given twice was dropped without a word, where the editor may have meant another; the
   * schema, which an editor's YAML support reads, has said so all along (uniqueItems).
   */
  @Test
  void aSizeGivenTwiceIsAnErrorAtTheSecond() throws InputException {
    assertThat(load(VALID + "sizes: [web, print]\n").sizes()).containsExactly("web", "print");
    Diagnostic d = only(VALID + "sizes: [web, phone, web]\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_GIVEN_TWICE);
    assertThat(d.text()).isEqualTo("sizes: \"web\" is given twice");
    assertThat(d.hint()).isEqualTo("remove it, or name the size meant: wide, social, print");
    assertThat(List.of(d.line(), d.column())).containsExactly(7, 21);
    Diagnostic block = only(VALID + "sizes:\n  - web\n  - web\n");
    assertThat(List.of(block.line(), block.column())).containsExactly(9, 5);
  }

  /** A value named twice in an order drew twice: a third lane, India's visits shown twice over. */
  @Test
  void aValueGivenTwiceInAnOrderIsAnErrorAtTheSecond() {
    Diagnostic d = only(VALID.replace("kind: column", "kind: line") + "color: {field: measure, order: [a, b, a]}\n");
    assertThat(d.code()).isEqualTo(Message.SPEC_GIVEN_TWICE);
    assertThat(d.text()).isEqualTo("color.order: \"a\" is given twice");
    assertThat(d.hint()).isEqualTo("name each value once, in the order meant");
    assertThat(List.of(d.line(), d.column())).containsExactly(7, 39);
  }

  @Test
  void annotationsAreReadWithTheirDatesAndCheckedKeyByKey() throws InputException {
    ChartSpec spec = load(VALID + "annotations:\n  - {kind: line, x: 1971, period: august, text: Treaty}\n"
        + "  - {kind: span, x: 1974, to: 1975, text: No figures}\n");
    assertThat(spec.annotations()).extracting(AnnotationSpec::kind).containsExactly("line", "span");
    assertThat(spec.annotations().get(0).period()).isEqualTo("august");
    assertThat(spec.annotations().get(1).to()).isEqualTo(1975);
    Diagnostic wrongKind = only(VALID + "annotations:\n  - {kind: arow, x: 1971, text: Treaty}\n");
    assertThat(wrongKind.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(wrongKind.line()).isEqualTo(8);
    Diagnostic notAYear = only(VALID + "annotations:\n  - {kind: line, x: \"1971\", text: Treaty}\n");
    assertThat(notAYear.text()).startsWith("annotations[0].x: \"1971\" is not a year");
  }

  @Test
  void aHighlightPicksOneThingAndNeedsNoText() throws InputException {
    ChartSpec spec = load(VALID + "annotations:\n  - {kind: highlight, series: diplomacy}\n"
        + "  - {kind: arrow, x: 1977, text: Fell}\n");
    assertThat(spec.annotations()).extracting(AnnotationSpec::series).containsExactly("diplomacy", null);
    Diagnostic two = only(VALID + "annotations:\n  - {kind: highlight, x: 1973, series: diplomacy}\n");
    assertThat(two.text()).contains("x, series and category together is not one thing to highlight");
    Diagnostic noText = only(VALID + "annotations:\n  - {kind: label, x: 1973}\n");
    assertThat(noText.code()).isEqualTo(Message.SPEC_MISSING_KEY);
  }

  @Test
  void splitByIsAFieldOrAMappingWithScalesAndNames() throws InputException {
    assertThat(load(VALID + "split_by: measure\n").split()).isEqualTo(new Split("measure", false, java.util.Map.of(), java.util.Map.of()));
    Split shared = load(VALID + "split_by: {field: measure, scales: shared, names: {a: A}}\n").split();
    assertThat(shared.shared()).isTrue();
    assertThat(shared.nameOf("a")).isEqualTo("A");
    Diagnostic scales = only(VALID + "split_by: {field: measure, scales: shard}\n");
    assertThat(scales.code()).isEqualTo(Message.SPEC_BAD_VALUE);
    assertThat(scales.line()).isEqualTo(7);
    assertThat(scales.hint()).contains("did you mean \"shared\"?");
  }

  @Test
  void aRangeChartCannotBeSplitNorATableShareScales() {
    Diagnostic range = only("""
        title: T
        kind: range
        data: leaders-in-office
        split_by: country
        source: S
        """);
    assertThat(range.code()).isEqualTo(Message.SPLIT_NOT_FOR_KIND);
    assertThat(range.line()).isEqualTo(4);
    assertThat(range.text()).contains("range charts: its marks come from a second dataset");
    Diagnostic table = only("""
        title: T
        kind: table
        data: leaders-in-office
        columns: [leader]
        split_by: {field: country, scales: shared}
        source: S
        """);
    assertThat(table.code()).isEqualTo(Message.SPLIT_NOT_FOR_KIND);
    assertThat(table.line()).isEqualTo(5);
  }

  @Test
  void unknownKindSuggestsTheClosest() {
    Diagnostic d = only(VALID.replace("kind: column", "kind: colum"));
    assertThat(d.code()).isEqualTo(Message.UNKNOWN_KIND);
    assertThat(d.hint()).contains("did you mean \"column\"?");
    assertThat(d.line()).isEqualTo(2);
  }
}
