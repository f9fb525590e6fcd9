package org.chartdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.spec.ChartKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples/ project: one chart per kind, built like any story, with nothing to report; and its
 * data is the shipped story's, row for row, so every example traces to the article.
 */
class ExamplesBuildTest {
  @TempDir Path out;

  @Test
  void buildsEveryExampleWithoutDiagnostics() throws Exception {
    BuildReport report = new Build(Examples.PROJECT).build(out);
    assertThat(report.diagnostics()).isEmpty();
    // A split spec makes a chart per value.
    assertThat(report.charts()).containsExactlyInAnyOrderElementsOf(
        Examples.models(Examples.story()).stream().map(m -> m.frame().id()).toList());
    assertThat(report.charts()).contains("bar-split--india", "bar-split--soviet-union");
    assertThat(out.resolve("chart-kinds.xlsx")).exists();
  }

  @Test
  void everyKindHasAnExample() throws IOException {
    Set<String> kinds = new HashSet<>();
    for (Path spec : Examples.specs()) {
      Files.readAllLines(spec).stream().filter(l -> l.startsWith("kind: "))
          .forEach(l -> kinds.add(l.substring("kind: ".length()).strip()));
    }
    Set<String> shownElsewhere = Set.of("column", "timeline", "range");
    for (ChartKind k : ChartKind.values()) {
      if (!shownElsewhere.contains(k.key())) {
        assertThat(kinds).as("an example of " + k.key()).contains(k.key());
      }
    }
  }

  @Test
  void datasetsAreTheShippedStorysUnchanged() throws IOException {
    Path shipped = Path.of("datasets").toAbsolutePath();
    try (Stream<Path> files = Files.list(shipped)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        assertThat(Examples.PROJECT.resolve("datasets").resolve(csv.getFileName()))
            .as("examples copy of " + csv.getFileName()).hasSameBinaryContentAs(csv);
      }
    }
    try (Stream<Path> files = Files.list(shipped.resolve("sources"))) {
      for (Path source : files.toList()) {
        assertThat(Examples.PROJECT.resolve("datasets/sources").resolve(source.getFileName()))
            .hasSameBinaryContentAs(source);
      }
    }
  }
}
