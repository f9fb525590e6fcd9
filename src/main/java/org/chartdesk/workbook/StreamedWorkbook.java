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
 * rows of a sheet made with {@link #createStreamedSheet} are made and deflated as soon as they are
 * given ({@link DeflatedRows}), and put in its place in the zip when the workbook is written;
 * widths, links, tables and drawings are made on that sheet as on any other. The zip gets fixed
 * entry times ({@link ReproducibleZip}).
 */
final class StreamedWorkbook extends SXSSFWorkbook {
  /** Writes a streamed sheet's rows: the content of its {@code sheetData} element. */
  interface Rows {
    void write(OutputStream out) throws IOException;
  }

  private final Instant instant;
  /** By sheet name, as the sheets are found when the zip is written. */
  private final Map<String, DeflatedRows> rows = new HashMap<>();
  private final DeflatedAhead ahead = new DeflatedAhead();
  private ReproducibleZip.Stream zip;
  private boolean streamed;

  StreamedWorkbook(XSSFWorkbook workbook, Instant instant) {
    super(workbook);
    this.instant = instant;
    // The sheets' extent is set by whoever writes their rows, which SXSSF does not see.
    setShouldCalculateSheetDimensions(false);
  }

  /** A sheet whose rows are written by what {@link #streamRows} gives it, when the workbook is written. */
  XSSFSheet createStreamedSheet(String name) {
    streamed = true;
    createSheet(name);
    return getXSSFWorkbook().getSheet(name);
  }

  /**
   * Sets what writes the rows of a sheet made by {@link #createStreamedSheet}, and starts it: it
   * runs on another thread from now on, so it may read only what no one changes any more.
   */
  void streamRows(XSSFSheet sheet, Rows writer) {
    rows.put(sheet.getSheetName(), DeflatedRows.start(writer));
  }

  /**
   * Without a streamed sheet, the package goes straight into the zip: SXSSF writes it to a
   * temporary zip first (deflated by the platform's zlib), then reads every entry back out of it.
   */
  @Override
  public void write(OutputStream out) throws IOException {
    if (!streamed) {
      // POI's package saves into a zip stream it is given, and finishes it.
      zip = ReproducibleZip.stream(out, instant, ahead);
      getXSSFWorkbook().write(zip);
      return;
    }
    super.write(out);
  }

  /** Deflates a part's content now, while there may be other work beside it (a chart's image). */
  void deflateAhead(byte[] content) {
    ahead.add(content);
  }

  /**
   * Removes the streamed sheets' temporary files and lets the package go. POI's close of a new
   * package saves it once more, every part marshalled again into a byte array no one reads: 66 ms
   * at the very end of a build of 200 charts.
   */
  @Override
  public void close() throws IOException {
    dispose();
    getXSSFWorkbook().getPackage().revert();
  }

  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
    DeflatedRows deflated = rows.get(sheet.getSheetName());
    return deflated == null ? super.createSheetInjector(sheet) : out -> zip.insert(deflated.await());
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    zip = ReproducibleZip.stream(out, instant, ahead);
    return zip;
  }

  /** Also stops rows still being made and removes their files. */
  @Override
  public boolean dispose() {
    rows.values().forEach(DeflatedRows::close);
    return super.dispose();
  }
}
