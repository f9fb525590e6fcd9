package org.chartdesk.render;

import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.examples.Examples;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/** A chart of the shipped story, or of the examples, as a build binds it. */
final class Shipped {
  private Shipped() {}

  /** The story's chart of this id, as {@code check} binds it. */
  static ChartModel chart(String id) {
    return new Build(Path.of("").toAbsolutePath()).check().models().stream().filter(c -> c.frame().id().equals(id))
        .findFirst().orElseThrow();
  }

  /** A chart drawn in its theme, laid out on a phone: its canvas in layout units. */
  record Phone(Theme theme, JFreeChart chart, double width, double height) {
    /** The text it draws there, where it lands. */
    List<DrawnText.Box> text() {
      return DrawnText.of(chart, width, height);
    }
  }

  /** The story's chart of this id, laid out as its phone size is. */
  static Phone phone(String id) {
    return phone(chart(id));
  }

  /** A chart laid out as its phone size is. */
  static Phone phone(ChartModel m) {
    Theme theme = Theme.named(m.frame().theme());
    SizePreset phone = PresetLayout.of(SizePreset.named("phone"), m, theme);
    return new Phone(theme, ChartRenderer.render(m, theme), phone.layoutWidth(), phone.layoutHeight());
  }

  /** The examples' chart of this id. */
  static ChartModel example(String id) throws Exception {
    return Examples.models(Examples.story()).stream().filter(c -> c.frame().id().equals(id)).findFirst()
        .orElseThrow();
  }
}
