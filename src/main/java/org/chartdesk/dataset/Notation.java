package org.chartdesk.dataset;

import java.util.List;
import java.util.Set;

/**
 * How a field's values are written in its CSV, as the descriptor declares them. Only what is
 * declared is read: without a {@code groupChar}, "3,789" is an error, never 3789 or 3.789.
 *
 * @param missingValues texts that mean "no value" (the schema's {@code missingValues}), compared
 *     exactly, before any other check
 * @param groupChar the digit group separator of integer and number fields, or {@link #NO_GROUPING}
 * @param decimalChar the decimal separator of number fields
 * @param negativeForms negative forms accepted besides a leading "-" (integer and number fields)
 * @param datePattern the pattern of a date field
 * @param trueValues texts of a boolean field that mean true
 * @param falseValues texts of a boolean field that mean false
 */
public record Notation(
    List<String> missingValues,
    char groupChar,
    char decimalChar,
    Set<NegativeForm> negativeForms,
    DatePattern datePattern,
    List<String> trueValues,
    List<String> falseValues) {

  public static final char NO_GROUPING = 0;

  /** Table Schema's defaults: "" is missing, plain digits with a "." decimal point, ISO dates. */
  public static final Notation DEFAULT = new Notation(List.of(""), NO_GROUPING, '.', Set.of(),
      DatePattern.ISO, List.of("true", "True", "TRUE", "1"), List.of("false", "False", "FALSE", "0"));

  public boolean isMissing(String text) {
    return missingValues.contains(text);
  }

  public boolean allows(NegativeForm form) {
    return negativeForms.contains(form);
  }
}
