package org.chartdesk.render;

import java.nio.file.Path;
import org.chartdesk.build.Build;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.ChartModel;

/** A chart of the shipped story, or of the examples, as a build binds it. */
final class Shipped {
  private Shipped() {}

  /** The story's chart of this id, as {@code check} binds it. */
  static ChartModel chart(String id) {
    return new Build(Path.of("").toAbsolutePath()).check().models().stream().filter(c -> c.frame().id().equals(id))
        .findFirst().orElseThrow();
  }

  /** The examples' chart of this id. */
  static ChartModel example(String id) throws Exception {
    return Examples.models(Examples.story()).stream().filter(c -> c.frame().id().equals(id)).findFirst()
        .orElseThrow();
  }
}
