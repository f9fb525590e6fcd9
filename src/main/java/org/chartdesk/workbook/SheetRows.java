package org.chartdesk.workbook;

import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Where a dataset sheet's rows go, one after another: POI's cells of a sheet kept whole
 * ({@link PoiRows}), or worksheet XML for a streamed one ({@link XmlRows}).
 */
interface SheetRows {
  /**
   * Starts a row; the cells that follow are in it, left to right.
   *
   * @param height in points, or 0 for the default height
   */
  void row(int index, float height) throws IOException;

  /** @param style the cell's style, or null for none */
  void text(int column, String text, CellStyle style) throws IOException;

  void number(int column, double value, CellStyle style) throws IOException;

  /** A formula, without its "=", and the value it gives, cached. */
  void formula(int column, String formula, double value, CellStyle style) throws IOException;

  void bool(int column, boolean value) throws IOException;

  /** A cell without a value; with no style, no cell at all in a streamed sheet. */
  void blank(int column, CellStyle style) throws IOException;

  /** After the last row. */
  void end() throws IOException;
}
