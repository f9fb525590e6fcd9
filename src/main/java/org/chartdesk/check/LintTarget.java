package org.chartdesk.check;

import java.util.Optional;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Story;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.theme.Theme;

/**
 * A chart as the lint sees it: the bound model, the data it was bound from and the theme it will
 * be drawn with.
 *
 * @param file the spec file findings point at, "charts/<spec>.yaml"
 */
record LintTarget(ChartModel model, Story story, Theme theme, String file) {
  /** The chart with the bundled theme its frame names, else the given one. */
  static LintTarget of(ChartModel model, Story story, Theme fallback) {
    String named = model.frame().theme();
    Theme theme = named != null && Theme.BUNDLED.contains(named) ? Theme.named(named) : fallback;
    return new LintTarget(model, story, SeriesColours.of(model, theme), model.frame().file());
  }

  String id() {
    return model.frame().id();
  }

  Optional<Dataset> dataset() {
    return story == null ? Optional.empty() : story.dataset(model.dataset());
  }
}
