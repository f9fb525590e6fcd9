package org.chartdesk.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of decoded CSV text as Apache Commons CSV parses them (RFC 4180, the project's
 * reader), with what a compiler-style message needs and Commons CSV leaves out: the physical line
 * where each record starts (its own line numbers drift after skipped blank lines, so lines are
 * counted here from each record's character position, LF, CRLF and CR alike), the blank lines
 * between records, and, for a syntax error, which field and which line it is in (Commons CSV
 * reports those only as exception text).
 */
final class CsvRecords {
  /** What stopped the file, if anything. */
  enum Problem {
    NONE,
    /** A quoted field runs to the end of the file. */
    UNTERMINATED_QUOTE,
    /** Text between a closing quote and the next delimiter. */
    TEXT_AFTER_QUOTE
  }

  private static final Pattern POSITION = Pattern.compile("position: (\\d+)");

  private final CharSequence text;
  private final char delimiter;
  private final Iterator<CSVRecord> records;

  private CSVRecord record;
  private int recordLine;
  private long countedTo;
  private int line = 1;

  private Problem problem = Problem.NONE;
  private int problemField;
  private int problemLine;
  private String junk = "";

  private int pendingBlanks;
  private int pendingFirstBlank;
  private int blankLines;
  private int firstBlankLine;

  CsvRecords(CharSequence text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        // Blank lines come through as records so they can be counted and reported, not skipped.
        .setIgnoreEmptyLines(false)
        .get();
    try {
      Reader reader = text instanceof AsciiText a ? a.reader() : new StringReader(text.toString());
      this.records = CSVParser.builder().setReader(reader).setFormat(format).get().iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves to the next record, passing over blank lines; false at the end or after a syntax error. */
  boolean next() {
    while (problem == Problem.NONE) {
      CSVRecord r;
      try {
        if (!records.hasNext()) {
          return false;
        }
        r = records.next();
      } catch (UncheckedIOException e) {
        syntaxError(e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()));
        return false;
      }
      int at = lineAt(r.getCharacterPosition());
      if (isBlank(r)) {
        if (pendingBlanks++ == 0) {
          pendingFirstBlank = at;
        }
        continue;
      }
      // Blank lines count only when a record follows them: trailing ones are harmless.
      if (pendingBlanks > 0) {
        if (blankLines == 0) {
          firstBlankLine = pendingFirstBlank;
        }
        blankLines += pendingBlanks;
        pendingBlanks = 0;
      }
      record = r;
      recordLine = at;
      return true;
    }
    return false;
  }

  /** The physical line (1-based) where the current record starts. */
  int line() {
    return recordLine;
  }

  int size() {
    return record.size();
  }

  String field(int index) {
    return record.get(index);
  }

  Problem problem() {
    return problem;
  }

  /** The 0-based field of the problem. */
  int problemField() {
    return problemField;
  }

  /** The physical line of the problem: for an unterminated quote, the line of the opening quote. */
  int problemLine() {
    return problemLine;
  }

  /** The text after a closing quote, for {@link Problem#TEXT_AFTER_QUOTE}. */
  String junk() {
    return junk;
  }

  int blankLines() {
    return blankLines;
  }

  int firstBlankLine() {
    return firstBlankLine;
  }

  /** A record that is an empty line: one empty value, with a line end (or the end) where it starts. */
  private boolean isBlank(CSVRecord r) {
    if (r.size() != 1 || !r.get(0).isEmpty()) {
      return false;
    }
    int p = (int) r.getCharacterPosition();
    return p >= text.length() || text.charAt(p) == '\n' || text.charAt(p) == '\r';
  }

  /**
   * Locates a syntax error from the start of the record Commons CSV was reading: walks its
   * fields, quote-aware, to the field that is never closed or that has text after its closing
   * quote.
   */
  private void syntaxError(String message) {
    int p = lineStart(recordEnd());
    int field = 0;
    while (p < text.length()) {
      if (text.charAt(p) == '"') {
        int quoteLine = lineAt(p);
        int q = quoteEnd(p);
        if (q >= text.length()) {
          report(Problem.UNTERMINATED_QUOTE, field, quoteLine);
          return;
        }
        int after = q + 1;
        int end = after;
        while (end < text.length() && text.charAt(end) != delimiter && !isLineEnd(text.charAt(end))) {
          end++;
        }
        if (end > after) {
          junk = text.subSequence(after, end).toString();
          report(Problem.TEXT_AFTER_QUOTE, field, lineAt(after));
          return;
        }
        p = end;
      } else {
        while (p < text.length() && text.charAt(p) != delimiter && !isLineEnd(text.charAt(p))) {
          p++;
        }
      }
      if (p >= text.length() || isLineEnd(text.charAt(p))) {
        break;
      }
      p++;
      field++;
    }
    // Not found by the walk: fall back to where Commons CSV says it stopped.
    Matcher m = POSITION.matcher(message);
    int at = m.find() ? Math.min(Integer.parseInt(m.group(1)), text.length()) : text.length();
    report(Problem.TEXT_AFTER_QUOTE, field, lineAt(at));
  }

  /**
   * Where the next record would start: after the current one, or at the text's start, past blank
   * lines, which are not records. A field is quoted when it starts with a quote; a quote anywhere
   * else is text, as Commons CSV reads it.
   */
  private int recordEnd() {
    int p = 0;
    if (record != null) {
      p = (int) record.getCharacterPosition();
      int fieldStart = p;
      while (p < text.length() && !isLineEnd(text.charAt(p))) {
        char c = text.charAt(p);
        p = c == '"' && p == fieldStart ? quoteEnd(p) + 1 : p + 1;
        fieldStart = c == delimiter ? p : fieldStart;
      }
    }
    while (p < text.length() && isLineEnd(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** The quote that closes the one at {@code open} (a doubled quote is one inside), or the text's end. */
  private int quoteEnd(int open) {
    int q = open + 1;
    while (q < text.length() && !(text.charAt(q) == '"' && (q + 1 >= text.length() || text.charAt(q + 1) != '"'))) {
      q += text.charAt(q) == '"' ? 2 : 1;
    }
    return Math.min(q, text.length());
  }

  private void report(Problem kind, int field, int atLine) {
    problem = kind;
    problemField = field;
    problemLine = atLine;
  }

  private int lineStart(int p) {
    return p;
  }

  /** The 1-based line of a character position, counted forward from the last one asked. */
  private int lineAt(long position) {
    if (position < countedTo) {
      countedTo = 0;
      line = 1;
    }
    line += AsciiText.lineEnds(text, (int) countedTo, (int) Math.min(position, text.length()));
    countedTo = position;
    return line;
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
