package org.chartdesk.diagnostics;

/**
 * The one message catalogue. Every diagnostic the tool prints is made here, so wording lives in one
 * place and tests assert codes and arguments rather than copies of the text.
 */
public enum Message {
  FILE_UNREADABLE("cannot read %s: %s"),
  FILE_EMPTY("file is empty"),
  NO_DATA_ROWS("no data rows (a chart needs at least one)"),
  CSV_SYNTAX("malformed CSV: %s"),
  INVALID_UTF8("column %s: %s is not UTF-8 (byte %s at offset %d)"),
  NOT_TEXT("not a CSV file: its first bytes are those of %s"),
  RAGGED_ROW("row has %d fields, header has %d"),
  UNKNOWN_COLUMN("column %s is not declared in the descriptor of %s"),
  MISSING_COLUMN("column %s declared in the descriptor is missing from the file"),
  BAD_VALUE("column %s: %s is not %s"),
  REQUIRED_VALUE("column %s: a value is required"),
  FOOTNOTE_ROW("column %s: %s, with every other value of its row empty, is a footnote, not data"),
  NOT_IN_ENUM("column %s: %s is not one of the allowed values"),
  DESCRIPTOR_INVALID("invalid data package descriptor: %s"),
  UNKNOWN_DATASET("dataset %s not found"),
  SPEC_INVALID("invalid chart spec: %s"),
  SPEC_UNKNOWN_KEY("unknown key %s"),
  KEY_NOT_FOR_KIND("%s is not a key of %s charts"),
  STEP_NOT_FOR_KIND("%s is not a step of %s charts"),
  SPEC_MISSING_KEY("missing required key %s"),
  UNKNOWN_FIELD("field %s not found in dataset %s"),
  FIELD_TYPE("field %s of dataset %s is %s, but %s needs %s"),
  UNKNOWN_KIND("unknown chart kind %s"),
  NO_CHARTS("no chart specs found in %s"),
  NO_PROJECT("the project folder %s %s"),
  OUTPUT_FAILED("could not write %s: %s"),
  OUTPUT_NOT_REMOVED("could not remove %s, a file of the last build this one does not make: %s"),
  TEMPORARY_FAILED("could not make %s in the temporary folder %s: %s"),
  CHART_FAILED("while rendering chart %s: %s"),
  CHART_OUT_OF_MEMORY("ran out of memory while rendering chart %s: Java may use %d MiB"),
  MERGE_NOT_A_PART("%s is not the manifest of a part of a sharded build"),
  MERGE_NO_PART("there is no folder %s"),
  MERGE_MISMATCH("%s does not match the other parts"),
  MERGE_FILE_CHANGED("%s is not the file its part's manifest lists: it changed after the part was built"),
  MERGE_PART_TWICE("the folder %s is given twice"),
  MERGE_SAME_FOLDER("%s and %s are the same folder"),
  MERGE_SAME_PART("%s and %s both hold part %s"),
  MERGE_INTO_PART("--out %s is the part %s: merged into, it would be a part no more"),
  MERGE_PARTS_MISSING("%s not merged: %s holds the charts of %s only"),
  OUTPUT_LOCKED("%s is being built by %s"),
  OUT_OF_ANOTHER_STORY("%s held the build of %s: %s built there replaces its files"),
  MANIFEST_UNREADABLE("the last build's manifest cannot be read (%s): every chart is built again, and files "
      + "the last build made for charts since removed stay"),
  SHARD_INTO_OTHER_PART("%s held part %s: part %s built there replaces its charts"),
  SHARD_INTO_WHOLE("%s holds a whole build: part %s built there would remove the other parts' charts, the "
      + "workbook and the gallery"),
  SOURCE_DATE_EPOCH_INVALID("the environment variable SOURCE_DATE_EPOCH is %s, not a whole number of seconds "
      + "since 1970-01-01 UTC from 0 to %d"),
  WRONG_ENCODING("file is %s, save as UTF-8"),
  UNDEFINED_BYTE("byte 0x%02X at byte offset %d has no character in %s"),
  NO_HEADER("no header: the first line is blank"),
  TOO_MANY_COLUMNS("the header has %d columns; a worksheet holds at most %d"),
  WRONG_DELIMITER("the header %s looks delimited by %s, not by %s"),
  UNNAMED_COLUMN("column %d has no name"),
  PADDED_COLUMN_NAME("column name %s has spaces around it"),
  DUPLICATE_COLUMN("column %s has the same name as column %d, %s"),
  COLUMN_ORDER("column %s is column %d of the file but column %d of the descriptor"),
  UNTERMINATED_QUOTE("column %s: the quote opened here is never closed"),
  TEXT_AFTER_QUOTE("column %s: %s follows the closing quote"),
  TOO_MANY_ROWS("more than %d data rows, the most a worksheet holds below its header"),
  BLANK_LINES("blank lines skipped inside the data: %d"),
  FIELD_TOO_LONG("column %s: %s is %d characters long; a spreadsheet cell holds at most %d"),
  CONTROL_CHARACTER("column %s: %s contains the control character %s"),
  THOUSANDS_SEPARATOR("column %s: %s contains the separator %s, which the field does not declare"),
  NEGATIVE_FORM("column %s: %s is a negative written with %s, which the field does not declare"),
  NOT_FINITE("column %s: %s is not a finite number"),
  OUT_OF_RANGE("column %s: %s is out of range for %s"),
  LEADING_ZERO("column %s: %s has a leading zero"),
  UNIT_IN_VALUE("column %s: %s carries the unit %s; write the bare number"),
  TOO_MANY_ERRORS("too many errors in %s; stopping"),


