package org.chartdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/** Quotes against a small source of the same shape as the shipped article (see the fixture). */
class CitationCheckTest {
  static final Path FIXTURE = Path.of("src/test/resources/citations");
  static final String SOURCE = "datasets/sources/article.txt";
  static final String CSV = "datasets/articles.csv";

  @Test
  void exactQuoteWithItsNumbersVerifies() {
    assertThat(check(row(1976L, 1980L, "Articles declined from 1,980 stories in 1976 to 411 in 1977."))).isEmpty();
  }

  @Test
  void whitespaceAndTypographicQuotesAreNormalised() {
    // The source has curly quotes where the quote has straight ones, and the other way round.
    assertThat(check(
        row(null, null, "The minister said,  \"We can count on\n your help.\""),
        row(null, null, "The bureau\u2019s influence was diminished however."))).isEmpty();
  }

  @Test
  void linkGlossesAreSkippedAfterTheLinkWords() {
    assertThat(check(
        row(null, null, "Alpha and Beta had friendly relations."),
        row(null, 3789L, "placed over 3,789 articles in the press of Alpha alone."),
        row(1970L, null, "The politician Gamma Leader visited Alpha in the late 1970s."))).isEmpty();
  }

  @Test
  void aQuoteMayLieInsideAGloss() {
    assertThat(check(row(1930L, 1950L,
        "Gamma Q. Leader (1 May 1901 \u2013 2 June 1975) was a politician who led Gamma from 1930 to 1950"))).isEmpty();
  }

  @Test
  void onlyALineEnteredAtItsStartMayBeCut() {
    // "In 1973 ... articles in the" starts mid-line, so the match cannot leave it before its end.
    List<Diagnostic> d = check(row(null, null, "In 1973 the agency placed over 3,789 articles of Alpha alone."));
    assertThat(d).extracting(Diagnostic::code).containsExactly(Message.CITATION_NOT_FOUND);
  }

