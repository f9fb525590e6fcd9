package org.chartdesk.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a quote states, so each figure of a row can be checked against the passage it cites:
 * thousands separators are dropped ("3,789" is 3789) and a suffix ends a number ("1970s" is 1970).
 */
final class QuoteNumbers {
  // Grouped thousands first ("3,789"), else a plain run of digits; either with decimals.
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?");

  private QuoteNumbers() {}

  /** The numbers in the text as written ("3,789"), in order. */
  static List<String> written(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** True when the value (its magnitude: a sign is words in prose) is one of the quote's numbers. */
  static boolean contains(String text, Number value) {
    BigDecimal wanted = decimal(value).abs();
    for (String w : written(text)) {
      if (new BigDecimal(w.replace(",", "")).compareTo(wanted) == 0) {
        return true;
      }
    }
    return false;
  }

  /** How a value reads in a message: 3789, 2.5. */
  static String plain(Number value) {
    return decimal(value).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(Number value) {
    return value instanceof Double d ? BigDecimal.valueOf(d) : BigDecimal.valueOf(value.longValue());
  }
}
