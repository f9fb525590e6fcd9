package org.chartdesk.dataset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/**
 * Reads one CSV strictly against its declared fields. Every problem becomes a diagnostic located by
 * physical line and 1-based column index; nothing is guessed, coerced or silently dropped. All
 * problems of a file come in one pass, up to {@link #MAX_ERRORS_PER_FILE}. A file beyond a worksheet's
 * {@link SheetLimits} is an error here, before the workbook is written.
 */
final class CsvLoader {
  static final int MAX_ERRORS_PER_FILE = 20;

  /** Delimiters a header may turn out to use when it reads as one column. */
  private static final String LIKELY_DELIMITERS = ",;\t|";
  private static final String CURLY_QUOTES = "\u201C\u201D\u201E";

  private final String path;
  private final String resource;
  private final List<Field> fields;
  private final Dialect dialect;
  private final List<Diagnostic> diagnostics;
  private int errors;
  private boolean stopped;
  /** The file's line ends (LF, CRLF, a lone CR), counted by {@link #scan}. */
  private int lineEnds;

  /**
   * @param path the CSV path as the user sees it, for messages
   * @param resource the resource name, for messages
   */
  CsvLoader(String path, String resource, List<Field> fields, Dialect dialect, List<Diagnostic> diagnostics) {
    this.path = path;
    this.resource = resource;
    this.fields = fields;
    this.dialect = dialect;
    this.diagnostics = diagnostics;
  }