  CITATION_NOT_FOUND("source quote not found in %s: %s"),
  CITATION_PART_NOT_FOUND("part %d of %d of the source quote not found in %s: %s"),
  CITATION_NUMBER_MISSING("column %s: %s is not stated in the source quote"),
  CITATIONS_NOT_VERIFIED("citations of %s not verified: %s"),
  LINT_AXIS_NOT_ZERO("CD101 value axis starts at %s, not zero: column heights misstate the values"),
  LINT_YEARS_SKIPPED("CD102 year axis drawn as categories skips %s: the gap does not show"),
  LINT_YEARS_AS_TEXT("CD102 x field %s holds years as text: only the years present get a slot"),
  LINT_OUTSIDE_DOMAIN("CD103 %d %s of %s outside the axis %s to %s: not shown"),
  LINT_NO_SOURCE("CD104 no source line: readers cannot tell where the data comes from"),
  LINT_NO_AXIS_LABEL("CD105 value axis has no label: it shows the field name %s"),
  LINT_NO_UNIT("CD105 unit of the value axis not stated: %s"),
  LINT_TOO_MANY_SERIES("CD106 %d %s, but at most %d can be told apart by colour and labelled directly"),
  LINT_COLOURS_CONFUSED("CD107 %s colours %s and %s differ by only %.1f (CIEDE2000) under %s, below %.0f"),
  LINT_LOW_CONTRAST("CD108 %s %s on background %s has contrast %.2f:1, below 4.5:1"),
  LINT_QUALIFIER_DROPPED("CD109 the %s value %s is shown without its qualifier %s"),
  LINT_TEXT_CLIPPED("CD110 %s %s is %d px wider than the %d px it has"),
  LINT_CHART_TOO_SMALL("CD110 chart is %d px too short for %s"),
  LINT_SIZE_TEXT_CLIPPED("CD110 at size %s (laid out %d by %d), %s %s is %d px wider than the %d px it has"),
  LINT_SIZE_TOO_SMALL("CD110 at size %s (laid out %d by %d), the chart is %d px too short for %s"),
  LINT_TEXT_TOO_LONG("CD110 %s is too long: it takes %d lines, and at most %d fit with the plot"),
  LINT_SIZE_TEXT_TOO_LONG("CD110 at size %s (laid out %d by %d), %s is too long: it takes %d lines, and at most %d "
      + "fit with the plot"),
  LINT_TEXT_OVER_TEXT("CD110 as drawn, %s overlaps %s by %d px"),
  LINT_TEXT_OFF_CHART("CD110 as drawn, %s runs %d px past %s, where it is cut"),
  LINT_SIZE_TEXT_OVER_TEXT("CD110 at size %s (laid out %d by %d), as drawn, %s overlaps %s by %d px"),
  LINT_SIZE_TEXT_OFF_CHART("CD110 at size %s (laid out %d by %d), as drawn, %s runs %d px past %s, where it is cut"),
  LINT_IGNORE_UNKNOWN("lint ignore names unknown rule %s"),
  LINT_IGNORE_UNUSED("lint ignore of %s silences nothing"),
  LINT_MISSING_GLYPH("CD111 %s has characters the bundled fonts lack: %s"),

