package org.chartdesk.dataset;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Reads integer and number cells in a field's declared notation, and nothing else: a leading "-",
 * digits, the declared group separator between well-formed digit groups, the declared decimal
 * separator, an exponent. The result is the value or, in its place, a {@link Failure} constant, so
 * that reading a million cells allocates nothing beyond the boxed values.
 */
final class Numbers {
  private Numbers() {}

  /** Why text that looks numeric is still not a value. */
  enum Failure {
    MALFORMED,
    /** Separators in the wrong places: "1,5" is not a thousands-grouped number. */
    BAD_GROUPING,
    /** "01234" is a code (ZIP, FIPS) that lost nothing yet; as a number it would lose its zero. */
    LEADING_ZERO,
    /** Beyond a long, or a double that overflows to infinity or underflows to zero. */
    OUT_OF_RANGE
  }

  /** A Long (integer) or Double (number) for text without surrounding spaces, or a Failure. */
  static Object read(String text, Notation notation, boolean integer) {
    int end = text.length();
    if (end == 0) {
      return Failure.MALFORMED;
    }
    int i = 0;
    boolean negative = false;
    // True while the text can go to Long/Double parsing as it stands, without a canonical copy.
    boolean plain = true;
    char first = text.charAt(0);
    if (first == '-') {
      negative = true;
      i = 1;
    } else if (first == NegativeForm.MINUS && notation.allows(NegativeForm.MINUS_SIGN)) {
      negative = true;
      plain = false;
      i = 1;
    } else if (first == '(' && end > 2 && text.charAt(end - 1) == ')'
        && notation.allows(NegativeForm.PARENTHESES)) {
      negative = true;
      plain = false;
      i = 1;
      end--;
    }
    int start = i;
    char group = notation.groupChar();
    int digits = 0;
    int groupDigits = 0;
    int groups = 0;
    boolean badGrouping = false;
    boolean nonZero = false;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits++;
        groupDigits++;
        nonZero |= c != '0';
      } else if (c == group && group != Notation.NO_GROUPING) {
        // The first group has 1 to 3 digits, later ones 3 (or 2, Indian style: 12,34,567).
        badGrouping |= groupDigits == 0 || groupDigits > 3 || (groups > 0 && groupDigits < 2);
        groups++;
        groupDigits = 0;
        plain = false;
      } else {
        break;
      }
    }
    badGrouping |= groups > 0 && groupDigits != 3;
    boolean leadingZero = digits > 1 && text.charAt(start) == '0';
    int fraction = 0;
    if (!integer && i < end && text.charAt(i) == notation.decimalChar()) {
      plain &= notation.decimalChar() == '.';
      for (i++; i < end && isDigit(text.charAt(i)); i++) {
        fraction++;
        nonZero |= text.charAt(i) != '0';
      }
    }
    if (digits + fraction == 0) {
      return Failure.MALFORMED;
    }
    if (!integer && i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentStart = i;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == exponentStart) {
        return Failure.MALFORMED;
      }
    }
    if (i != end) {
      return Failure.MALFORMED;
    }
    if (badGrouping) {
      return Failure.BAD_GROUPING;
    }
    if (leadingZero) {
      return Failure.LEADING_ZERO;
    }
    String canonical = plain ? text : canonical(text, start, end, negative, notation);
    if (integer) {
      try {
        return Long.parseLong(canonical);
      } catch (NumberFormatException e) {
        return Failure.OUT_OF_RANGE;
      }
    }
    // Jackson's copy of FastDoubleParser: the same correctly rounded double as Double.parseDouble,
    // which takes a slow path for more than 15 digits, as Python and pandas write most floats
    // (a million such cells: 0.9 s against 0.23 s in a fresh JVM).
    double d = NumberInput.parseDouble(canonical, true);
    if (Double.isInfinite(d) || (d == 0 && nonZero)) {
      return Failure.OUT_OF_RANGE;
    }
    return d;
  }

  /** The text as Java reads numbers: "-" sign, no group separators, "." as the decimal point. */
  private static String canonical(String text, int start, int end, boolean negative, Notation notation) {
    StringBuilder sb = new StringBuilder(end - start + 1);
    if (negative) {
      sb.append('-');
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == notation.decimalChar()) {
        sb.append('.');
      } else if (c != notation.groupChar()) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
