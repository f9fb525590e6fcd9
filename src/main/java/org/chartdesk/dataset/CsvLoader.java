package org.chartdesk.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * Reads one CSV strictly against its declared fields. Every problem becomes a located diagnostic;
 * nothing is guessed, coerced or silently dropped.
 */
final class CsvLoader {
  private static final int MAX_ERRORS_PER_FILE = 20;

  private final String path;
  private final List<Field> fields;
  private final List<Diagnostic> diagnostics;

  CsvLoader(String path, List<Field> fields, List<Diagnostic> diagnostics) {
    this.path = path;
    this.fields = fields;
    this.diagnostics = diagnostics;
  }

  /** Parses the bytes; returns the typed rows, or null when the file could not be read at all. */
  List<Row> load(byte[] bytes) {
    if (bytes.length == 0) {
      diagnostics.add(Message.FILE_EMPTY.error(path, 0, 0, null));
      return null;
    }
    String text = decode(bytes);
    if (text == null) {
      return null;
    }
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .setIgnoreEmptyLines(true)
            .get();
    List<Row> rows = new ArrayList<>();
    int errorsBefore = diagnostics.size();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (!checkHeader(header)) {
        return null;
      }
      long previousLine = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        int line = (int) previousLine + 1;
        previousLine = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          diagnostics.add(Message.RAGGED_ROW.error(path, line, 0, null, record.size(), header.size()));
          continue;
        }
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
          values[i] = parseCell(fields.get(i), record.get(i), line, i + 1);
        }
        rows.add(new Row(line, values));
        if (diagnostics.size() - errorsBefore >= MAX_ERRORS_PER_FILE) {
          break;
        }
      }
    } catch (IllegalArgumentException | UncheckedIOException | IOException e) {
      diagnostics.add(Message.CSV_SYNTAX.error(path, 0, 0, null, e.getMessage()));
      return null;
    }
    if (rows.isEmpty() && diagnostics.size() == errorsBefore) {
      diagnostics.add(Message.NO_DATA_ROWS.error(path, 0, 0, null));
      return null;
    }
    return rows;
  }

  private String decode(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      diagnostics.add(
          Message.INVALID_UTF8.error(path, 0, 0, "save the file as UTF-8", in.position()));
    } catch (CharacterCodingException e) {
      diagnostics.add(Message.INVALID_UTF8.error(path, 0, 0, "save the file as UTF-8", 0));
    }
    return null;
  }

  private boolean checkHeader(List<String> header) {
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (i >= fields.size() || !fields.get(i).name().equals(name)) {
        boolean declared = fields.stream().anyMatch(f -> f.name().equals(name));
        if (!declared) {
          diagnostics.add(
              Message.UNKNOWN_COLUMN.error(path, 1, i + 1, "declared columns, in order: "
                  + String.join(", ", fields.stream().map(Field::name).toList()),
                  Message.quote(name), "its descriptor"));
          ok = false;
        }
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      if (i >= header.size() || !header.get(i).equals(fields.get(i).name())) {
        if (!header.contains(fields.get(i).name())) {
          diagnostics.add(Message.MISSING_COLUMN.error(path, 1, 0, null, Message.quote(fields.get(i).name())));
        } else {
          diagnostics.add(Message.DESCRIPTOR_INVALID.error(path, 1, 0,
              "columns must appear in the order the descriptor declares them",
              "column " + Message.quote(fields.get(i).name()) + " is out of order"));
        }
        ok = false;
      }
    }
    return ok;
  }

  private Object parseCell(Field field, String raw, int line, int column) {
    if (raw.isEmpty()) {
      if (field.required()) {
        diagnostics.add(Message.REQUIRED_VALUE.error(path, line, column, null, Message.quote(field.name())));
      }
      return null;
    }
    if (!field.allowed().isEmpty() && !field.allowed().contains(raw)) {
      diagnostics.add(Message.NOT_IN_ENUM.error(path, line, column,
          "allowed: " + String.join(", ", field.allowed().stream().filter(s -> !s.isEmpty()).toList()),
          Message.quote(field.name()), Message.quote(raw)));
      return null;
    }
    Object value = Values.parse(field.type(), raw);
    if (value == null) {
      diagnostics.add(Message.BAD_VALUE.error(path, line, column, Values.hint(field.type(), raw),
          Message.quote(field.name()), Message.quote(raw), field.type().expected()));
    }
    return value;
  }
}
