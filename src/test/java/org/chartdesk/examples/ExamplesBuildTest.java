package org.chartdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildOptions;
import org.chartdesk.build.BuildProgress;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.ChartResult;
import org.chartdesk.build.Format;
import org.chartdesk.spec.ChartKind;
import org.chartdesk.spec.ProjectSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Every example is drawn in every bundled locale: in German and Russian the table's longer words
   * ("Anmerkung", "Quelle") left it 14 px too short at its size, and it was refused.
   */
  @ParameterizedTest
  @ValueSource(strings = {"de", "ru", "en-IN", "en-AP"})
  void everyExampleIsDrawnInEveryLocale(String locale) throws Exception {
    BuildReport report = new Build(Examples.PROJECT, new ProjectSettings(null, locale, null)).build(out,
        new BuildOptions(false, false, 2, false, BuildOptions.Shard.WHOLE, BuildProgress.NONE, Set.of(Format.PNG)));
    assertThat(report.diagnostics()).extracting(d -> d.format()).isEmpty();
    assertThat(report.results()).allMatch(r -> r.status() == ChartResult.Status.BUILT);
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
