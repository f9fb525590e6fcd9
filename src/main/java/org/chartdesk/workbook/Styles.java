package org.chartdesk.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.SheetLimits;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

/**
 * The workbook's few cell styles, each made once: a workbook holds at most 64,000 styles and
 * every {@code createCellStyle} call adds one, so styles are shared, never made per cell. A
 * streamed sheet's rows look styles up on a thread of their own ({@link DeflatedRows}) while the
 * workbook makes more: the map is read and grown under the lock.
 */
final class Styles {
  private static final String CUT = " […]";
  static final int TITLE_POINTS = 16;
  static final int HEADING_POINTS = 13;

  private final XSSFWorkbook wb;
  private final Map<String, CellStyle> data = new HashMap<>();
  /** The four text styles (wrapped or not, quote-prefixed or not), kept at hand for a million cells. */
  private final CellStyle[] texts = new CellStyle[4];
  final CellStyle title;
  final CellStyle heading;
  final CellStyle bold;
  final CellStyle wrap;
  final CellStyle link;
  final CellStyle italic;

  Styles(XSSFWorkbook wb) {
    this.wb = wb;
    asExcelWritesThem(wb.getStylesSource());
    title = withFont(font(TITLE_POINTS, true, false, false));
    heading = withFont(font(HEADING_POINTS, true, false, false));
    bold = withFont(font(11, true, false, false));
    italic = withFont(font(11, false, true, false));
    link = withFont(font(11, false, false, true));
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /**
   * The parts of a new workbook's styles that Excel always writes and POI does not: the second of
   * the two fills Excel reserves is gray125 (POI writes darkGray), and the cell style "Normal" that
   * every cell format derives from (without it openpyxl warns of a workbook with no default style),
   * then no differential formats and the default table and pivot table styles.
   */
  private static void asExcelWritesThem(StylesTable styles) {
    styles.getFillAt(1).getCTFill().getPatternFill().setPatternType(STPatternType.GRAY_125);
    CTCellStyles named = styles.getCTStylesheet().addNewCellStyles();
    CTCellStyle normal = named.addNewCellStyle();
    normal.setName("Normal");
    normal.setXfId(0);
    normal.setBuiltinId(0);
    named.setCount(1);
    if (styles.getCTStylesheet().getDxfs() == null) {
      styles.getCTStylesheet().addNewDxfs().setCount(0);
    }
    CTTableStyles tables = styles.getCTStylesheet().addNewTableStyles();
    tables.setCount(0);
    tables.setDefaultTableStyle("TableStyleMedium9");
    tables.setDefaultPivotStyle("PivotStyleLight16");
  }

  /**
   * A top-aligned style for table cells.
   *
   * @param format an Excel number format, or null for text
   * @param quoted true for text a spreadsheet would otherwise take for a formula on edit
   */
  synchronized CellStyle data(String format, boolean wrapText, boolean quoted) {
    return data.computeIfAbsent(format + "|" + wrapText + "|" + quoted, k -> made(format, wrapText, quoted));
  }

  private CellStyle made(String format, boolean wrapText, boolean quoted) {
    CellStyle s = wb.createCellStyle();
    if (format != null) {
      s.setDataFormat(wb.createDataFormat().getFormat(format));
    }
    s.setWrapText(wrapText);
    s.setQuotePrefixed(quoted);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  /**
   * A number's or date's style in a dataset's table: right-aligned a character clear of the cell's
   * edge. Printed, without gridlines, a year ran into the text of the next column ("1955june").
   */
  synchronized CellStyle tableNumber(String format) {
    return data.computeIfAbsent("table|" + format, k -> {
      CellStyle s = made(format, false, false);
      s.setAlignment(HorizontalAlignment.RIGHT);
      s.setIndention((short) 1);
      return s;
    });
  }

  /** Writes text as text: never a formula, quote-prefixed when it starts like one. */
  void text(Cell cell, String text, boolean wrapText) {
    cell.setCellValue(fit(text));
    cell.setCellStyle(textStyle(wrapText, looksLikeFormula(text)));
  }

  /** The style of a text cell; quote-prefixed for text that starts like a formula. */
  CellStyle textStyle(boolean wrapText, boolean quoted) {
    int i = (wrapText ? 2 : 0) + (quoted ? 1 : 0);
    CellStyle made = texts[i];
    return made != null ? made : text(i, wrapText, quoted);
  }

  private synchronized CellStyle text(int i, boolean wrapText, boolean quoted) {
    if (texts[i] == null) {
      texts[i] = data(null, wrapText, quoted);
    }
    return texts[i];
  }

  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Text within a cell's limit. Data cells are checked when loaded; this cuts generated text (a
   * long alt text) with a visible marker rather than failing the build.
   */
  static String fit(String text) {
    return text.length() <= SheetLimits.CELL_CHARS ? text
        : text.substring(0, SheetLimits.CELL_CHARS - CUT.length()) + CUT;
  }

  private CellStyle withFont(Font font) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private XSSFFont font(int points, boolean isBold, boolean isItalic, boolean underline) {
    XSSFFont f = wb.createFont();
    f.setFontHeightInPoints((short) points);
    f.setBold(isBold);
    f.setItalic(isItalic);
    if (underline) {
      f.setUnderline(Font.U_SINGLE);
      f.setColor(IndexedColors.BLUE.getIndex());
    }
    return f;
  }
}