  /**
   * What a spreadsheet saved under a .csv name is, from its first bytes: read as text it gave an
   * invalid UTF-8 error, and the hint to declare windows-1252 then failed too.
   */
  private static String container(byte[] bytes) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return "a zip file (an Excel .xlsx or OpenDocument .ods workbook)";
    }
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
        && (bytes[3] & 0xff) == 0xE0) {
      return "an Excel 97-2003 .xls workbook";
    }
    // An Excel "XML Spreadsheet 2003" or a web page saved under a .csv name: markup, not rows.
    String start = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replaceFirst("^\uFEFF|^\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (start.startsWith("<?xml")) {
      return "an XML file (an Excel XML spreadsheet, perhaps)";
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return "a web page";
    }
    return null;
  }

  /** Parses the bytes; returns the typed rows, or null when the file has an error. */
  List<Row> load(byte[] bytes) {
    if (bytes.length == 0) {
      report(Message.FILE_EMPTY.error(path, 0, 0, null));
      return null;
    }
    String container = container(bytes);
    if (container != null) {
      report(Message.NOT_TEXT.error(path, 0, 0, "export it from the spreadsheet program as CSV (UTF-8)", container));
      return null;
    }
    CharSequence text = decode(bytes);
    if (text == null) {
      return null;
    }
    CsvRecords csv = new CsvRecords(text, dialect.delimiter());
    List<String> header = readHeader(csv);
    // Records never outnumber the lines, so this bounds the rows before any is read.
    int lines = lineEnds + 1;
    if (header == null || tooManyRows(text, lines)) {
      return null;
    }
    Columns rows = readRows(csv, header, lines);
    if (!stopped && csv.blankLines() > 0) {
      report(Message.BLANK_LINES.warning(path, csv.firstBlankLine(), 0,
          "blank lines often come before footnotes; remove them", csv.blankLines()));
    }
    if (errors > 0) {
      return null;
    }
    if (rows.isEmpty()) {
      report(Message.NO_DATA_ROWS.error(path, 0, 0, null));
      return null;
    }
    return rows;
  }

  private CharSequence decode(byte[] bytes) {
    String wide = wideEncoding(bytes);
    if (wide != null) {
      report(Message.WRONG_ENCODING.error(path, 0, 0, "in Excel: Save As, \"CSV UTF-8\"", wide));
      return null;
    }
    boolean utf8 = dialect.encoding().equals(StandardCharsets.UTF_8);
    int start = utf8 && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (scan(bytes, start)) {
      // Both encodings read ASCII as itself, so the bytes are the text: a large file is not copied.
      return new AsciiText(bytes, start);
    }
    CharsetDecoder decoder = dialect.encoding().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // Both encodings take at least one byte per char, so the buffer cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      return out.flip().toString();
    }
    int offset = in.position();
    int line = AsciiText.lineEnds(bytes, 0, offset, bytes.length) + 1;
    if (utf8) {
      int[] field = fieldAt(bytes, offset);
      String name = field[0] <= fields.size() ? Message.quote(fields.get(field[0] - 1).name()) : "#" + field[0];
      report(Message.INVALID_UTF8.error(path, line, field[0], "save the file as UTF-8, or declare \"encoding\": "
          + "\"windows-1252\" on the resource if a Windows program wrote it", name,
          Message.quote(escaped(bytes, field[1], field[2])), String.format(java.util.Locale.ROOT, "0x%02X",
              bytes[offset] & 0xff), offset));
    } else {
      report(Message.UNDEFINED_BYTE.error(path, line, 0, "check the resource's \"encoding\"",
          bytes[offset] & 0xff, offset, dialect.encoding().name()));
    }
    return null;
  }

  /**
   * The field of its line that byte {@code offset} is in: its number from 1, and where its bytes
   * start and end (quotes counted, so a delimiter inside quotes separates nothing).
   */
  private int[] fieldAt(byte[] bytes, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    int number = 1;
    int start = lineStart;
    boolean quoted = false;
    for (int i = lineStart; i < offset; i++) {
      if (bytes[i] == '"') {
        quoted = !quoted;
      } else if (!quoted && bytes[i] == dialect.delimiter()) {
        number++;
        start = i + 1;
      }
    }
    int end = offset;
    while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r'
        && (quoted || bytes[end] != dialect.delimiter())) {
      end++;
    }
    return new int[] {number, start, Math.min(end, start + 80)};
  }

  /** Bytes as text for a message: printable ASCII as it is, every other byte as U+FFFD, as an editor shows it. */
  private static String escaped(byte[] bytes, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      int c = bytes[i] & 0xff;
      b.append(c >= 0x20 && c < 0x7f ? (char) c : '\uFFFD');
    }
    return b.toString();
  }

  /**
   * One pass over the bytes from {@code start}, the first over a file that may be large: counts its
   * line ends into {@link #lineEnds} and says whether every byte is ASCII. In both encodings a
   * CR or LF byte is only ever that character, so the bytes' line ends are the text's.
   */
  private boolean scan(byte[] bytes, int start) {
    int ends = 0;
    int negative = 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      negative |= b;
      ends += b == '\n' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) ? 1 : 0;
    }
    lineEnds = ends;
    return negative >= 0;
  }

  /** The name of a UTF-16 or UTF-32 encoding the bytes start in, by BOM or by NUL bytes; else null. */
  private static String wideEncoding(byte[] b) {
    if (startsWith(b, 0xFF, 0xFE, 0, 0)) {
      return "UTF-32LE";
    }
    if (startsWith(b, 0, 0, 0xFE, 0xFF)) {
      return "UTF-32BE";
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return "UTF-16LE";
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return "UTF-16BE";
    }
    // Text of UTF-16 without a BOM starts with an ASCII character beside a NUL byte.
    if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) {
      return b[0] == 0 ? "UTF-16BE" : "UTF-16LE";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads and checks the header; returns the column names, trimmed, or null on any error. */
  private List<String> readHeader(CsvRecords csv) {
    boolean found = csv.next();
    if (!found && csv.problem() != CsvRecords.Problem.NONE) {
      reportSyntax(csv, List.of());
      return null;
    }
    if (!found || (csv.size() == 1 && csv.field(0).isBlank())) {
      report(Message.NO_HEADER.error(path, found ? csv.line() : 1, 0,
          "the first line names the columns: " + declaredNames()));
      return null;
    }
    int line = csv.line();
    if (csv.size() > SheetLimits.COLUMNS) {
      report(Message.TOO_MANY_COLUMNS.error(path, line, 0, null, csv.size(), SheetLimits.COLUMNS));
      return null;
    }
    if (csv.size() == 1 && fields.size() > 1 && wrongDelimiter(csv.field(0), line)) {
      return null;
    }
    List<String> names = new ArrayList<>(csv.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < csv.size(); i++) {
      String raw = csv.field(i);
      String name = raw.strip();
      names.add(name);
      if (name.length() > SheetLimits.CELL_CHARS) {
        // The header row is a row of cells too.
        report(Message.COLUMN_NAME_TOO_LONG.error(path, line, i + 1, "name the column in a few words; describe "
            + "it in the descriptor's \"description\"", i + 1, name.length(), SheetLimits.CELL_CHARS));
        continue;
      }
      if (name.isEmpty()) {
        boolean last = i == csv.size() - 1 && i > 0;
        report(Message.UNNAMED_COLUMN.error(path, line, i + 1, last
            ? "does every line end with " + Values.describe(dialect.delimiter()) + "? That makes an extra column"
            : "name every column as the descriptor declares it", i + 1));
        continue;
      }
      if (!name.equals(raw)) {
        report(Message.PADDED_COLUMN_NAME.warning(path, line, i + 1, "read as " + Message.quote(name),
            Message.quote(raw)));
      }
      Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (first != null) {
        report(Message.DUPLICATE_COLUMN.error(path, line, i + 1,
            "names are compared ignoring case and surrounding spaces, as chart specs refer to columns by name",
            Message.quote(name), first + 1, Message.quote(names.get(first))));
      }
    }
    return errors == 0 && matchesSchema(names, line) ? names : null;
  }

  /** A header read as one column that holds another likely delimiter: the dialect is wrong. */
  private boolean wrongDelimiter(String header, int line) {
    for (char c : LIKELY_DELIMITERS.toCharArray()) {
      if (c != dialect.delimiter() && header.indexOf(c) >= 0) {
        report(Message.WRONG_DELIMITER.error(path, line, 0, "declare \"dialect\": {\"delimiter\": " + Values.json(c)
            + "} on the resource in " + StoryLoader.DESCRIPTOR, Message.quote(header), Values.describe(c),
            Values.describe(dialect.delimiter())));
        return true;
      }
    }
    return false;
  }

  private boolean matchesSchema(List<String> header, int line) {
    Map<String, Integer> declared = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      declared.put(fields.get(i).name(), i);
    }
    for (int i = 0; i < header.size(); i++) {
      Integer at = declared.get(header.get(i));
      if (at == null) {
        report(Message.UNKNOWN_COLUMN.error(path, line, i + 1, "declared columns, in order: " + declaredNames(),
            Message.quote(header.get(i)), Message.quote(resource)));
      } else if (at != i) {
        report(Message.COLUMN_ORDER.error(path, line, i + 1, "columns must appear in the order the descriptor "
            + "declares them", Message.quote(header.get(i)), i + 1, at + 1));
      }
    }
    Set<String> present = new HashSet<>(header);
    for (Field f : fields) {
      if (!present.contains(f.name())) {
        report(Message.MISSING_COLUMN.error(path, line, 0, null, Message.quote(f.name())));
      }
    }
    return errors == 0;
  }

  private String declaredNames() {
    List<String> names = fields.stream().map(Field::name).limit(20).toList();
    return String.join(", ", names) + (fields.size() > names.size() ? ", ..." : "");
  }

  /**
   * Counts records before any is typed, so a file beyond the worksheet's rows fails at once. Only
   * text with more lines than the limit is parsed to count.
   */
  private boolean tooManyRows(CharSequence text, int lines) {
    if (lines <= SheetLimits.DATA_ROWS + 1) {
      return false;
    }
    CsvRecords counter = new CsvRecords(text, dialect.delimiter());
    for (int records = 0; counter.next(); ) {
      if (++records > SheetLimits.DATA_ROWS + 1) {
        report(Message.TOO_MANY_ROWS.error(path, counter.line(), 0,
            "aggregate the data (by day, month, ...) before it is charted", SheetLimits.DATA_ROWS));
        return true;
      }
    }
    return false;
  }

  private Columns readRows(CsvRecords csv, List<String> header, int lines) {
    int columns = header.size();
    Columns.Builder rows = new Columns.Builder(fields, lines);
    while (!stopped && csv.next()) {
      if (csv.size() != columns) {
        reportRagged(csv, columns);
        continue;
      }
      // A record in a method of its own: the JIT compiles it quickly, not the loop over a million.
      rows.add(csv.line(), record(csv, columns));
    }
    // Commons CSV cannot read past a syntax error: it ends the file's records.
    if (csv.problem() != CsvRecords.Problem.NONE) {
      reportSyntax(csv, header);
    }
    return rows.build();
  }

  private Object[] record(CsvRecords csv, int columns) {
    Object[] values = new Object[columns];
    for (int i = 0; i < columns && !stopped; i++) {
      values[i] = cell(fields.get(i), csv.field(i), csv.line(), i + 1);
    }
    if (values[0] instanceof String first && Values.isFootnote(first) && othersEmpty(values)) {
      // A typed first column says so as a bad value; a text one would take the note as a row.
      report(Message.FOOTNOTE_ROW.error(path, csv.line(), 1,
          "sources and notes belong in the descriptor (its sources, the dataset's description), not in data rows",
          Message.quote(fields.get(0).name()), Message.quote(first)));
    }
    return values;
  }

  private static boolean othersEmpty(Object[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] != null) {
        return false;
      }
    }
    return values.length > 1;
  }

  private Object cell(Field field, String raw, int line, int column) {
    if (raw.length() > SheetLimits.CELL_CHARS) {
      report(Message.FIELD_TOO_LONG.error(path, line, column, "shorten it or leave it out of the dataset",
          Message.quote(field.name()), Message.quote(raw), raw.length(), SheetLimits.CELL_CHARS));
      return null;
    }
    int control = CellText.firstControlCharacter(raw);
    if (control >= 0) {
      report(Message.CONTROL_CHARACTER.error(path, line, column,
          "remove it: a spreadsheet cannot store it and would show \"?\"", Message.quote(field.name()),
          Message.quote(raw), Values.describe(raw.charAt(control))));
      return null;
    }
    if (field.notation().isMissing(raw)) {
      if (field.required()) {
        report(Message.REQUIRED_VALUE.error(path, line, column, null, Message.quote(field.name())));
      }
      return null;
    }
    if (!field.allowed().isEmpty() && !field.allowed().contains(raw)) {
      report(Message.NOT_IN_ENUM.error(path, line, column,
          "allowed: " + String.join(", ", field.allowed().stream().filter(s -> !s.isEmpty()).toList()),
          Message.quote(field.name()), Message.quote(raw)));
      return null;
    }
    Object value = Values.parse(field, raw);
    if (value == null) {
      report(Values.explain(field, raw).at(path, line, column));
    }
    return value;
  }

  private void reportSyntax(CsvRecords csv, List<String> header) {
    int field = csv.problemField();
    String column = field < header.size() ? Message.quote(header.get(field)) : String.valueOf(field + 1);
    if (csv.problem() == CsvRecords.Problem.UNTERMINATED_QUOTE) {
      report(Message.UNTERMINATED_QUOTE.error(path, csv.problemLine(), field + 1,
          "close the quote; a quote inside a quoted value is written twice, \"\"", column));
    } else {
      report(Message.TEXT_AFTER_QUOTE.error(path, csv.problemLine(), field + 1,
          "a quoted value ends at the next delimiter or line end; a quote inside it is written twice, \"\"",
          column, Message.quote(csv.junk())));
    }
  }

  private void reportRagged(CsvRecords csv, int columns) {
    String hint = csv.size() > columns
        ? "a value that contains " + Values.describe(dialect.delimiter()) + " must be in double quotes"
        : "each line needs a value for every column; an empty value still needs its delimiter";
    for (int i = 0; i < Math.min(csv.size(), SheetLimits.COLUMNS + 1); i++) {
      String value = csv.field(i);
      if (value.chars().anyMatch(c -> CURLY_QUOTES.indexOf(c) >= 0)) {
        hint = "the row has curly quotes \u201C\u2026\u201D, which CSV reads as text: quote values with straight "
            + "double quotes \"";
        break;
      }
    }
    report(Message.RAGGED_ROW.error(path, csv.line(), Math.min(csv.size(), columns) + 1, hint, csv.size(), columns));
  }

  /** Adds a diagnostic, unless the file already has its fill of errors: then one last line, and stop. */
  private void report(Diagnostic d) {
    if (stopped) {
      return;
    }
    if (d.severity() == Severity.ERROR) {
      if (errors == MAX_ERRORS_PER_FILE) {
        diagnostics.add(Message.TOO_MANY_ERRORS.error(path, 0, 0, null, path));
        stopped = true;
        return;
      }
      errors++;
    }
    diagnostics.add(d);
  }
}
