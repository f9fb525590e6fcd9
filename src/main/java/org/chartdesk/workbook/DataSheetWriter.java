package org.chartdesk.workbook;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.dataset.Precision;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes one dataset as a typed Excel Table: numbers as numbers (years without a thousands
 * separator), text only ever as text, missing values as blank cells, header row frozen.
 */
final class DataSheetWriter {
  /** The first day Excel's date serials hold correctly (after its phantom 29 February 1900). */
  static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);
  private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

  static final String TABLE_STYLE = "TableStyleMedium2";
  static final String YEAR_FORMAT = "0";
  static final String INTEGER_FORMAT = "#,##0";

  /** Widest an ordinary column gets, in characters; longer text wraps. */
  static final int MAX_WIDTH = 60;

  /** Width of the citation column, which is always wrapped: quotes are long and are read, not scanned. */
  static final int CITATION_WIDTH = 80;

  /**
   * Narrowest a long text column is made, wrapped, for the sheet to print readably: some 24
   * characters of prose a line, a newspaper's narrow column.
   */
  static final int LEAST_WRAPPED_WIDTH = 20;

  /** Room for the autofilter button beside a header. */
  private static final int FILTER_BUTTON = 3;

  private final Styles styles;
  private final Dataset d;
  private final int[] widths;
  private final boolean[] wrap;
  /** Each column's qualifier column ("over" for a lower bound), or -1 for none. */
  private final int[] qualifierOf;
  /** Each number column's most decimals as written: its cells show every decimal a value has. */
  private final int[] decimals;

  private DataSheetWriter(Styles styles, Dataset d, Map<String, String> qualified) {
    this.styles = styles;
    this.d = d;
    List<Field> fields = d.fields();
    widths = new int[fields.size()];
    wrap = new boolean[fields.size()];
    qualifierOf = new int[fields.size()];
    decimals = new int[fields.size()];
    for (int c = 0; c < fields.size(); c++) {
      qualifierOf[c] = d.indexOf(qualified.getOrDefault(fields.get(c).name(), ""));
      decimals[c] = fields.get(c).type() == FieldType.NUMBER ? mostDecimals(c) : 0;
    }
    // Text columns first, whose widths the rows need (to wrap them); the others' are only the
    // sheet's, measured while a streamed sheet's rows are made (measureTheRest), unless a text
    // column may be narrowed to fit the page, which takes every width.
    int[] longest = new int[fields.size()];
    boolean narrowable = false;
    for (int c = 0; c < fields.size(); c++) {
      if (fields.get(c).type() == FieldType.STRING) {
        longest[c] = measure(c);
        narrowable |= widths[c] > LEAST_WRAPPED_WIDTH;
      }
    }
    if (narrowable) {
      measureTheRest();
      fitThePage();
    }
    for (int c = 0; c < fields.size(); c++) {
      wrap[c] = fields.get(c).type() == FieldType.STRING && (fields.get(c).citation() || longest[c] + 2 > widths[c]);
    }
  }

  /**
   * Narrows the widest text columns to one width, wrapping them, the widest that lets the sheet
   * print one page wide at a readable scale ({@link Layout#READABLE_WIDTH}), but never below
   * {@link #LEAST_WRAPPED_WIDTH} nor its header's: with its citations 80 characters wide and its
   * outcomes 60, the leader visits' ten columns printed at 44%, 11-point text as 5-point.
   */
  private void fitThePage() {
    int cap = Math.max(MAX_WIDTH, CITATION_WIDTH);
    while (cap > LEAST_WRAPPED_WIDTH && width(cap) > Layout.READABLE_WIDTH) {
      cap--;
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = capped(c, cap);
    }
  }

  /** The sheet's width with its text columns at most {@code cap} wide. */
  private int width(int cap) {
    int sum = 0;
    for (int c = 0; c < widths.length; c++) {
      sum += capped(c, cap);
    }
    return sum;
  }

  private int capped(int c, int cap) {
    Field field = d.fields().get(c);
    return field.type() != FieldType.STRING ? widths[c]
        : Math.min(widths[c], Math.max(cap, field.name().length() + FILTER_BUTTON + 2));
  }

  /**
   * Sets a column's width from its longest value as shown, or its header with the filter button;
   * returns that longest.
   */
  private int measure(int c) {
    Field field = d.fields().get(c);
    int longest = Math.max(field.name().length() + FILTER_BUTTON, ColumnWidths.longest(d, c) + qualifierRoom(c));
    // A number's cell is indented a character from its right edge (Styles.tableNumber).
    widths[c] = field.citation() ? CITATION_WIDTH
        : Math.min(MAX_WIDTH, longest + 2 + (field.type() == FieldType.STRING ? 0 : 1));
    return longest;
  }

  /** Room for the longest qualifier and its space before a column's numbers. */
  private int qualifierRoom(int c) {
    int room = 0;
    for (int r = 0; qualifierOf[c] >= 0 && r < d.rows().size(); r++) {
      if (d.value(r, qualifierOf[c]) instanceof String q && !q.isEmpty()) {
        room = Math.max(room, q.length() + 1);
      }
    }
    return room;
  }

  private void measureTheRest() {
    for (int c = 0; c < widths.length; c++) {
      if (widths[c] == 0) {
        measure(c);
      }
    }
  }

  /**
   * Writes the dataset on {@code sheet} as a table: its rows at once, or, for a sheet of
   * {@code streams}, as the workbook is written.
   *
   * @param qualified its columns whose numbers read with another column's words, each to that
   *     column: such a number is shown with them ("over 3,789") and stays a number
   * @param streams the workbook that streams the sheet's rows, or null to write them now
   */
  static DataTable write(XSSFSheet sheet, Styles styles, Dataset d, Map<String, String> qualified, String tableName,
      StreamedWorkbook streams) throws IOException {
    DataSheetWriter writer = new DataSheetWriter(styles, d, qualified);
    if (streams == null) {
      writer.rows(new PoiRows(sheet));
    } else {
      writer.prepareStyles();
      streams.streamRows(sheet, out -> writer.rows(new XmlRows(out)));
      // The sheet's extent, which POI works out only from rows it holds.
      sheet.getCTWorksheet().getDimension().setRef(new CellRangeAddress(0, d.rows().size(), 0,
          d.fields().size() - 1).formatAsString());
    }
    writer.measureTheRest();
    Layout.widths(sheet, writer.widths);
    writer.links(sheet);
    sheet.createFreezePane(0, 1);
    Layout.printTable(sheet);
    table(sheet, d, tableName);
    return new DataTable(d, sheet.getSheetName(), tableName, streams != null);
  }

  /** The most decimals a value of the column has, read until one has {@link NumberStyle#MOST_DECIMALS}. */
  private int mostDecimals(int c) {
    int most = 0;
    for (int r = 0; r < d.rows().size() && most < NumberStyle.MOST_DECIMALS; r++) {
      double v = d.number(r, c);
      most = Double.isNaN(v) ? most : Math.max(most, NumberStyle.decimals(v));
    }
    return most;
  }

  /**
   * Makes every style the rows may take. A streamed sheet's rows are written after the workbook's
   * styles, so the styles must be there first.
   */
  private void prepareStyles() {
    for (int c = 0; c < wrap.length; c++) {
      Field field = d.fields().get(c);
      switch (field.type()) {
        case YEAR -> styles.tableNumber(YEAR_FORMAT);
        case INTEGER -> styles.tableNumber(INTEGER_FORMAT);
        case NUMBER -> {
          styles.tableNumber(INTEGER_FORMAT);
          styles.tableNumber(NumberStyle.upTo(decimals[c]));
        }
        case DATE, DATETIME -> {
          styles.tableNumber(dateFormat(field.notation().datePattern().precision()));
          styles.textStyle(false, false);
        }
        case STRING -> {
          styles.textStyle(wrap[c], false);
          styles.textStyle(wrap[c], true);
        }
        case BOOLEAN -> { }
      }
      for (int r = 0; qualifierOf[c] >= 0 && r < d.rows().size(); r++) {
        double v = d.number(r, c);
        if (!Double.isNaN(v)) {
          numberStyle(new CellStyle[2], field.type(), v, r, c);
        }
      }
    }
  }

  /** The header, then every row: what each value becomes in its cell. */
  private void rows(SheetRows out) throws IOException {
    List<Field> fields = d.fields();
    out.row(0, 0);
    // Bold as well as the table style's: LibreOffice and Google Sheets draw no table style, and
    // their analysts saw the column names as one more row of data.
    for (int c = 0; c < fields.size(); c++) {
      out.text(c, fields.get(c).name(), styles.bold);
    }
    // Looked up once per column, not once per cell: a sheet may have millions of cells. Made
    // when first needed, so the workbook's styles come in the order its cells first use them.
    CellStyle[][] numberStyles = new CellStyle[fields.size()][2];
    for (int r = 0; r < d.rows().size(); r++) {
      // A row in a method of its own: the JIT compiles it quickly, not the loop over a million.
      row(out, r, numberStyles);
    }
    out.end();
  }

  private void row(SheetRows out, int r, CellStyle[][] numberStyles) throws IOException {
    List<Field> fields = d.fields();
    int lines = 1;
    for (int c = 0; c < fields.size(); c++) {
      if (wrap[c] && d.value(r, c) instanceof String s) {
        lines = Math.max(lines, Layout.lines(s, widths[c]));
      }
    }
    out.row(r + 1, lines > 1 ? lines * Layout.LINE_POINTS : 0);
    for (int c = 0; c < fields.size(); c++) {
      FieldType type = fields.get(c).type();
      if (type.isTemporal()) {
        long seconds = d.seconds(r, c);
        if (seconds != Long.MIN_VALUE) {
          date(out, c, seconds);
        } else {
          out.blank(c, null);
        }
      } else if (type.isNumeric()) {
        double v = d.number(r, c);
        if (Double.isNaN(v)) {
          out.blank(c, null);
        } else {
          out.number(c, v, numberStyle(numberStyles[c], type, v, r, c));
        }
      } else if (d.value(r, c) instanceof String s) {
        out.text(c, Styles.fit(s), isUrl(s) ? styles.link : styles.textStyle(wrap[c], Styles.looksLikeFormula(s)));
      } else if (d.value(r, c) instanceof Boolean b) {
        out.bool(c, b);
      } else {
        out.blank(c, null);
      }
    }
  }

  /**
   * The style of a number in a column: {whole, with decimals}, each made when first needed; a
   * number with a qualifier gets the qualifier into its format, so that the cell reads "over
   * 3,789" and still holds 3789 to sort, filter and sum.
   */
  private CellStyle numberStyle(CellStyle[] column, FieldType type, double v, int r, int c) {
    // A qualifier with a quote in it cannot stand inside the format's quotes: it stays in its column.
    if (qualifierOf[c] >= 0 && d.value(r, qualifierOf[c]) instanceof String q && !q.isEmpty() && q.indexOf('"') < 0) {
      return styles.tableNumber('"' + q + " \"" + numberFormat(type, number(type, v)));
    }
    int i = type == FieldType.NUMBER && v != Math.rint(v) ? 1 : 0;
    if (column[i] == null) {
      // One format for the column's fractions, "#,##0.###" to its most decimals: each shows its own.
      column[i] = styles.tableNumber(i == 1 ? NumberStyle.upTo(decimals[c]) : numberFormat(type, number(type, v)));
    }
    return column[i];
  }

  private static Number number(FieldType type, double v) {
    return type == FieldType.NUMBER ? (Number) v : (Number) (long) v;
  }


  /** A date or date-time cell, read from the column's seconds without making an object. */
  private void date(SheetRows out, int c, long seconds) throws IOException {
    Precision precision = d.fields().get(c).notation().datePattern().precision();
    if (seconds < FIRST_EXCEL_DATE.toEpochDay() * DatePattern.DAY) {
      // Excel's serial dates start in 1900 (and count a 29 February 1900 that never was):
      // an earlier date is written as ISO text, never as a wrong number.
      out.text(c, isoText(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC), precision),
          styles.textStyle(false, false));
    } else {
      out.number(c, serial(seconds), styles.tableNumber(dateFormat(precision)));
    }
  }

  /** A source address is a link an analyst can follow with a click; the text stays as written. */
  private void links(XSSFSheet sheet) {
    // Only text can be an address: a million rows of numbers are not looked at.
    int[] texts = IntStream.range(0, d.fields().size())
        .filter(c -> d.fields().get(c).type() == FieldType.STRING && d.textMayContain(c, "://")).toArray();
    if (texts.length == 0) {
      return;
    }
    for (int r = 0; r < d.rows().size(); r++) {
      for (int c : texts) {
        if (d.value(r, c) instanceof String s && isUrl(s)) {
          XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
          link.setAddress(s);
          link.setCellReference(new CellReference(r + 1, c).formatAsString());
          sheet.addHyperlink(link);
        }
      }
    }
  }

  /** The Excel Table over the header and rows, with filter buttons and banded rows. */
  private static void table(XSSFSheet sheet, Dataset d, String tableName) {
    List<Field> fields = d.fields();
    // A table needs at least one body row, even when the dataset has none.
    int lastRow = Math.max(1, d.rows().size());
    AreaReference area = new AreaReference(new CellReference(0, 0),
        new CellReference(lastRow, fields.size() - 1), SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.createTable(null);
    table.setName(tableName);
    table.setDisplayName(tableName);
    table.getCTTable().setRef(area.formatAsString());
    // The columns made at once, named here: POI's createTable(area) adds them one by one, each
    // time renaming all from the header cells (16,384 columns took over 15 minutes), and a
    // streamed sheet holds no header cells. A line break is written as Excel writes it in a name.
    CTTableColumn[] columns = new CTTableColumn[fields.size()];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = CTTableColumn.Factory.newInstance();
      columns[c].setId(c + 1);
      columns[c].setName(fields.get(c).name().replace("\n", "_x000a_").replace("\r", "_x000d_"));
    }
    CTTableColumns all = table.getCTTable().addNewTableColumns();
    all.setCount(columns.length);
    all.setTableColumnArray(columns);
    table.updateReferences();
    // createTable leaves out the autofilter, and without it Excel shows no filter buttons.
    table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
    table.setStyleName(TABLE_STYLE);
    // Set on the bean: XSSFTable.getStyle() would first parse POI's definitions of every built-in
    // table style, a second's work. Excel writes all four (ExcelMadeComparisonTest).
    CTTableStyleInfo style = table.getCTTable().getTableStyleInfo();
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
    table.getCTTable().setTotalsRowShown(false);
  }

  /**
   * The number format of a value: years without separators (never "1,973"), whole numbers with
   * them. A fraction gets every decimal it has (0.182, not 0.18: the cell shows the source's
   * figure); a whole {@code number} value gets none, because "#,##0.##" would show 5 as "5.".
   */
  static String numberFormat(FieldType type, Number n) {
    if (type == FieldType.YEAR) {
      return YEAR_FORMAT;
    }
    if (type == FieldType.INTEGER || n instanceof Long) {
      return INTEGER_FORMAT;
    }
    double v = n.doubleValue();
    return v == Math.rint(v) && !Double.isInfinite(v) ? INTEGER_FORMAT : NumberStyle.asWritten(v);
  }

  /** A whole cell that is a web address, with nothing else in it. */
  static boolean isUrl(String s) {
    return s.startsWith("http") && s.matches("https?://[^\\s]+");
  }

  /** Excel's serial of a moment (local seconds since 1970) from 1 March 1900 on: days since 30 December 1899, and the day's fraction. */
  static double serial(long seconds) {
    return Math.floorDiv(seconds, DatePattern.DAY) - EXCEL_EPOCH_DAY
        + Math.floorMod(seconds, DatePattern.DAY) / (double) DatePattern.DAY;
  }

  /** Dates shown as precisely as they were given: "1 Jan 1955 14:30", "1 Jan 1955", "Jan 1955" or "1955". */
  static String dateFormat(Precision precision) {
    return switch (precision) {
      case SECOND -> "d mmm yyyy hh:mm:ss";
      case HOUR, MINUTE -> "d mmm yyyy hh:mm";
      case DAY -> "d mmm yyyy";
      case MONTH -> "mmm yyyy";
      case YEAR -> "yyyy";
    };
  }

  static String isoText(LocalDateTime time, Precision precision) {
    String iso = time.toLocalDate().toString();
    return switch (precision) {
      case SECOND -> iso + "T" + time.toLocalTime().withNano(0).format(java.time.format.DateTimeFormatter.ISO_LOCAL_TIME);
      case HOUR, MINUTE -> iso + "T" + time.toLocalTime().toString().substring(0, 5);
      case DAY -> iso;
      case MONTH -> iso.substring(0, 7);
      case YEAR -> iso.substring(0, 4);
    };
  }
}