  @Test
  void partsJoinedByAnEllipsisAreFoundInOrder() {
    assertThat(check(row(1976L, 3789L,
        "In 1973 the agency placed over 3,789 articles \u2026 Articles declined from 1,980 stories in 1976"))).isEmpty();
    List<Diagnostic> reversed = check(row(null, null,
        "Articles declined from 1,980 stories in 1976 \u2026 the agency placed over 3,789 articles"));
    assertThat(reversed).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo(Message.CITATION_PART_NOT_FOUND.format(2, 2, SOURCE,
          Message.quote("the agency placed over 3,789 articles")));
      assertThat(x.hint()).contains("must appear in the order quoted");
    });
  }

  @Test
  void aNumberTheQuoteDoesNotStateFailsAtItsRow() {
    List<Diagnostic> d = check(
        row(1973L, 3789L, "In 1973 the agency placed over 3,789 articles in the"),
        row(1973L, 3788L, "In 1973 the agency placed over 3,789 articles in the"));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.text()).isEqualTo(Message.CITATION_NUMBER_MISSING.format("\"stories\"", "3788"));
      assertThat(x.format()).startsWith(CSV + ":3:3: error: ");
      assertThat(x.hint()).isEqualTo("numbers in the quote: 1973, 3,789");
    });
  }

  @Test
  void aQuoteNotInTheSourceShowsTheClosestPassage() {
    String quote = "In 1973 the agency placed over 3,789 articles in Beta.";
    List<Diagnostic> d = check(row(1973L, 3789L, quote));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo(Message.CITATION_NOT_FOUND.format(SOURCE, Message.quote(quote)));
      assertThat(x.format()).startsWith(CSV + ":2:3: error: ");
      assertThat(x.hint()).startsWith("closest passage, " + SOURCE + " line 7:\n\"In 1973 the agency placed over"
          + " 3,789 articles in the press Press is the collective");
      assertThat(x.hint().lines().skip(1).findFirst().orElseThrow().length()).isLessThanOrEqualTo(
          CitationCheck.HINT_CHARS + 8);
    });
  }

  @Test
  void wordsMatchWholeNotInsideLongerWords() {
    assertThat(check(row(null, null, "from 1930 to 195"))).extracting(Diagnostic::code)
        .containsExactly(Message.CITATION_NOT_FOUND);
  }

  @Test
  void aMissingTextCopyIsAWarningNotAnError(@org.junit.jupiter.api.io.TempDir Path empty) {
    List<Diagnostic> d = CitationCheck.check(story(List.<Object[]>of(row(1973L, 1L, "not checked"))), empty);
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.file()).isEqualTo(StoryLoader.DESCRIPTOR);
      assertThat(x.text()).isEqualTo(Message.CITATIONS_NOT_VERIFIED.format("source \"article\"",
          "its text copy \"" + SOURCE + "\" is refused: it does not exist or is not a file"));
    });
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"../outside.txt", "/etc/passwd", "file:///etc/passwd",
      "sources/../../x.txt", "a\u0000b.txt", " "})
  void aTextCopyOutsideTheDatasetsFolderIsRefused(String reference, @org.junit.jupiter.api.io.TempDir Path project)
      throws java.io.IOException {
    java.nio.file.Files.createDirectories(project.resolve("datasets"));
    java.nio.file.Files.writeString(project.resolve("outside.txt"), "text");
    String[] why = new String[1];
    assertThat(org.chartdesk.dataset.ProjectPaths.inside(project.resolve("datasets"), reference, why)).isEmpty();
    assertThat(why[0]).isNotBlank();
  }

  @Test
  void aLinkThatLeadsOutsideIsRefused(@org.junit.jupiter.api.io.TempDir Path project) throws java.io.IOException {
    java.nio.file.Path datasets = java.nio.file.Files.createDirectories(project.resolve("datasets"));
    java.nio.file.Path secret = java.nio.file.Files.writeString(project.resolve("secret.txt"), "text");
    java.nio.file.Files.createSymbolicLink(datasets.resolve("link.txt"), secret);
    String[] why = new String[1];
    assertThat(org.chartdesk.dataset.ProjectPaths.inside(datasets, "link.txt", why)).isEmpty();
    assertThat(why[0]).isEqualTo("it is a link that leads outside the folder");
    java.nio.file.Files.writeString(datasets.resolve("inside.txt"), "text");
    assertThat(org.chartdesk.dataset.ProjectPaths.inside(datasets, "inside.txt", why)).isPresent();
  }

  @Test
  void quoteNumbersDropSeparatorsAndSuffixes() {
    assertThat(QuoteNumbers.written("over 3,789 in the late 1970s, 2.5 times, 1955, and")).containsExactly(
        "3,789", "1970", "2.5", "1955");
    assertThat(QuoteNumbers.contains("over 3,789 articles", 3789L)).isTrue();
    assertThat(QuoteNumbers.contains("over 3,789 articles", 3788L)).isFalse();
    assertThat(QuoteNumbers.contains("in the late 1970s", 1970L)).isTrue();
    assertThat(QuoteNumbers.contains("2.50 times", 2.5)).isTrue();
  }

  @Test
  void everyShippedQuoteVerifiesQuickly() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    assumeTrue(Files.isRegularFile(project.resolve("datasets/sources/india-soviet-union-relations.txt")));
    Story story = new StoryLoader(project).load();
    assertThat(CitationCheck.check(story, project)).isEmpty();
    long start = System.nanoTime();
    CitationCheck.check(story, project);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(ms).as("milliseconds for every shipped quote").isLessThan(100);
  }

  // ---- fixtures ----

  private static Object[] row(Long year, Long stories, String quote) {
    return new Object[] {year, stories, quote};
  }

  private static List<Diagnostic> check(Object[]... rows) {
    return CitationCheck.check(story(List.of(rows)), FIXTURE);
  }

  private static Story story(List<Object[]> values) {
    List<Field> fields = List.of(
        new Field("year", FieldType.YEAR, null, "", null, false, List.of(), false),
        new Field("stories", FieldType.INTEGER, null, "", "articles", false, List.of(), false),
        new Field("source_quote", FieldType.STRING, null, "", null, true, List.of(), true));
    List<Row> rows = new ArrayList<>();
    for (Object[] v : values) {
      rows.add(new Row(rows.size() + 2, v));
    }
    Dataset d = new Dataset("articles", "Articles", "", CSV, fields, rows, "0");
    return new Story("test", "Test", "", "", "", List.of(new Source("article", "Article", "https://example.org",
        "sources/article.txt")), List.of(d));
  }
}
