package org.chartdesk.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A dataset's rows as POI cells of a sheet held whole in memory. */
final class PoiRows implements SheetRows {
  private final Sheet sheet;
  private Row row;

  PoiRows(Sheet sheet) {
    this.sheet = sheet;
  }

  @Override
  public void row(int index, float height) {
    row = sheet.createRow(index);
    if (height > 0) {
      row.setHeightInPoints(height);
    }
  }

  @Override
  public void text(int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    style(cell, style);
  }

  @Override
  public void number(int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    style(cell, style);
  }

  @Override
  public void formula(int column, String formula, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellFormula(formula);
    cell.setCellValue(value);
    style(cell, style);
  }

  @Override
  public void bool(int column, boolean value) {
    row.createCell(column).setCellValue(value);
  }

  @Override
  public void blank(int column, CellStyle style) {
    style(row.createCell(column), style);
  }

  @Override
  public void end() {}

  private static void style(Cell cell, CellStyle style) {
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
