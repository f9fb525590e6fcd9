package org.chartdesk.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Sizes computed from text lengths and cell geometry, never from fonts: {@code autoSizeColumn} is
 * slow and depends on the fonts installed where the build runs, and Excel does not grow rows for
 * wrapped text on open, so the heights are estimated here.
 */
final class Layout {
  /** Points per line of 11-point Calibri, which is what Excel and LibreOffice use for one line. */
  static final float LINE_POINTS = 15f;
  /** Rows a page of a chart's sheet holds beyond its drawings' (see {@link #pagesTall}). */
  private static final int SPARE_ROWS = 5;

  /**
   * Prose averages narrower characters than the digit "0" Excel measures widths in: 1.24 of them
   * a digit's width in Calibri (the example datasets' text), taken as 1.15 so that a line with
   * wider letters than most still fits.
   */
  private static final double PROSE_CHARS_PER_UNIT = 1.15;

  private static final double DEFAULT_COLUMN_PIXELS = 64;

  /** A table's sheet's margins at its sides, in inches: Excel's "Narrow", for room across. */
  private static final double TABLE_SIDE_MARGIN = 0.25;

  /**
   * The column widths, in characters, that a table's sheet prints one page wide at 80% or more
   * (11-point text as 9-point) on the narrower of Letter and A4 turned landscape, 792 points, in
   * LibreOffice, which draws a character of width 5.55 points wide (Excel 5.25, seven pixels). It
   * is worked out for 82%: LibreOffice's fit to the page's width settles a few percent below the
   * scale that fits (78% for columns 169 characters wide, which fit at 80%).
   */
  static final int READABLE_WIDTH = (int) ((792 - 2 * 72 * TABLE_SIDE_MARGIN) / 0.82 / 5.55);

  private Layout() {}