  SPEC_EXPECTED_TEXT("%s must be text, but %s is %s"),
  SPEC_BAD_VALUE("%s: %s is not %s"),
  SPEC_DUPLICATE_KEY("duplicate key %s"),
  SPEC_GIVEN_TWICE("%s: %s is given twice"),
  SPEC_EMPTY_VALUE("%s is empty"),
  SPEC_UNCLOSED("the %s opened here is not closed with %s"),
  SPEC_COLORS_NOT_HERE("%s does not colour its values: colors are given on the channel that does"),
  SPLIT_COLORS_ONE_COLOUR("split_by.colors colours charts drawn in one colour; this one tells its %s apart by colour"),
  SPEC_COLOR_TAKEN("colour %d is %s's and %s's: a colour means one thing"),
  COLORS_TOO_FEW("%s.colors: the chart has %d values and the palette %d colours, so one colour would mean two"),
  ANNOTATION_OFF_AXIS("%s: %s is off the chart's axis"),
  BELOW_ZERO_NOT_DRAWN("%s chart draws figures of zero or more, but %s is %s"),
  ORDER_FOR_NO_VALUE("%s.order names %s, a value field %s does not have"),
  COLOR_FOR_NO_VALUE("%s.colors gives a colour to %s, a value field %s does not have"),
  NAME_FOR_NO_VALUE("%s.names gives a name to %s, a value field %s does not have"),
  SPEC_VALUE_IS_COMMENT("%s has no value: YAML reads %s as a comment"),
  SPEC_YAML_FEATURE("%s is not allowed in %s"),
  SPEC_TWO_DOCUMENTS("a second YAML document starts here; %s is one"),
  SPEC_NOT_UTF8("the file is not UTF-8: byte %s in %s"),
  SPEC_CONTROL_CHARACTER("%s has the control character %s"),
  DESCRIPTOR_CONTROL_CHARACTER("%s has the control character %s"),
  SPEC_FILE_NAME("%s cannot name a chart's files, which some systems refuse or read as another"),
  SPEC_IDS_CASE("%s and %s differ only in case: on macOS and Windows their files would be one"),
  SPEC_TOO_LARGE("the spec is %d bytes; a spec may be at most %d"),
  SPEC_DATA_NOT_A_NAME("data must name a dataset, not a path or address: %s"),
  LINT_IGNORE_WITHOUT_REASON("lint rule %s is silenced without a reason"),
  ANNOTATIONS_NOT_DRAWN("%s: %s annotations are not drawn on %s charts; they are drawn on %s"),
  ANNOTATION_NOT_ON_CHART("%s: %s is not on the chart"),
  ANNOTATION_NO_FIGURE("%s points at %s, which has no figure"),

