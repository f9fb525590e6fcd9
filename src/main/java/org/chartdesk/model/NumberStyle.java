package org.chartdesk.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Newsroom number formatting, independent of the machine's locale: 3,789 and never 3.789. */
public final class NumberStyle {
  public static final String DEFAULT_PATTERN = "#,##0";

  private NumberStyle() {}

  public static String format(double value, String pattern) {
    DecimalFormat f = new DecimalFormat(pattern == null ? DEFAULT_PATTERN : pattern,
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(value);
  }

  /** A value with its qualifier as it must read everywhere: "over 3,789". */
  public static String withQualifier(double value, String pattern, String qualifier) {
    String number = format(value, pattern);
    return qualifier == null || qualifier.isEmpty() ? number : qualifier + " " + number;
  }
}
