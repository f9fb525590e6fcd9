package org.chartdesk.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.model.NumberStyle;

/**
 * How many characters a column's values take as their cells show them, for its width. Formatting
 * a number takes about a microsecond, so a number is formatted only when it could be the longest.
 */
final class ColumnWidths {
  private ColumnWidths() {}

  /** The longest line of any value of the column as displayed. */
  static int longest(Dataset d, int column) {
    Field field = d.fields().get(column);
    int longest = 0;
    if (field.type().isNumeric()) {
      // Read as doubles, without an object per cell: a million of them are read here.
      for (int r = 0; r < d.rows().size(); r++) {
        double v = d.number(r, column);
        if (!Double.isNaN(v) && atMost(v) > longest) {
          longest = Math.max(longest, longestLine(display(field, d.value(r, column))));
        }
      }
      return longest;
    }
    int longestText = field.type() == FieldType.STRING ? d.longestText(column) : -1;
    if (longestText >= 0) {
      return longestText;
    }
    for (int r = 0; r < d.rows().size(); r++) {
      Object v = d.value(r, column);
      if (v != null && field.type().isTemporal()) {
        // One pattern writes every date of a column in as many characters.
        return longestLine(display(field, v));
      }
      longest = Math.max(longest, longestLine(display(field, v)));
    }
    return longest;
  }

  /**
   * No fewer characters than the number takes in any of the data formats: a sign, the grouped
   * digits of its whole part, and a point and its decimals when it has a fraction.
   */
  static int atMost(double n) {
    double a = Math.abs(n);
    if (!(a < 1e18)) {
      return Integer.MAX_VALUE;
    }
    long whole = (long) a;
    int digits = 1;
    for (long w = whole; w >= 10; w /= 10) {
      digits++;
    }
    return (n < 0 ? 1 : 0) + digits + (digits - 1) / 3 + (a != whole ? 1 + NumberStyle.decimals(n) : 0);
  }

  /** A value as its cell shows it. */
  static String display(Field field, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate date) {
      return DataSheetWriter.isoText(date.atStartOfDay(), field.notation().datePattern().precision());
    }
    if (v instanceof LocalDateTime time) {
      return DataSheetWriter.isoText(time, field.notation().datePattern().precision());
    }
    if (v instanceof Number n) {
      String format = DataSheetWriter.numberFormat(field.type(), n);
      return field.type() == FieldType.YEAR ? Long.toString(n.longValue()) : NumberStyle.format(n.doubleValue(), format);
    }
    return v.toString();
  }

  private static int longestLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text.length();
    }
    int longest = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }
}
