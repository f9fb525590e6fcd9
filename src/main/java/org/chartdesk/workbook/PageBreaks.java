package org.chartdesk.workbook;

import java.util.Set;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where the pages of a sheet printed one page wide on landscape pages ({@link
 * Layout#printOnePageWide}) break, set as manual breaks so that a heading is never the last thing
 * on a page: Excel and LibreOffice know no "keep with next" for rows, and left to them the About
 * sheet's "Build" stood alone at a page's foot, its content on the next page.
 *
 * <p>A break a client makes itself comes where a page is full, which depends on the paper (A4 or
 * Letter, whichever the printer has) and on how wide the client draws the columns (LibreOffice's
 * are a few percent wider than Excel's, so it prints smaller). So every page is broken here, and
 * filled to what the smallest of those pages holds, A4 at Excel's scale: no client on either paper
 * finds a page too full to hold what these breaks give it, and none breaks it elsewhere.
 */
final class PageBreaks {
  /** A4 turned landscape, in points: wider than Letter (so printed larger) and less tall, it holds least. */
  private static final double PAGE_WIDTH = 842;
  private static final double PAGE_HEIGHT = 595;

  private PageBreaks() {}

  /**
   * Breaks the sheet's first {@code rows} rows into pages, each row of {@code keepWithNext} (a
   * heading, a table's header) on the page of the row after it.
   */
  static void set(XSSFSheet sheet, int rows, int columns, Set<Integer> keepWithNext) {
    double room = pageRows(sheet, columns);
    int first = 0;
    double used = 0;
    for (int r = 0; r < rows; r++) {
      double h = height(sheet, r);
      if (used + h > room && r > first) {
        int next = r;
        while (next - 1 > first && keepWithNext.contains(next - 1)) {
          next--;
        }
        sheet.setRowBreak(next - 1);
        first = next;
        used = 0;
        for (int k = first; k < r; k++) {
          used += height(sheet, k);
        }
      }
      used += h;
    }
  }

  /** The points of rows a page holds, at the scale that fits the sheet's columns to the page's width. */
  private static double pageRows(XSSFSheet sheet, int columns) {
    double wide = 0;
    for (int c = 0; c < columns; c++) {
      wide += Layout.columnPixels(sheet, c) * 72 / 96;
    }
    double across = PAGE_WIDTH - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
    double down = PAGE_HEIGHT - 72 * (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM));
    return down / Math.min(1, across / wide);
  }

  private static double height(XSSFSheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
  }
}
