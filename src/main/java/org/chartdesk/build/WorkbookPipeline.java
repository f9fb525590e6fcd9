package org.chartdesk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.OutOfMemory;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.chartdesk.theme.NewsLocale;

/**
 * The workbook written while the charts are drawn, on the same threads: a chain of steps, each
 * adding one chart's sheet once that chart's image and the sheet before it are done. Written after
 * the charts, the workbook was the end of every build on one thread (200 charts: 5 of 16 s with
 * --jobs 2). The sheets go in the same order as before, so the bytes are the same. Steps never
 * wait on a thread: each is queued when what it needs is done.
 *
 * <p>Out of memory inside CompletableFuture's own code, a step can end without passing its result
 * on, and the chain never ends: waiting for it, the build watches the pool ({@link PoolWait}).
 */
final class WorkbookPipeline {
  private final ForkJoinPool pool;
  private final Map<String, CompletableFuture<byte[]>> images = new HashMap<>();
  private final CompletableFuture<byte[]> bytes;
  private final CompletableFuture<Void> closed;

  /**
   * Starts the workbook of {@code charts}, in their order; their images come through {@link #drawn}.
   *
   * @param words the locale of the workbook's own words, the edition's
   */
  WorkbookPipeline(ForkJoinPool pool, Story story, List<ChartModel> charts, BuildInfo info, NewsLocale words) {
    this.pool = pool;
    // A failure escaping CompletableFuture is why the chain stalls: noted, not thrown to the
    // thread, whose end would print its stack trace.
    Executor steps = step -> pool.execute(() -> {
      try {
        step.run();
      } catch (Throwable e) {
        OutOfMemory.note(e);
      }
    });
    charts.forEach(m -> images.put(m.frame().id(), new CompletableFuture<>()));
    CompletableFuture<WorkbookWriter.Pending> started = CompletableFuture.supplyAsync(() -> {
      try {
        return WorkbookWriter.begin(story, charts, Theme.house(), words);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, steps);
    CompletableFuture<WorkbookWriter.Pending> step = started;
    for (ChartModel m : charts) {
      step = step.thenCombineAsync(images.get(m.frame().id()), (workbook, png) -> {
        try {
          workbook.add(m, png);
          return workbook;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, steps);
    }
    bytes = step.thenApplyAsync(workbook -> {
      try {
        return workbook.finish(info);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, steps);
    // Closing (a quarter of a second for 200 sheets) happens while the build writes the gallery and
    // the manifest, on the thread that finished the workbook.
    closed = bytes.handle((done, failed) -> null).thenCompose(ended -> started)
        .handle((workbook, failed) -> {
          if (workbook != null) {
            close(workbook);
          }
          return null;
        });
  }

  /**
   * A chart's 1x PNG is drawn and its text checked: its sheet need not wait for its SVG and PDF.
   * Should the chart fail after all, the build is partial and this workbook is not used.
   */
  void imageChecked(String id, byte[] png) {
    images.get(id).complete(png);
  }

  /** A chart is done: its 1x PNG goes on its sheet; a failed one ends the chain (see {@link #discard}). */
  void drawn(ChartResult r) {
    CompletableFuture<byte[]> image = images.get(r.id());
    if (r.status() == ChartResult.Status.FAILED) {
      image.cancel(false);
      return;
    }
    image.complete(r.outputs().stream().filter(o -> o.path().equals(Build.workbookImage(r.id())))
        .map(Output::bytes).findFirst().orElse(null));
  }

  /** The workbook, once its last sheet is written. */
  byte[] bytes() throws IOException {
    try {
      return await(bytes);
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Waits for the chain to end and its temporary files to be removed: after the build, or when a
   * chart failed and the workbook is dropped. A failure to remove them is not the build's. No
   * chart is drawn after this: the images still awaited (a build stopped by an error before every
   * chart was drawn) never come, and the chain, which would wait for them for ever, ends now.
   */
  void end() {
    images.values().forEach(image -> image.cancel(false));
    try {
      await(closed.handle((done, failed) -> null));
    } catch (OutOfMemory.Stalled e) {
      // The build has failed already; the workbook's temporary files stay where Java keeps them.
    }
  }

  /** The step's result; its failure as a CompletionException, {@link OutOfMemory.Stalled} where it never ends. */
  private <T> T await(CompletableFuture<T> step) {
    try {
      return PoolWait.result(pool, step, "the workbook's writing");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof OutOfMemory.Stalled stalled ? stalled : new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    }
  }

  private static void close(WorkbookWriter.Pending workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
