package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
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

  private static ChartModel model(Story story, String id) throws Exception {
    String file = "charts/" + id + ".yaml";
    return Binder.bind(story, SpecLoader.load(id, file, Files.readAllBytes(Path.of(file))));
  }
}