  TRANSFORM_ONE_OPERATION("%s must name one operation, but names %s"),
  TRANSFORM_BAD_EXPRESSION("calculate %s is not the sum or difference of two fields"),
  TRANSFORM_QUALIFIED_SUM("%s adds up %s, but its value on line %d is given as %s"),
  DUPLICATE_VALUE("two rows give a value for %s: lines %d and %d"),
  SLOPE_NEEDS_TWO("a slope chart compares two values of %s, but the data has %d: %s"),
  COLUMN_NAME_TOO_LONG("column %d: its name is %d characters long; a spreadsheet cell holds at most %d"),
  TEXT_TOO_LONG("%s %s is %d characters long; a worksheet cell holds at most %d"),
  CHART_DATA_TOO_LONG("the chart's data of %s takes rows %d to %d of its sheet; a worksheet has %d rows"),
  CHART_DATA_TOO_WIDE("the chart's %d series take %d columns of its sheet; a worksheet has %d columns"),
  SHEET_RENAMED("%s %s cannot name a worksheet as it is; its sheet is named %s"),
  TOO_MANY_SLOTS("%s of %s runs from %d to %d, more slots than the %d rows a worksheet holds"),
  TOO_MANY_CATEGORIES("%s has %d categories, more than the %d %s chart draws"),
  TOO_MANY_COLUMNS_OF_YEARS("x runs from %d to %d: %d columns, one a year, more than the %d a column chart draws"),
  FILTER_LEAVES_HOLES("the filter keeps the years %s, but a column chart has a slot for every year from %d to %d: "
      + "%s would read as years the source gives no figure for"),
  DOMAIN_LEAVES_OUT("%s %s to %s leaves out %d %s of %s: %s"),

  SPLIT_NOT_FOR_KIND("%s is not available for %s charts: %s"),
  SPLIT_UNKNOWN_PLACEHOLDER("%s has the placeholder %s; a chart of a split spec fills only {value}"),
  SPLIT_VALUE_WITHOUT_SPLIT("%s has the placeholder {value}, but the spec has no split_by"),
  SPLIT_SAME_ID("split_by values %s and %s both make the chart id %s"),
  SPLIT_ID_TAKEN("split_by makes the chart %s, which is the chart of %s"),
  ;

  /** What to do when Java runs out of memory, wherever it does: a chart, the build, a build that only collects. */
  public static final String OUT_OF_MEMORY_HINT =
      "give Java more (java -Xmx1g -jar chartdesk.jar ...), or draw fewer charts at once (--jobs 1)";

  /** What to do when Java cannot start a thread: the limit on processes, not memory, is reached. */
  public static final String THREAD_LIMIT_HINT =
      "raise the limit (ulimit -u, the container's pids limit), or draw fewer charts at once (--jobs 1)";

  /** What a build out of memory says where no chart is to blame: how much Java may use, and the hint. */
  public static String outOfMemory() {
    String line = System.lineSeparator();
    return "chartdesk: error: ran out of memory: Java may use " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB"
        + line + "    " + OUT_OF_MEMORY_HINT + line;
  }

  /** What a build says when Java could not start a thread, and the hint. */
  public static String threadLimit() {
    String line = System.lineSeparator();
    return "chartdesk: error: Java could not start a thread: the limit on processes and threads is reached"
        + line + "    " + THREAD_LIMIT_HINT + line;
  }

  private final String template;

  Message(String template) {
    this.template = template;
  }

  public String format(Object... args) {
    return String.format(java.util.Locale.ROOT, template, args);
  }

  /** Builds an error with this message. */
  public Diagnostic error(String file, int line, int column, String hint, Object... args) {
    return new Diagnostic(Severity.ERROR, file, line, column, this, format(args), hint, null);
  }

  /** Builds a warning with this message. */
  public Diagnostic warning(String file, int line, int column, String hint, Object... args) {
    return new Diagnostic(Severity.WARNING, file, line, column, this, format(args), hint, null);
  }

  /** Quotes a user value for a message: control characters escaped, long values cut. */
  /**
   * A space other than the plain one (no-break, thin, narrow), a line separator or a format
   * character (zero-width space, soft hyphen, byte-order mark): shown as its code, as the reader
   * of a message could not tell it from a space or see it at all.
   */
  private static boolean invisible(char c) {
    return c != ' ' && (Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
  }

  public static String quote(String value) {
    StringBuilder sb = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (shown >= 80) {
        sb.append("...");
        break;
      }
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || invisible(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
      shown++;
    }
    return sb.append('"').toString();
  }
}
