package org.chartdesk.dataset;

/**
 * What one Excel worksheet holds. Every dataset becomes a sheet of the workbook and every chart a
 * block of cells, so these bound the input and are checked before anything is written.
 */
public final class SheetLimits {
  public static final int ROWS = 1_048_576;
  /** The rows below a header row. */
  public static final int DATA_ROWS = ROWS - 1;
  public static final int COLUMNS = 16_384;
  public static final int CELL_CHARS = 32_767;
  public static final int SHEET_NAME_CHARS = 31;

  private SheetLimits() {}
}
