package org.chartdesk.workbook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
    return writer == null ? super.createSheetInjector(sheet) : out -> pipe(writer, out);
  }

  /**
   * Writes the rows on a thread of their own while this one compresses what they write: on two
   * cores a large sheet then takes as long as the slower of the two, not as both together.
   */
  private static void pipe(Rows writer, OutputStream out) throws IOException {
    BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);
    byte[] end = new byte[0];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean abandoned = new AtomicBoolean();
    Thread rows = new Thread(() -> {
      try {
        writer.write(new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            put(chunks, off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len));
          }
        });
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        try {
          if (!abandoned.get()) {
            put(chunks, end);
          }
        } catch (InterruptedIOException e) {
          // The zip failed and stopped reading: nobody waits for the end.
        }
      }
    }, "chartdesk-rows");
    rows.setDaemon(true);
    rows.start();
    try {
      for (byte[] chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
        out.write(chunk);
      }
      rows.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a streamed sheet");
    } finally {
      abandoned.set(true);
      rows.interrupt();
    }
    if (failure.get() instanceof IOException e) {
      throw e;
    } else if (failure.get() != null) {
      throw new IOException("could not write a streamed sheet's rows", failure.get());
    }
  }

  private static void put(BlockingQueue<byte[]> chunks, byte[] chunk) throws InterruptedIOException {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      throw new InterruptedIOException("the rows' reader stopped");
    }
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    // The sheets SXSSF knows are the streamed ones.
    return ReproducibleZip.stream(out, instant, name -> getSheetFromZipEntryName(name) != null);
  }
}
