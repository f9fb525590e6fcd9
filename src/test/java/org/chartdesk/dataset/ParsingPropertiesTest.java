package org.chartdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/**
 * Properties of the number, date and CSV parsers, each checked on thousands of generated inputs
 * plus the edge cases a generator rarely hits. Generation is seeded, so a failure repeats, and
 * every assertion names the input that broke it.
 */
class ParsingPropertiesTest {
  private static final int TRIES = 5_000;
  private static final String PATH = "datasets/p.csv";
  /** Characters that make number, date and CSV parsers stumble, with some that never should. */
  private static final String NASTY = "0123456789,.;:-+()eE%$\u20ac \u00a0\u202f\u2212\u2014\"'\t\r\n\u0000\u0001"
      + "aNnIifty/TZ\u00e9\u201c\u201d\ud83d\ude00\ud800";

  private final SplittableRandom random = new SplittableRandom(1_955);

  @Test
  void anyLongPrintedParsesBackEqual() {
    Field plain = field(FieldType.INTEGER, Notation.DEFAULT);
    Field grouped = field(FieldType.INTEGER, notation(',', '.', Set.of()));
    Field nbsp = field(FieldType.INTEGER, notation('\u00a0', '.', Set.of()));
    Field negatives = field(FieldType.INTEGER, notation(Notation.NO_GROUPING, '.', Set.of(NegativeForm.values())));
    for (long n : longs()) {
      String grouping = String.format(Locale.ROOT, "%,d", n);
      assertThat(Values.parse(plain, Long.toString(n))).as(Long.toString(n)).isEqualTo(n);
      assertThat(Values.parse(grouped, grouping)).as(grouping).isEqualTo(n);
      assertThat(Values.parse(nbsp, grouping.replace(',', '\u00a0'))).as(grouping).isEqualTo(n);
      if (n < 0 && n != Long.MIN_VALUE) {
        assertThat(Values.parse(negatives, "(" + -n + ")")).as("(%d)", -n).isEqualTo(n);
        assertThat(Values.parse(negatives, "\u2212" + -n)).as("\u2212%d", -n).isEqualTo(n);
      }
    }
  }

  @Test
  void anyFiniteDoublePrintedParsesBackEqual() {
    Field plain = field(FieldType.NUMBER, Notation.DEFAULT);
    Field decimalComma = field(FieldType.NUMBER, notation('.', ',', Set.of()));
    for (double d : doubles()) {
      String text = Double.toString(d);
      String exact = new BigDecimal(d).toPlainString();
      assertThat(Values.parse(plain, text)).as(text).isEqualTo(d);
      if (d != 0) {
        // BigDecimal has no negative zero.
        assertThat(Values.parse(plain, exact)).as(exact).isEqualTo(d);
      }
      assertThat(Values.parse(decimalComma, text.replace('.', ','))).as(text).isEqualTo(d);
    }
  }

  /**
   * Numbers are read by a faster parser than the JDK's: any decimal text reads as the same double
   * as Double.parseDouble gives, to the bit, long significands, many decimals and exponents near
   * the edges of the range included.
   */
  @Test
  void anyDecimalTextReadsAsTheJdkReadsIt() {
    Field plain = field(FieldType.NUMBER, Notation.DEFAULT);
    for (int i = 0; i < TRIES * 20; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
      sb.append(1 + random.nextInt(9)).append(text("0123456789", random.nextInt(4) == 0 ? 25 : 18));
      if (random.nextBoolean()) {
        sb.append('.').append(text("0123456789", 1 + random.nextInt(22)));
      }
      if (random.nextInt(4) == 0) {
        sb.append('e').append(random.nextInt(-360, 330));
      }
      String text = sb.toString();
      double jdk = Double.parseDouble(text);
      if (Double.isInfinite(jdk) || jdk == 0) {
        continue; // out of range: a failure, not a value
      }
      assertThat(Values.parse(plain, text)).as(text).isEqualTo(jdk);
    }
  }

  @Test
  void anyTextWithACommaIsRejectedWhereNoSeparatorIsDeclared() {
    Field integer = field(FieldType.INTEGER, Notation.DEFAULT);
    Field number = field(FieldType.NUMBER, Notation.DEFAULT);
    for (int i = 0; i < TRIES; i++) {
      StringBuilder sb = new StringBuilder(text("0123456789,.- e", 12));
      sb.insert(random.nextInt(sb.length() + 1), ',');
      String text = sb.toString();
      for (Field f : List.of(integer, number)) {
        assertThat(Values.parse(f, text)).as("%s as %s", show(text), f.type()).isNull();
        assertThat(Values.explain(f, text).code()).as(show(text)).isNotNull();
      }
    }
  }

