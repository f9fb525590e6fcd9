package org.chartdesk.workbook;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Precision;
import org.chartdesk.dataset.Row;
import org.chartdesk.model.NumberStyle;

/**
 * Writes one dataset as a typed Excel Table: numbers as numbers (years without a thousands
 * separator), text only ever as text, missing values as blank cells, header row frozen.
 */
final class DataSheetWriter {
  /** The first day Excel's date serials hold correctly (after its phantom 29 February 1900). */
  static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);

  static final String TABLE_STYLE = "TableStyleMedium2";
  static final String YEAR_FORMAT = "0";
  static final String INTEGER_FORMAT = "#,##0";
  static final String NUMBER_FORMAT = "#,##0.##";

  /** Widest an ordinary column gets, in characters; longer text wraps. */
  static final int MAX_WIDTH = 60;

  /** Width of the citation column, which is always wrapped: quotes are long and are read, not scanned. */
  static final int CITATION_WIDTH = 80;

  /** Room for the autofilter button beside a header. */
  private static final int FILTER_BUTTON = 3;

  private DataSheetWriter() {}

  static DataTable write(XSSFWorkbook wb, Styles styles, Dataset d, String sheetName, String tableName) {
    XSSFSheet sheet = wb.createSheet(sheetName);
    List<Field> fields = d.fields();
    XSSFRow header = sheet.createRow(0);
    int[] widths = new int[fields.size()];
    for (int c = 0; c < fields.size(); c++) {
      String name = fields.get(c).name();
      header.createCell(c).setCellValue(name);
      widths[c] = name.length() + FILTER_BUTTON;
      for (Row row : d.rows()) {
        widths[c] = Math.max(widths[c], longestLine(display(fields.get(c), row.get(c))));
      }
    }
    boolean[] wrap = new boolean[fields.size()];
    for (int c = 0; c < fields.size(); c++) {
      wrap[c] = fields.get(c).citation() || widths[c] + 2 > MAX_WIDTH;
      widths[c] = fields.get(c).citation() ? CITATION_WIDTH : Math.min(MAX_WIDTH, widths[c] + 2);
      Layout.width(sheet, c, widths[c]);
    }
    for (int r = 0; r < d.rows().size(); r++) {
      Row row = d.rows().get(r);
      XSSFRow xrow = sheet.createRow(r + 1);
      int lines = 1;
      for (int c = 0; c < fields.size(); c++) {
        Object v = row.get(c);
        XSSFCell cell = xrow.createCell(c);
        if (v instanceof String s) {
          styles.text(cell, s, wrap[c]);
          if (wrap[c]) {
            lines = Math.max(lines, Layout.lines(s, widths[c]));
          }
          if (isUrl(s)) {
            // A source address an analyst can follow with a click; the text stays as written.
            XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(s);
            cell.setHyperlink(link);
            cell.setCellStyle(styles.link);
          }
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(styles.data(numberFormat(fields.get(c).type(), n), false, false));
        } else if (v instanceof Boolean b) {
          cell.setCellValue(b);
        } else if (v instanceof LocalDate date) {
          Precision precision = fields.get(c).notation().datePattern().precision();
          if (date.isBefore(FIRST_EXCEL_DATE)) {
            // Excel's serial dates start in 1900 (and count a 29 February 1900 that never was):
            // an earlier date is written as ISO text, never as a wrong number.
            styles.text(cell, isoText(date, precision), false);
          } else {
            cell.setCellValue(date);
            cell.setCellStyle(styles.data(dateFormat(precision), false, false));
          }
        }
      }
      Layout.fitLines(xrow, lines);
    }
    sheet.createFreezePane(0, 1);

    // A table needs at least one body row, even when the dataset has none.
    int lastRow = Math.max(1, d.rows().size());
    AreaReference area = new AreaReference(new CellReference(0, 0),
        new CellReference(lastRow, fields.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.createTable(area);
    table.setName(tableName);
    table.setDisplayName(tableName);
    table.updateHeaders();
    // createTable leaves out the autofilter, and without it Excel shows no filter buttons.
    table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
    table.setStyleName(TABLE_STYLE);
    XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    // Written out as Excel writes them (ExcelMadeComparisonTest), not left to defaults.
    table.getCTTable().getTableStyleInfo().setShowFirstColumn(false);
    table.getCTTable().getTableStyleInfo().setShowLastColumn(false);
    table.getCTTable().setTotalsRowShown(false);
    return new DataTable(d, sheetName, tableName);
  }

  /**
   * The number format of a value: years without separators (never "1,973"), whole numbers with
   * them. Decimals get up to two places; a whole {@code number} value gets none, because
   * "#,##0.##" would show 5 as "5." with a dangling point.
   */
  static String numberFormat(FieldType type, Number n) {
    if (type == FieldType.YEAR) {
      return YEAR_FORMAT;
    }
    if (type == FieldType.INTEGER || n instanceof Long) {
      return INTEGER_FORMAT;
    }
    double v = n.doubleValue();
    return v == Math.rint(v) && !Double.isInfinite(v) ? INTEGER_FORMAT : NUMBER_FORMAT;
  }

  /** A whole cell that is a web address, with nothing else in it. */
  static boolean isUrl(String s) {
    return s.matches("https?://[^\\s]+");
  }

  /** Dates shown as precisely as they were given: "1 Jan 1955", "Jan 1955" or "1955". */
  static String dateFormat(Precision precision) {
    return switch (precision) {
      case DAY -> "d mmm yyyy";
      case MONTH -> "mmm yyyy";
      case YEAR -> "yyyy";
    };
  }

  static String isoText(LocalDate date, Precision precision) {
    String iso = date.toString();
    return switch (precision) {
      case DAY -> iso;
      case MONTH -> iso.substring(0, 7);
      case YEAR -> iso.substring(0, 4);
    };
  }

  private static String display(Field field, Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDate date) {
      return isoText(date, field.notation().datePattern().precision());
    }
    if (v instanceof Number n) {
      String format = numberFormat(field.type(), n);
      return format.equals(YEAR_FORMAT) ? Long.toString(n.longValue()) : NumberStyle.format(n.doubleValue(), format);
    }
    return v.toString();
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }
}
