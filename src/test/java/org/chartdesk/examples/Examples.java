package org.chartdesk.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.SplitBinder;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;

/**
 * The examples/ project loaded and bound as the build binds it, without the lint, so tests of the
 * renderers and the workbook see exactly the models a build draws.
 */
public final class Examples {
  public static final Path PROJECT = Path.of("examples").toAbsolutePath();

  private Examples() {}

  public static Story story() throws InputException {
    return new StoryLoader(PROJECT).load();
  }

  /** Every example chart, bound, in file-name order (the build's order); a split spec's charts by id. */
  public static List<ChartModel> models(Story story) throws InputException {
    return models(PROJECT, story, ProjectSettings.NONE);
  }

  /**
   * Every chart of a project, bound as a build with the given command-line settings binds it (a
   * German edition: {@code new ProjectSettings(null, "de", null)}).
   */
  public static List<ChartModel> models(Path project, ProjectSettings commandLine) throws InputException {
    return models(project, new StoryLoader(project).load(), commandLine);
  }

  private static List<ChartModel> models(Path project, Story story, ProjectSettings commandLine)
      throws InputException {
    List<ChartModel> out = new ArrayList<>();
    for (Path spec : specs(project)) {
      String name = spec.getFileName().toString();
      String id = name.substring(0, name.length() - ".yaml".length());
      try {
        SplitBinder.bind(story, SpecLoader.load(id, "charts/" + name, Files.readAllBytes(spec)), ProjectSettings.NONE,
            commandLine).forEach(b -> out.add(b.model()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static List<Path> specs() {
    return specs(PROJECT);
  }

  private static List<Path> specs(Path project) {
    try (Stream<Path> files = Files.list(project.resolve("charts"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