  @Test
  void anyTextIsAValueOfItsTypeOrARejectionNeverAnException() {
    List<Field> fields = new ArrayList<>();
    for (FieldType type : FieldType.values()) {
      fields.add(field(type, Notation.DEFAULT));
    }
    fields.add(field(FieldType.NUMBER, notation('.', ',', Set.of(NegativeForm.values()))));
    fields.add(field(FieldType.INTEGER, notation(' ', '.', Set.of(NegativeForm.PARENTHESES))));
    fields.add(field(FieldType.DATE, new Notation(List.of(""), Notation.NO_GROUPING, '.', Set.of(),
        DatePattern.compile("%-d %B %Y"), List.of("yes"), List.of("no"))));
    for (int i = 0; i < TRIES; i++) {
      String text = text(NASTY, 10);
      for (Field f : fields) {
        assertThatCode(() -> {
          Object value = Values.parse(f, text);
          if (value == null) {
            Diagnostic d = Values.explain(f, text).at(PATH, 2, 1);
            assertThat(d.text()).isNotBlank();
          } else {
            assertThat(value).isInstanceOf(javaType(f.type()));
          }
        }).as("%s as %s", show(text), f.type()).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void anyDateOfTheCalendarRoundTripsThroughItsPattern() {
    long first = LocalDate.of(0, 1, 1).toEpochDay();
    long last = LocalDate.of(9999, 12, 31).toEpochDay();
    List<Pattern> patterns = List.of(
        new Pattern("%Y-%m-%d", "uuuu-MM-dd"), new Pattern("%d/%m/%Y", "dd/MM/uuuu"),
        new Pattern("%m/%d/%Y", "MM/dd/uuuu"), new Pattern("%-d %B %Y", "d MMMM uuuu"),
        new Pattern("%b %-d, %Y", "MMM d, uuuu"), new Pattern("%Y%m%d", "uuuuMMdd"));
    for (int i = 0; i < TRIES; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
      for (Pattern p : patterns) {
        String text = p.java().format(date);
        assertThat(DatePattern.compile(p.declared()).parse(text)).as("%s as %s", text, p.declared()).isEqualTo(date);
      }
    }
  }

  @Test
  void anyBytesLoadOrReportButNeverThrow() {
    List<Field> fields = List.of(field("a", FieldType.STRING), field("b", FieldType.INTEGER));
    String[] pieces = {"a,b\n", "a,b\r\n", "1", "-2", ",", ";", "\"", "\"\"", "\n", "\r", "\r\n", " ", "x", "3,789",
        "\u00ef\u00bb\u00bf", "\u201c", "\u0000", "\u00e9", "\ud83d\ude00"};
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = random.nextInt(4) == 0 ? randomBytes() : pieces(pieces);
      List<Diagnostic> diagnostics = new ArrayList<>();
      List<Row>[] rows = new List[1];
      assertThatCode(() -> rows[0] = new CsvLoader(PATH, "p", fields, Dialect.DEFAULT, diagnostics).load(bytes))
          .as(hex(bytes)).doesNotThrowAnyException();
      long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
      assertThat(errors).as(hex(bytes)).isEqualTo(rows[0] == null ? Math.max(errors, 1) : 0)
          .isLessThanOrEqualTo(CsvLoader.MAX_ERRORS_PER_FILE + 1);
      assertThat(diagnostics).as(hex(bytes))
          .allSatisfy(d -> assertThat(d.file()).isEqualTo(PATH))
          .allSatisfy(d -> assertThat(d.line()).isNotNegative())
          .allSatisfy(d -> assertThat(d.column()).isNotNegative());
    }
  }

  @Test
  void anyTableWrittenAsCsvReadsBackItsTextAndPhysicalLines() {
    for (int i = 0; i < TRIES / 5; i++) {
      int columns = 1 + random.nextInt(4);
      List<Field> fields = new ArrayList<>();
      StringBuilder csv = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        fields.add(field("c" + c, FieldType.STRING));
        csv.append(c == 0 ? "" : ",").append("c").append(c);
      }
      csv.append(lineEnd());
      int line = 2;
      List<List<String>> expected = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      for (int r = random.nextInt(1, 20); r > 0; r--) {
        List<String> values = new ArrayList<>();
        lines.add(line);
        for (int c = 0; c < columns; c++) {
          String value = text("ab ,\"\n\r\u00e9\ud83d\ude00=-1", 6);
          values.add(value.isEmpty() ? null : value);
          csv.append(c == 0 ? "" : ",").append(quoted(value));
          line += lineEnds(value);
        }
        csv.append(lineEnd());
        line++;
        expected.add(values);
      }
      List<Diagnostic> diagnostics = new ArrayList<>();
      List<Row> rows = new CsvLoader(PATH, "p", fields, Dialect.DEFAULT, diagnostics)
          .load(csv.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(diagnostics).as(show(csv.toString())).isEmpty();
      assertThat(rows.stream().map(row -> Arrays.asList(row.values())).toList()).as(show(csv.toString()))
          .isEqualTo(expected);
      assertThat(rows.stream().map(Row::line).toList()).as(show(csv.toString())).isEqualTo(lines);
    }
  }

  /**
   * A text column's longest value and whether a value may contain some text are told from the
   * column as stored, without making its values: as the values, made one by one, tell it.
   */
  @Test
  void aTextColumnTellsItsLongestValueAndWhatItMayContainAsItsValuesDo() {
    List<Field> fields = List.of(field("t", FieldType.STRING), field("n", FieldType.INTEGER));
    for (int i = 0; i < TRIES / 5; i++) {
      StringBuilder csv = new StringBuilder("t,n\n");
      for (int r = random.nextInt(1, 30); r > 0; r--) {
        csv.append(quoted(text(random.nextInt(6) == 0 ? "ab:/\n" : "ab:/ h", 12))).append(",1\n");
      }
      List<Row> rows = new CsvLoader(PATH, "p", fields, Dialect.DEFAULT, new ArrayList<>())
          .load(csv.toString().getBytes(StandardCharsets.US_ASCII));
      Dataset d = new Dataset("p", "p", "", PATH, fields, rows, "0");
      List<String> values = rows.stream().map(row -> (String) row.values()[0]).map(v -> v == null ? "" : v).toList();
      int longest = d.longestText(0);
      if (values.stream().noneMatch(v -> v.contains("\n"))) {
        assertThat(longest).as(show(csv.toString())).isEqualTo(values.stream().mapToInt(String::length).max().orElse(0));
      } else {
        assertThat(longest).as(show(csv.toString())).isEqualTo(-1);
      }
      if (!d.textMayContain(0, "://")) {
        assertThat(values).as(show(csv.toString())).noneMatch(v -> v.contains("://"));
      }
      assertThat(d.longestText(1)).isEqualTo(-1);
      assertThat(d.textMayContain(1, "1")).isTrue();
    }
  }

  /**
   * A cell read as a number without making its value (a chart's x over a million rows) answers as
   * the value made does, for every type of column, missing values included, whether the rows are
   * kept as columns (loaded) or as rows (made by a transform).
   */
  @Test
  void aCellReadAsANumberAnswersAsItsValueDoes() {
    List<Field> fields = List.of(field("i", FieldType.INTEGER), field("y", FieldType.YEAR),
        field("n", FieldType.NUMBER), field("t", FieldType.STRING));
    for (int i = 0; i < TRIES / 5; i++) {
      StringBuilder csv = new StringBuilder("i,y,n,t\n");
      for (int r = random.nextInt(1, 30); r > 0; r--) {
        csv.append(random.nextInt(4) == 0 ? "" : Long.toString(random.nextLong() >> random.nextInt(64))).append(',')
            .append(random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(1000, 3000))).append(',')
            .append(random.nextInt(4) == 0 ? "" : Double.toString(random.nextDouble(-1e6, 1e6))).append(',')
            .append(random.nextInt(4) == 0 ? "" : "x").append('\n');
      }
      List<Row> rows = new CsvLoader(PATH, "p", fields, Dialect.DEFAULT, new ArrayList<>())
          .load(csv.toString().getBytes(StandardCharsets.US_ASCII));
      assertThat(rows).as(show(csv.toString())).isNotNull();
      for (List<Row> kept : List.of(rows, List.copyOf(rows))) {
        Dataset d = new Dataset("p", "p", "", PATH, fields, kept, "0");
        for (int r = 0; r < kept.size(); r++) {
          for (int c = 0; c < fields.size(); c++) {
            Object v = kept.get(r).values()[c];
            assertThat(d.isNumber(r, c)).as(show(csv.toString())).isEqualTo(v instanceof Number);
            if (v instanceof Number n) {
              assertThat(d.longValue(r, c)).as(show(csv.toString())).isEqualTo(n.longValue());
            }
          }
        }
      }
    }
  }

  /** A quote inside an unquoted value is text: the record after it is where a syntax error is looked for. */
  @Test
  void aSyntaxErrorAfterAQuoteInsideAnUnquotedValueIsLocatedInItsField() {
    List<Field> fields = List.of(field("a", FieldType.STRING), field("b", FieldType.INTEGER));
    byte[] bytes = "a,b\nx\"y,1\n\"open,2\n\"q\",3\n".getBytes(StandardCharsets.US_ASCII);
    List<Diagnostic> diagnostics = new ArrayList<>();
    assertThat(new CsvLoader(PATH, "p", fields, Dialect.DEFAULT, diagnostics).load(bytes)).isNull();
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(org.chartdesk.diagnostics.Message.TEXT_AFTER_QUOTE);
      assertThat(d.line()).isEqualTo(4);
      assertThat(d.column()).isEqualTo(1);
      assertThat(d.text()).startsWith("column \"a\": \"q");
    });
  }

  // -- Generators.

  private record Pattern(String declared, DateTimeFormatter java) {
    Pattern(String declared, String java) {
      this(declared, DateTimeFormatter.ofPattern(java, Locale.ENGLISH));
    }
  }

  private long[] longs() {
    LongStream edges = LongStream.of(0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    LongStream random = LongStream.generate(() -> this.random.nextLong() >> this.random.nextInt(64)).limit(TRIES);
    return LongStream.concat(edges, random).toArray();
  }

  private double[] doubles() {
    double[] edges = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-5, 1e21, 123456.789, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Math.ulp(1.0), 4.35, 1e308};
    double[] all = new double[edges.length + TRIES];
    System.arraycopy(edges, 0, all, 0, edges.length);
    for (int i = edges.length; i < all.length; i++) {
      double d;
      do {
        d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 12));
      } while (!Double.isFinite(d));
      all[i] = d;
    }
    return all;
  }

  /** Up to maxLength code points of the alphabet (a lone surrogate in it stays one). */
  private String text(String alphabet, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
      sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return sb.toString();
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(64)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private byte[] pieces(String[] pieces) {
    StringBuilder sb = new StringBuilder(random.nextInt(3) == 0 ? "" : "a,b\n");
    for (int n = random.nextInt(40); n > 0; n--) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    // Decoded as Latin-1 then encoded as UTF-8, "\u00ef\u00bb\u00bf" becomes a BOM's bytes mid-file.
    return sb.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  private String lineEnd() {
    return List.of("\n", "\r\n", "\r").get(random.nextInt(3));
  }

  private static String quoted(String value) {
    boolean quote = value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  /** Line ends in a value, CRLF counted once, as the loader counts physical lines. */
  private static int lineEnds(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
  }

  /** Text for a failure message: every character that is not visible ASCII as a Java escape. */
  private static String show(String text) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      sb.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return sb.append('"').toString();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder("bytes");
    for (byte b : bytes) {
      sb.append(String.format(Locale.ROOT, " %02x", b & 0xff));
    }
    return sb.toString();
  }

  private static Class<?> javaType(FieldType type) {
    return switch (type) {
      case STRING -> String.class;
      case INTEGER, YEAR -> Long.class;
      case NUMBER -> Double.class;
      case DATE -> LocalDate.class;
      case DATETIME -> java.time.LocalDateTime.class;
      case BOOLEAN -> Boolean.class;
    };
  }

  private static Notation notation(char group, char decimal, Set<NegativeForm> negatives) {
    Notation d = Notation.DEFAULT;
    return new Notation(d.missingValues(), group, decimal, negatives, d.datePattern(), d.trueValues(),
        d.falseValues());
  }

  private static Field field(FieldType type, Notation notation) {
    return new Field("f", type, null, "", null, false, List.of(), false, notation);
  }

  private static Field field(String name, FieldType type) {
    return new Field(name, type, null, "", null, false, List.of(), false);
  }
}
