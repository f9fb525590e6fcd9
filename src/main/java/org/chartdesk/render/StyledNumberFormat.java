package org.chartdesk.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.theme.NewsLocale;

/** JFreeChart's axis labels formatted by {@link NumberStyle}, so they match every other number (Indian grouping too). */
final class StyledNumberFormat extends NumberFormat {
  private final String pattern;
  private final NewsLocale locale;

  StyledNumberFormat(String pattern, NewsLocale locale) {
    this.pattern = pattern;
    this.locale = locale;
  }

  @Override
  public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
    return to.append(NumberStyle.format(number, pattern, locale));
  }

  @Override
  public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
    return to.append(NumberStyle.format(number, pattern, locale));
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("axis labels are never parsed");
  }
}
