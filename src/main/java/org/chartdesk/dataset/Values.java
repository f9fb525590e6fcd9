package org.chartdesk.dataset;

import java.util.Locale;
import java.util.stream.Stream;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * Strict parsing of cell text into typed values, in the field's declared notation: nothing is
 * guessed. {@link #parse} is the fast path; {@link #explain} works out, for text that failed, what
 * to tell the user.
 */
public final class Values {
  /** Characters people put between digit groups, suspected when the field declares none of them. */
  private static final String SEPARATORS = ", '\u00A0\u2009\u202F.";
  /** A zone after a time: "Z", "+05:30", "-0800". */
  private static final java.util.regex.Pattern ZONED =
      java.util.regex.Pattern.compile("(?<=\\d)(Z|[+-]\\d\\d:?\\d\\d)$");

  private Values() {}

  /**
   * The typed value of a cell that is not a missing value: String, Long, Double, LocalDate,
   * LocalDateTime or Boolean, as {@link Row} documents; null when the text is not a value of the field. Text of a
   * string field is kept verbatim; other types ignore ASCII spaces around the value.
   */
  public static Object parse(Field field, String raw) {
    Notation notation = field.notation();
    String text = field.type() == FieldType.STRING ? raw : trimSpaces(raw);
    return switch (field.type()) {
      case STRING -> raw;
      case INTEGER -> valueOrNull(Numbers.read(text, notation, true));
      case NUMBER -> valueOrNull(Numbers.read(text, notation, false));
      case YEAR -> isYear(text) ? Long.valueOf(text) : null;
      case DATE -> notation.datePattern().parse(text);
      case DATETIME -> notation.datePattern().parseDateTime(text);
      case BOOLEAN -> notation.trueValues().contains(text) ? Boolean.TRUE
          : notation.falseValues().contains(text) ? Boolean.FALSE : null;
    };
  }

  /** Why {@link #parse} rejected the text: a message with its arguments and a hint. */
  static Rejection explain(Field field, String raw) {
    String name = Message.quote(field.name());
    String value = Message.quote(raw);
    if (field.type() == FieldType.INTEGER || field.type() == FieldType.NUMBER) {
      return explainNumber(field, raw, name, value);
    }
    return new Rejection(Message.BAD_VALUE, hint(field, raw), name, value, expected(field));
  }

  /** What a value of the field looks like, for "is not ..." messages. */
  static String expected(Field field) {
    Notation notation = field.notation();
    return switch (field.type()) {
      case DATE -> "a date of the declared format " + Message.quote(notation.datePattern().source());
      case DATETIME -> "a date and time of the declared format " + Message.quote(notation.datePattern().source());
      case BOOLEAN -> "a boolean (one of " + String.join(", ",
          Stream.concat(notation.trueValues().stream(), notation.falseValues().stream()).toList()) + ")";
      default -> field.type().expected();
    };
  }

  /** A character for a message: itself when it is visible ASCII, else its code point, U+00A0. */
  static String describe(char c) {
    return c > ' ' && c < 0x7f ? Message.quote(String.valueOf(c))
        : String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  /** A character as a JSON string literal, for hints that show what to write in the descriptor. */
  static String json(char c) {
    if (c == '"' || c == '\\') {
      return "\"\\" + c + "\"";
    }
    return c >= ' ' && c < 0x7f ? "\"" + c + "\"" : String.format(Locale.ROOT, "\"\\u%04X\"", (int) c);
  }

  private static Rejection explainNumber(Field field, String raw, String name, String value) {
    String text = trimSpaces(raw);
    Notation notation = field.notation();
    boolean integer = field.type() == FieldType.INTEGER;
    String unit = unitSign(text);
    if (unit != null) {
      String alone = "write the number alone";
      return new Rejection(Message.UNIT_IN_VALUE, unit.equals(field.unit())
          ? alone + ": the field already declares \"unit\": " + Message.quote(unit)
          : "the unit belongs in the descriptor: " + alone + " and declare \"unit\": "
              + Message.quote(unit) + " on the field" + (unit.equals("%") ? " (12% is then 12, not 0.12)" : ""),
          name, value, Message.quote(unit));
    }
    String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (Stream.of("nan", "inf", "infinity").anyMatch(unsigned::equalsIgnoreCase)) {
      return new Rejection(Message.NOT_FINITE, missingHint(value), name, value);
    }
    NegativeForm form = undeclaredNegative(text, notation, integer);
    if (form != null) {
      String magnitude = form == NegativeForm.PARENTHESES
          ? text.substring(1, text.length() - 1) : text.substring(1);
      return new Rejection(Message.NEGATIVE_FORM, "write -" + magnitude + ", or declare "
          + "\"chartdesk:negative\": [\"" + form.schemaName() + "\"] on the field", name, value, form.description());
    }
    char separator = undeclaredSeparator(text, notation, integer);
    if (separator != 0 && (text.charAt(0) == separator || text.charAt(text.length() - 1) == separator)) {
      // Before or after the digits it separates nothing: a stray space from a copied cell.
      return new Rejection(Message.THOUSANDS_SEPARATOR, "remove " + describe(separator) + " from its "
          + (text.charAt(0) == separator ? "start" : "end") + ": it separates no digits", name, value,
          describe(separator));
    }
    if (separator != 0) {
      String hint = "if it separates digit groups, write " + text.replace(String.valueOf(separator), "")
          + " or declare \"groupChar\": " + json(separator) + " on the field";
      if (!integer && (separator == ',' || separator == '.')) {
        hint += "; if it is a decimal separator, declare \"decimalChar\": " + json(separator);
      }
      return new Rejection(Message.THOUSANDS_SEPARATOR, hint, name, value, describe(separator));
    }
    String withoutTrailingMinus = text.endsWith("-") ? text.substring(0, text.length() - 1) : "";
    if (isValue(withoutTrailingMinus, notation, integer)) {
      return new Rejection(Message.BAD_VALUE, "write the minus sign first: -" + withoutTrailingMinus,
          name, value, field.type().expected());
    }
    Numbers.Failure failure = (Numbers.Failure) Numbers.read(text, notation, integer);
    return switch (failure) {
      case BAD_GROUPING -> new Rejection(Message.BAD_VALUE, "digits between the separators "
          + describe(notation.groupChar()) + " come in groups of three (or two, Indian style), the last of three",
          name, value, field.type().expected());
      case LEADING_ZERO -> new Rejection(Message.LEADING_ZERO, "a code such as a ZIP or FIPS code keeps its "
          + "zeros only in a column of \"type\": \"string\"", name, value);
      case OUT_OF_RANGE -> new Rejection(Message.OUT_OF_RANGE, integer
          ? "whole numbers go up to 9223372036854775807; declare \"type\": \"number\" for larger ones"
          : "numbers go up to about 1.8e308, and a value that would round to 0 is not kept",
          name, value, field.type().expected());
      case MALFORMED -> new Rejection(Message.BAD_VALUE, hint(field, raw), name, value,
          field.type().expected());
    };
  }

  /**
   * Whether a value reads as a spreadsheet's footnote: "Source: ...", "Notes. ...", "* ...". A
   * name such as "Notebooks" is not one.
   */
  static boolean isFootnote(String value) {
    String lower = trimSpaces(value).toLowerCase(Locale.ROOT);
    if (lower.startsWith("*")) {
      return true;
    }
    for (String word : new String[] {"sources", "source", "notes", "note"}) {
      if (lower.startsWith(word)) {
        String rest = lower.substring(word.length()).stripLeading();
        return rest.startsWith(":") || rest.startsWith(".");
      }
    }
    return false;
  }

  /** A hint for text that is simply not a value of the type, when one helps. */
  private static String hint(Field field, String raw) {
    String text = trimSpaces(raw);
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("source") || lower.startsWith("note") || lower.startsWith("*")) {
      return "this looks like a footnote: sources and notes belong in the descriptor, not in data rows";
    }
    if (field.type() == FieldType.DATETIME && ZONED.matcher(text).find()) {
      return "times are local, as written, in no time zone: write the local time, such as "
          + Message.quote(ZONED.matcher(text).replaceFirst("")) + ", and name its zone in the field's description";
    }
    if (field.type().isTemporal()) {
      return "dates are never guessed: write every date of the column as "
          + Message.quote(field.notation().datePattern().source())
          + ", or declare the one pattern the column uses, e.g. \"format\": "
          + (field.type() == FieldType.DATETIME ? "\"%d/%m/%Y %H:%M\"" : "\"%d/%m/%Y\"");
    }
    if (text.chars().noneMatch(Character::isDigit) && field.type() != FieldType.BOOLEAN) {
      return missingHint(Message.quote(raw));
    }
    if (field.type().isNumeric() && text.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) {
      // 2"3 or 5'10": a measure in feet and inches, or a stray quote from a spreadsheet.
      return "a quote mark is no part of a number: write the figure alone, in the unit the field declares, "
          + "or declare the column \"type\": \"string\"";
    }
    return null;
  }

  private static final String QUOTES = "\"'\u2018\u2019\u201C\u201D\u2032\u2033";

  private static String missingHint(String quotedValue) {
    return "if " + quotedValue + " marks a missing value, list it in the schema's \"missingValues\"";
  }

  /** A currency sign anywhere, or a trailing percent or per-mille sign. */
  private static String unitSign(String text) {
    if (text.endsWith("%") || text.endsWith("\u2030")) {
      return text.substring(text.length() - 1);
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.CURRENCY_SYMBOL) {
        return String.valueOf(text.charAt(i));
      }
    }
    return null;
  }

  private static NegativeForm undeclaredNegative(String text, Notation notation, boolean integer) {
    if (text.length() > 2 && text.startsWith("(") && text.endsWith(")")
        && !notation.allows(NegativeForm.PARENTHESES)
        && isValue(text.substring(1, text.length() - 1), notation, integer)) {
      return NegativeForm.PARENTHESES;
    }
    if (text.length() > 1 && text.charAt(0) == NegativeForm.MINUS
        && !notation.allows(NegativeForm.MINUS_SIGN) && isValue(text.substring(1), notation, integer)) {
      return NegativeForm.MINUS_SIGN;
    }
    return null;
  }

  /** A separator the field does not declare, whose removal would leave a number; 0 when none. */
  private static char undeclaredSeparator(String text, Notation notation, boolean integer) {
    for (int i = 0; i < SEPARATORS.length(); i++) {
      char c = SEPARATORS.charAt(i);
      // In an integer or decimal-point column a "." is a decimal point, not a group separator.
      boolean candidate = c != '.' || (!integer && notation.decimalChar() != '.');
      if (candidate && c != notation.groupChar() && c != notation.decimalChar() && text.indexOf(c) >= 0
          && isValue(text.replace(String.valueOf(c), ""), notation, integer)) {
        return c;
      }
    }
    return 0;
  }

  private static boolean isValue(String text, Notation notation, boolean integer) {
    return !(Numbers.read(text, notation, integer) instanceof Numbers.Failure);
  }

  private static Object valueOrNull(Object read) {
    return read instanceof Numbers.Failure ? null : read;
  }

  private static boolean isYear(String text) {
    if (text.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Drops ASCII spaces around the text; other spaces (U+00A0) are left to fail visibly. */
  private static String trimSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(start, end);
  }

  /** Why a cell was rejected: the message and its arguments, and a hint or null. */
  record Rejection(Message code, String hint, Object... args) {
    Diagnostic at(String file, int line, int column) {
      return code.error(file, line, column, hint, args);
    }
  }
}
