package org.chartdesk.workbook;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import org.apache.poi.util.TempFile;
import org.chartdesk.io.RawDeflate;

/**
 * A streamed sheet's rows, made and deflated as soon as the sheet is planned, on threads of their
 * own, into a temporary file; the workbook's zip later puts them between the sheet's head and tail
 * ({@link ReproducibleZip.Stream#insert}). A million rows are 160 MB of XML and about two seconds
 * of deflating: done while the charts are drawn rather than after them, they no longer end the build.
 *
 * <p>The file holds a raw deflate stream that ends on a byte boundary with no final block (a sync
 * flush), so that another deflate stream may follow it; with the rows' CRC-32 and length, that is
 * all the zip needs.
 */
final class DeflatedRows implements AutoCloseable {
  /** The rows as deflated: the file, and the CRC-32 and length of what it holds uncompressed. */
  record Done(File file, long crc, long size, long compressedSize) {}

  private static final int BUFFER = 1 << 16;

  private final CompletableFuture<Done> done = new CompletableFuture<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread thread;
  private volatile File file;

  private DeflatedRows(StreamedWorkbook.Rows writer) {
    thread = new Thread(() -> run(writer), "chartdesk-deflate");
    thread.setDaemon(true);
  }

  /**
   * Starts making the rows. {@code writer} runs on another thread while the workbook goes on: it
   * may read only what no one changes any more (the dataset, the chart, styles already made).
   */
  static DeflatedRows start(StreamedWorkbook.Rows writer) {
    DeflatedRows rows = new DeflatedRows(writer);
    rows.thread.start();
    return rows;
  }

  private void run(StreamedWorkbook.Rows writer) {
    try {
      file = TempFile.createTempFile("chartdesk-rows-", ".deflate");
      Sink sink = new Sink(new BufferedOutputStream(Files.newOutputStream(file.toPath()), BUFFER));
      try (sink) {
        pipe(writer, sink);
        sink.endRows();
      }
      done.complete(new Done(file, sink.crc.getValue(), sink.size, sink.compressed));
    } catch (Throwable t) {
      done.completeExceptionally(t);
    } finally {
      if (closed.get()) {
        delete();
      }
    }
  }

  /** The rows once deflated; the error that stopped them, if one did (a full disk, say). */
  Done await() throws IOException {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while a streamed sheet's rows were made");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("could not write a streamed sheet's rows", e.getCause());
    }
  }

  /** The temporary file, once made. */
  File file() {
    return file;
  }

  /** Stops the rows if still being made, and removes their file. */
  @Override
  public void close() {
    closed.set(true);
    thread.interrupt();
    if (done.isDone()) {
      delete();
    }
  }

  private void delete() {
    File f = file;
    if (f != null) {
      try {
        Files.deleteIfExists(f.toPath());
      } catch (IOException e) {
        // In the process's own temporary folder, which goes when the JVM exits.
      }
    }
  }

  /**
   * Makes the rows on a thread of their own while this one compresses what they make: on two cores
   * a large sheet then takes as long as the slower of the two, not as both together.
   */
  private static void pipe(StreamedWorkbook.Rows writer, OutputStream out) throws IOException {
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
          // The deflating side stopped reading: nobody waits for the end.
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

  /**
   * Deflates what it is given a mebibyte at a time, each segment primed with the 32 KiB before it
   * (the fastest search: a sixth more room than a thorough one, a third of the time), and counts.
   */
  private static final class Sink extends OutputStream {
    private static final int SEGMENT = 1 << 20;

    private final OutputStream file;
    private final byte[] buffer = new byte[RawDeflate.WINDOW + SEGMENT];
    private final CRC32 crc = new CRC32();
    /** Where the bytes not yet deflated start in {@link #buffer}; those before it prime them. */
    private int from;
    private int filled;
    private long size;
    private long compressed;

    Sink(OutputStream file) {
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      crc.update(b, off, len);
      size += len;
      while (len > 0) {
        int n = Math.min(len, buffer.length - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
        if (filled == buffer.length) {
          deflate();
          System.arraycopy(buffer, filled - RawDeflate.WINDOW, buffer, 0, RawDeflate.WINDOW);
          from = filled = RawDeflate.WINDOW;
        }
      }
    }

    /** Ends the stream on a byte boundary, with no final block: the sheet's tail follows it. */
    void endRows() throws IOException {
      deflate();
    }

    private void deflate() throws IOException {
      // A mebibyte: the thread's kept encoder deflates it, its tables made once for the sheet.
      byte[] deflated = RawDeflate.segment(buffer, from, filled, false, RawDeflate.Effort.FASTEST);
      file.write(deflated);
      compressed += deflated.length;
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
