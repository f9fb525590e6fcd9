package org.chartdesk.theme;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;

/**
 * How a table chart sets its columns and rows, or its rows one under another when the columns
 * cannot fit: the renderer draws by it and the lint measures by it, so the height the lint asks
 * for is the height the rows take once their cells wrap.
 */
public final class TableLayout {
  /** Space right of each column's text. */
  public static final double PAD = 20;
  /** Space above and below each row's text. */
  public static final double ROW_GAP = 8;
  /** What an empty cell shows: the data gives nothing. */
  public static final String MISSING = "–";

  private TableLayout() {}

  /**
   * Column widths: each its natural width if all fit, else the wide columns share what is left.
   *
   * @param numeric per column, whether it is set right-aligned
   */
  public static double[] widths(List<String> headers, List<Boolean> numeric, List<List<String>> cells,
      double available, Font head, Font body) {
    int n = headers.size();
    double[] natural = new double[n];
    for (int c = 0; c < n; c++) {
      natural[c] = TextMetrics.width(headers.get(c), head);
      for (List<String> row : cells) {
        natural[c] = Math.max(natural[c], TextMetrics.width(row.get(c), body));
      }
      natural[c] += PAD;
    }
    double total = Arrays.stream(natural).sum();
    if (total <= available) {
      // Spare width goes to the last column of text, so the rules run the full width and the
      // numbers after it stand together at the right, read across from their names; given to a
      // last column of numbers, it set them far off at the page's edge.
      int spare = n - 1;
      while (spare > 0 && numeric.get(spare)) {
        spare--;
      }
      natural[numeric.get(spare) ? n - 1 : spare] += available - total;
      return natural;
    }
    double fair = available / n;
    double narrow = 0;
    double wide = 0;
    for (double w : natural) {
      if (w <= fair) {
        narrow += w;
      } else {
        wide += w;
      }
    }
    double[] out = new double[n];
    for (int c = 0; c < n; c++) {
      out[c] = natural[c] <= fair ? natural[c] : natural[c] / wide * (available - narrow);
    }
    return wholeWords(out, least(headers, cells, head, body), available);
  }

  /** Each column's least width: its widest word, which no wrapping can break. */
  private static double[] least(List<String> headers, List<List<String>> cells, Font head, Font body) {
    double[] least = new double[headers.size()];
    for (int c = 0; c < least.length; c++) {
      least[c] = TextMetrics.width(TextMetrics.widestWord(headers.get(c), head), head);
      for (List<String> row : cells) {
        least[c] = Math.max(least[c], TextMetrics.width(TextMetrics.widestWord(row.get(c), body), body));
      }
      least[c] += PAD;
    }
    return least;
  }

  /**
   * Widths where no word runs into the next column, where the table is wide enough for that: a
   * column narrower than its widest word takes what it lacks from the columns with room to spare,
   * in proportion to their spare.
   */
  private static double[] wholeWords(double[] widths, double[] least, double available) {
    double lacking = 0;
    double spare = 0;
    for (int c = 0; c < widths.length; c++) {
      lacking += Math.max(0, least[c] - widths[c]);
      spare += Math.max(0, widths[c] - least[c]);
    }
    if (lacking == 0 || Arrays.stream(least).sum() > available) {
      return widths;
    }
    double[] out = new double[widths.length];
    for (int c = 0; c < widths.length; c++) {
      out[c] = widths[c] < least[c] ? least[c] : widths[c] - (widths[c] - least[c]) / spare * lacking;
    }
    return out;
  }

  /**
   * Whether the rows are set one under another, each a block of its fields, as a table on a phone
   * is read: when the columns, each at least as wide as its widest word, are wider than the chart.
   */
  public static boolean stacked(List<String> headers, List<List<String>> cells, double available, Font head,
      Font body) {
    return Arrays.stream(least(headers, cells, head, body)).sum() > available;
  }

  /** A stacked row's title: its first cell, in the header's font; an empty one is its dash. */
  public static List<String> titleLines(String text, Font head, double width) {
    return TextMetrics.wrap(text.isEmpty() ? MISSING : text, head, width);
  }

  /** A stacked row's other field, "Header: value"; an empty one shows the dash. */
  public static List<String> fieldLines(String header, String value, Font body, double width) {
    return TextMetrics.wrap(header + ": " + (value.isEmpty() ? MISSING : value), body, width);
  }

  /** The height of stacked rows: each a title, its other fields and a gap above and below. */
  public static double stackedHeight(List<String> headers, List<List<String>> cells, double width, Font head,
      Font body) {
    double height = 0;
    for (List<String> row : cells) {
      height += 2 * ROW_GAP + titleLines(row.get(0), head, width).size() * TextMetrics.lineHeight(head);
      for (int c = 1; c < headers.size(); c++) {
        height += fieldLines(headers.get(c), row.get(c), body, width).size() * TextMetrics.lineHeight(body);
      }
    }
    return height;
  }

  /** The lines of a cell in its column; an empty cell is one line (its dash). */
  public static List<String> lines(String text, Font font, double width) {
    return text.isEmpty() ? List.of("") : TextMetrics.wrap(text, font, width - PAD);
  }

  /** The height of the header and every row, their cells wrapped to the columns. */
  public static double height(List<String> headers, List<List<String>> cells, double[] widths, Font head, Font body) {
    int headRows = 1;
    for (int c = 0; c < widths.length; c++) {
      headRows = Math.max(headRows, lines(headers.get(c), head, widths[c]).size());
    }
    double height = headRows * TextMetrics.lineHeight(head) + ROW_GAP;
    for (List<String> row : cells) {
      int rows = 1;
      for (int c = 0; c < widths.length; c++) {
        rows = Math.max(rows, lines(row.get(c), body, widths[c]).size());
      }
      height += 2 * ROW_GAP + rows * TextMetrics.lineHeight(body);
    }
    return height;
  }
}
