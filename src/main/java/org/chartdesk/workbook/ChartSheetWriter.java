package org.chartdesk.workbook;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Field;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.theme.Theme;

/**
 * Writes one sheet per chart: the chart's words, then either a native column chart over a small
 * block of live formulas (with the published image below it for comparison), or, for kinds Excel
 * has no chart for, the published image with a pointer to the data.
 */
final class ChartSheetWriter {
  /** Width in pixels of the native chart and of the embedded images (1x PNGs are 1200 wide). */
  static final int WIDTH_PX = 900;
  static final int CHART_HEIGHT_PX = 520;

  /** The chart data block's first column and the column the chart and images start in. */
  static final int DATA_COLUMN = 0;
  static final int CHART_COLUMN = 3;

  static final String GAP_NOTE = "#N/A = no figure in the source; the chart shows a gap.";

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final Theme theme;

  ChartSheetWriter(XSSFWorkbook wb, Styles styles, Theme theme) {
    this.wb = wb;
    this.styles = styles;
    this.theme = theme;
  }

  /** A column chart: live chart data, a native Excel chart reading it, and the image as published. */
  void column(String sheetName, ColumnChartModel m, DataTable data, byte[] png) {
    XSSFSheet sheet = wb.createSheet(sheetName);
    int r = words(sheet, m.frame());
    XSSFCell explain = sheet.createRow(r++).createCell(DATA_COLUMN);
    explain.setCellValue("Chart data: live formulas over table " + data.table() + " on sheet "
        + data.sheet() + ". " + GAP_NOTE);
    explain.setCellStyle(styles.italic);

    int headerRow = r;
    XSSFRow header = sheet.createRow(r++);
    String xTitle = data.dataset().field(m.xField()).map(Field::title)
        .filter(t -> !t.isBlank()).orElse(m.xField());
    styled(header.createCell(DATA_COLUMN), xTitle);
    styled(header.createCell(DATA_COLUMN + 1), m.yLabel());
    Layout.width(sheet, DATA_COLUMN, Math.max(8, xTitle.length() + 2));
    Layout.width(sheet, DATA_COLUMN + 1, Math.min(40, Math.max(12, m.yLabel().length() + 2)));

    String base = ColumnChart.excelFormat(m.format());
    String yearColumn = data.column(m.xField());
    String valueColumn = data.column(m.yField());
    for (ColumnChartModel.Bar bar : m.bars()) {
      XSSFRow row = sheet.createRow(r);
      XSSFCell year = row.createCell(DATA_COLUMN);
      year.setCellValue(bar.year());
      year.setCellStyle(styles.data(DataSheetWriter.YEAR_FORMAT, false, false));
      XSSFCell value = row.createCell(DATA_COLUMN + 1);
      value.setCellFormula(lookup(new CellReference(r, DATA_COLUMN).formatAsString(), yearColumn, valueColumn));
      if (bar.missing()) {
        value.setCellErrorValue(FormulaError.NA);
      } else {
        value.setCellValue(bar.value());
      }
      value.setCellStyle(styles.data(ColumnChart.labelFormat(base, bar.qualifier()), false, false));
      r++;
    }
    CellRangeAddress years = new CellRangeAddress(headerRow + 1, r - 1, DATA_COLUMN, DATA_COLUMN);
    CellRangeAddress values = new CellRangeAddress(headerRow + 1, r - 1, DATA_COLUMN + 1, DATA_COLUMN + 1);

    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = Layout.box(sheet, CHART_COLUMN, headerRow, WIDTH_PX, CHART_HEIGHT_PX);
    ColumnChart.draw(drawing.createChart(anchor), m, sheet, years, values,
        new CellReference(sheetName, headerRow, DATA_COLUMN + 1, true, true), theme);
    if (png != null) {
      int below = anchor.getRow2() + 1;
      styled(row(sheet, below).createCell(CHART_COLUMN), "As published:");
      picture(sheet, drawing, png, CHART_COLUMN, below + 1, m.altText());
    }
  }

  /** A chart Excel cannot draw natively: the published image and where its data is. */
  void image(String sheetName, ChartModel m, DataTable data, byte[] png) {
    XSSFSheet sheet = wb.createSheet(sheetName);
    int r = words(sheet, m.frame());
    String kind = m instanceof RangeChartModel ? "range" : "timeline";
    XSSFCell note = sheet.createRow(r++).createCell(0);
    note.setCellValue("Excel has no native chart of this kind (" + kind + "); "
        + (png == null ? "no image was supplied." : "the image shows the chart as published.")
        + " Its data is on sheet " + data.sheet() + ".");
    note.setCellStyle(styles.italic);
    if (png != null) {
      picture(sheet, sheet.createDrawingPatriarch(), png, 0, r + 1, m.altText());
    }
  }

  /** Title, subtitle, notes and source line from row 1 down; returns the next free row after a gap. */
  private int words(XSSFSheet sheet, Frame frame) {
    int r = 0;
    XSSFCell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(frame.title());
    title.setCellStyle(styles.title);
    if (frame.subtitle() != null) {
      sheet.createRow(r).createCell(0).setCellValue(frame.subtitle());
    }
    r++;
    for (String note : frame.notes()) {
      sheet.createRow(r++).createCell(0).setCellValue("Note: " + note);
    }
    sheet.createRow(r++).createCell(0).setCellValue(frame.sourceLine());
    return r + 1;
  }

  /**
   * The chart data formula: the figure for this row's year, looked up in the table by year so it
   * survives sorting and filtering the table; #N/A (a gap, not a zero) when the table has no row
   * for the year or the row has no figure.
   */
  static String lookup(String yearCell, String yearColumn, String valueColumn) {
    String index = "INDEX(" + valueColumn + ",MATCH(" + yearCell + "," + yearColumn + ",0))";
    return "IFERROR(IF(" + index + "=\"\",NA()," + index + "),NA())";
  }

  private void picture(XSSFSheet sheet, XSSFDrawing drawing, byte[] png, int column, int row, String altText) {
    int[] size = Png.size(png);
    int height = (int) Math.round((double) WIDTH_PX * size[1] / size[0]);
    XSSFClientAnchor anchor = Layout.box(sheet, column, row, WIDTH_PX, height);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    XSSFPicture picture = drawing.createPicture(anchor, wb.addPicture(png, Workbook.PICTURE_TYPE_PNG));
    picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(altText);
  }

  private void styled(XSSFCell cell, String text) {
    cell.setCellValue(text);
    cell.setCellStyle(styles.bold);
  }

  private static XSSFRow row(XSSFSheet sheet, int index) {
    XSSFRow row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }
}
