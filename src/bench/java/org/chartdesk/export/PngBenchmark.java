package org.chartdesk.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chartdesk.build.Build;
import org.chartdesk.model.ChartModel;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 2x chart (2400x1350 PNG) in a warm process, as the build makes it: laid out from its bound
 * model, drawn and PNG-encoded; and the drawing and the encoding alone. {@code bar} is the anchors'
 * w1 chart (three columns, title, subtitle, source) from {@code bench/projects}; {@code story} is
 * the shipped story's column chart, with its notes and labels. Run from the repository's root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class PngBenchmark {
  private static final int SCALE = 2;

  @Param({"bar", "story"})
  public String chart;

  private Path projects;
  private ChartModel model;
  private JFreeChart laidOut;
  private BufferedImage drawn;

  @Setup
  public void setUp() throws IOException, InterruptedException {
    projects = Files.createTempDirectory("chartdesk-bench");
    Process p = new ProcessBuilder("bench/projects", projects.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("bench/projects failed; run from the repository's root");
    }
    boolean story = chart.equals("story");
    Build.Checked checked = new Build(story ? Path.of("").toAbsolutePath() : projects.resolve("bar")).check();
    model = checked.models().stream()
        .filter(m -> !story || m.frame().id().equals("kgb-planted-stories")).findFirst().orElseThrow();
    laidOut = layOut();
    drawn = PngExporter.draw(laidOut, width(), height(), SCALE * width(), SCALE * height());
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(projects)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** The whole of one 2x PNG: what a build does for it. */
  @Benchmark
  public byte[] chartEncoded() {
    return PngExporter.export(layOut(), width(), height(), SCALE, model.altText());
  }

  @Benchmark
  public BufferedImage drawing() {
    return PngExporter.draw(laidOut, width(), height(), SCALE * width(), SCALE * height());
  }

  @Benchmark
  public byte[] encoding() {
    return PngEncoder.encode(drawn, model.altText());
  }

  private JFreeChart layOut() {
    return ChartRenderer.render(model, Theme.named(model.frame().theme()));
  }

  private int width() {
    return model.frame().width();
  }

  private int height() {
    return model.frame().height();
  }
}