  /**
   * Printed (or saved as PDF) one page wide, and {@code pagesTall} tall (0: as many as it takes),
   * on landscape pages unless a sheet on one page is taller than wide. Left to the default, a
   * sheet's columns fall on separate pages: the About sheet's description was cut at the first
   * page's edge, a chart sheet's native chart and image printed in quarters. A tall chart sheet
   * (the relations timeline's picture, 1200 by 1350) squeezed onto a landscape page printed its
   * labels at 4 to 5 points; on a portrait page it is printed a third larger.
   */
  static void printOnePageWide(XSSFSheet sheet, int pagesTall) {
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(pagesTall != 1 || !drawingsTallerThanWide(sheet));
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) pagesTall);
  }

  /**
   * A table prints with narrow margins at its sides, and its header row on every page: printed
   * over several pages, the columns of the second were unnamed.
   */
  static void printTable(XSSFSheet sheet) {
    sheet.setMargin(PageMargin.LEFT, TABLE_SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, TABLE_SIDE_MARGIN);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }

  /** Whether the sheet's drawings, with the cells from its top left corner to them, are taller than wide. */
  static boolean drawingsTallerThanWide(XSSFSheet sheet) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return false;
    }
    int columns = 0;
    int rows = 0;
    for (XSSFShape shape : drawing.getShapes()) {
      if (shape.getAnchor() instanceof XSSFClientAnchor a) {
        columns = Math.max(columns, a.getCol2() + 1);
        rows = Math.max(rows, a.getRow2() + 1);
      }
    }
    double wide = 0;
    for (int c = 0; c < columns; c++) {
      wide += sheet.getColumnWidthInPixels(c);
    }
    double tall = 0;
    for (int r = 0; r < rows; r++) {
      Row row = sheet.getRow(r);
      tall += (row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints()) * 96 / 72;
    }
    return tall > wide;
  }

  /**
   * How many pages tall a chart's sheet prints on: one, with its native chart and image whole,
   * unless its block of chart data runs far below them; then as many as still give each page the
   * rows the drawings cover (and a few more, for the taller rows of its words), so that the first
   * page shows them whole. Fitted on one page, a chart over 600 years printed as a thumbnail.
   *
   * @param rows the sheet's rows, its data block included
   * @param drawnRows the rows from the top to the drawings' bottom
   */
  static int pagesTall(int rows, int drawnRows) {
    return Math.max(1, rows / (drawnRows + SPARE_ROWS));
  }

  /** Sets a column width in characters (Excel's unit, the width of "0"). */
  static void width(Sheet sheet, int column, int chars) {
    sheet.setColumnWidth(column, Math.min(255, chars) * 256);
  }

  /**
   * Sets the widths of a sheet's first columns at once, as {@link #width} would one by one: POI
   * looks each column up in the list of those set, which for a sheet of 16,384 columns took
   * minutes.
   */
  static void widths(XSSFSheet sheet, int[] chars) {
    CTWorksheet ws = sheet.getCTWorksheet();
    CTCols cols = ws.sizeOfColsArray() == 0 ? ws.addNewCols() : ws.getColsArray(0);
    CTCol[] all = new CTCol[chars.length];
    for (int c = 0; c < chars.length; c++) {
      all[c] = CTCol.Factory.newInstance();
      all[c].setMin(c + 1);
      all[c].setMax(c + 1);
      all[c].setWidth(Math.min(255, chars[c]));
      all[c].setCustomWidth(true);
    }
    cols.setColArray(all);
  }

  /**
   * Lines that {@code text} takes when wrapped in a column {@code chars} wide: broken at spaces, as
   * Excel and LibreOffice break it, a word that does not fit going to the next line whole (counted
   * by characters alone, 70 of the example datasets' 158 long texts wrapped 20 characters wide took
   * a line more in Calibri than their rows had), a word longer than a line anywhere. Read a
   * character at a time: a million rows' cells are read here.
   */
  static int lines(String text, int chars) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int perLine = Math.max(1, (int) (chars * PROSE_CHARS_PER_UNIT) - 1);
    int lines = 1;
    int used = 0;
    int word = 0;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : '\n';
      if (ch != ' ' && ch != '\n' && ch != '\r') {
        word++;
        continue;
      }
      if (word > 0) {
        if (used > 0 && used + 1 + word > perLine) {
          lines++;
          used = 0;
        }
        used += (used > 0 ? 1 : 0) + word;
        for (; used > perLine; used -= perLine) {
          lines++;
        }
        word = 0;
      }
      boolean crlf = ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (ch != ' ' && !crlf && i < text.length()) {
        lines++;
        used = 0;
      }
    }
    return lines;
  }

  /** Makes a row tall enough for {@code lines} lines, never shorter than the default. */
  static void fitLines(Row row, int lines) {
    if (lines > 1) {
      row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
    }
  }

  /**
   * Makes a row as tall as a line of text in a font of {@code points}, as Excel would fit it: set,
   * not left to the client, so that where pages break is known ({@link PageBreaks}).
   */
  static void fitFont(Row row, int points) {
    row.setHeightInPoints(Math.round(points * LINE_POINTS / 11 * 4) / 4f);
  }

  /**
   * An anchor of a given size in pixels from the top left of a cell, walking the real column
   * widths and row heights so that tall rows or wide columns under the object do not stretch it.
   */
  static XSSFClientAnchor box(XSSFSheet sheet, int column, int row, int widthPx, int heightPx) {
    int col2 = column;
    double left = widthPx;
    while (left > columnPixels(sheet, col2)) {
      left -= columnPixels(sheet, col2);
      col2++;
    }
    int row2 = row;
    double down = heightPx;
    while (down > rowPixels(sheet, row2)) {
      down -= rowPixels(sheet, row2);
      row2++;
    }
    return new XSSFClientAnchor(0, 0, (int) Math.round(left * Units.EMU_PER_PIXEL),
        (int) Math.round(down * Units.EMU_PER_PIXEL), column, row, col2, row2);
  }

  /**
   * A column's width in pixels as Excel draws it with its default font (Calibri 11, 7-pixel
   * digits): {@code trunc(7 * width + 0.5)} for a set width, and 64 pixels for a column left at
   * the default 8.43. POI's own {@code getColumnWidthInPixels} gives 56 for the latter, which
   * would stretch anything anchored over default columns by a seventh.
   */
  static double columnPixels(XSSFSheet sheet, int index) {
    CTCol col = sheet.getColumnHelper().getColumn(index, false);
    if (col == null || !col.isSetWidth()) {
      return DEFAULT_COLUMN_PIXELS;
    }
    return col.getHidden() ? 0 : Math.floor(7 * col.getWidth() + 0.5);
  }

  private static double rowPixels(XSSFSheet sheet, int index) {
    Row r = sheet.getRow(index);
    float points = r == null ? sheet.getDefaultRowHeightInPoints() : r.getHeightInPoints();
    return points * Units.PIXEL_DPI / Units.POINT_DPI;
  }
}
