package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.OutOfMemory;
import org.chartdesk.model.Binder;
import org.chartdesk.model.ChartModel;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.workbook.BuildInfo;
import org.junit.jupiter.api.Test;

class WorkbookPipelineTest {
  /**
   * A build that stops before every chart is drawn (a chart's kept files unreadable, an internal
   * error) ends the workbook's chain on its way out: it waited for the images of charts that would
   * never be drawn, and a nightly job hung where it should have exited with an error.
   */
  @Test
  void endingBeforeEveryChartIsDrawnDoesNotWaitForThem() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    Story story = new StoryLoader(project).load();
    List<ChartModel> charts = List.of(model(story, "kgb-planted-stories"), model(story, "leaders-in-office"));
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      WorkbookPipeline pipeline = new WorkbookPipeline(pool, story, charts,
          new BuildInfo("chartdesk test", new TreeMap<>(Map.of()), List.of(), List.of()), NewsLocale.english());
      pipeline.drawn(new ChartResult("kgb-planted-stories", ChartResult.Status.FAILED, List.of(), 0));
      assertTimeoutPreemptively(Duration.ofSeconds(20), pipeline::end, "end() with one chart never drawn");
    } finally {
      pool.shutdownNow();
    }
    assertThat(pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  /**
   * Out of memory inside CompletableFuture's own code, a step ends without passing its result on;
   * the build waited for the workbook for ever (two of some thirty builds with heaps of 9 and 14
   * MiB). Here a step's task is lost outright. Now the wait notices the pool idle with the chain
   * not ended and fails as stalled, which the build says as out of memory (OutOfMemoryTest).
   */
  @Test
  void aLostStepEndsTheWaitForTheWorkbook() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    Story story = new StoryLoader(project).load();
    List<ChartModel> charts = List.of(model(story, "kgb-planted-stories"), model(story, "leaders-in-office"));
    LosesTheSecondTask pool = new LosesTheSecondTask();
    try {
      WorkbookPipeline pipeline = new WorkbookPipeline(pool, story, charts,
          new BuildInfo("chartdesk test", new TreeMap<>(Map.of()), List.of(), List.of()), NewsLocale.english());
      pipeline.imageChecked("kgb-planted-stories", new byte[0]);
      pipeline.imageChecked("leaders-in-office", new byte[0]);
      Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> catchThrowable(pipeline::bytes), "bytes() with a step lost");
      assertThat(thrown).isInstanceOf(OutOfMemory.Stalled.class);
      assertTimeoutPreemptively(Duration.ofSeconds(20), pipeline::end, "end() with a step lost");
      assertThat(pool.tasks).hasValue(2);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs the first task (the workbook's start) and loses the second (the first chart's sheet). */
  private static final class LosesTheSecondTask extends ForkJoinPool {
    private final AtomicInteger tasks = new AtomicInteger();

    LosesTheSecondTask() {
      super(2);
    }

    @Override
    public void execute(Runnable task) {
      if (tasks.incrementAndGet() != 2) {
        super.execute(task);
      }
    }
  }

  private static ChartModel model(Story story, String id) throws Exception {
    String file = "charts/" + id + ".yaml";
    return Binder.bind(story, SpecLoader.load(id, file, Files.readAllBytes(Path.of(file))));
  }
}
