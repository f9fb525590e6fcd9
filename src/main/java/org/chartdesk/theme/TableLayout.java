package org.chartdesk.theme;

import java.awt.Font;
import java.util.Arrays;
import java.util.List;

/**
 * How a table chart sets its columns and rows: the renderer draws by it and the lint measures by
 * it, so the height the lint asks for is the height the rows take once their cells wrap.
 */
public final class TableLayout {
  /** Space right of each column's text. */
  public static final double PAD = 20;
  /** Space above and below each row's text. */
  public static final double ROW_GAP = 8;

  private TableLayout() {}

  /** Column widths: each its natural width if all fit, else the wide columns share what is left. */
  public static double[] widths(List<String> headers, List<List<String>> cells, double available, Font head,
      Font body) {
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
      // Spare width goes to the last column, so the rules run the full width.
      natural[n - 1] += available - total;
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
