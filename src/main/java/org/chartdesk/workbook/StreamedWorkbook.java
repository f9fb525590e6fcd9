package org.chartdesk.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook as written. Sheets made on the {@link XSSFWorkbook} are kept whole in memory; the
 * rows of a sheet made with {@link #createStreamedSheet} are written when the workbook is, straight
 * into its zip, through SXSSF's injection of sheet data; widths, links, tables and drawings are
 * made on that sheet as on any other. The zip gets fixed entry times
 * ({@link ReproducibleZip}).
 */
final class StreamedWorkbook extends SXSSFWorkbook {
  /** Writes a streamed sheet's rows: the content of its {@code sheetData} element. */
  interface Rows {
    void write(OutputStream out) throws IOException;
  }

  private final Instant instant;
  private final Map<SXSSFSheet, Rows> rows = new HashMap<>();

  StreamedWorkbook(XSSFWorkbook workbook, Instant instant) {
    super(workbook);
    this.instant = instant;
    // The sheets' extent is set by whoever writes their rows, which SXSSF does not see.
    setShouldCalculateSheetDimensions(false);
  }

  /** A sheet whose rows are written by what {@link #streamRows} gives it, when the workbook is written. */
  XSSFSheet createStreamedSheet(String name) {
    createSheet(name);
    return getXSSFWorkbook().getSheet(name);
  }

  /** Sets what writes the rows of a sheet made by {@link #createStreamedSheet}. */
  void streamRows(XSSFSheet sheet, Rows writer) {
    rows.put(getSheet(sheet.getSheetName()), writer);
  }

  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
    Rows writer = rows.get(sheet);
    return writer == null ? super.createSheetInjector(sheet) : writer::write;
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    // The sheets SXSSF knows are the streamed ones.
    return ReproducibleZip.stream(out, instant, name -> getSheetFromZipEntryName(name) != null);
  }
}
