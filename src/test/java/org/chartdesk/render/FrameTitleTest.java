package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.StoryCopy;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.export.DrawnText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame's text as drawn, at every size. */
class FrameTitleTest {
  /**
   * On a phone the shipped leader-visits title wrapped as "…Soviet Union, 1953–" over "1986";
   * the range stays whole on its line, and the title keeps every word.
   */
  @Test
  void aRangeOfYearsInATitleIsNeverPartedAtItsDash() throws Exception {
    Shipped.Phone phone = Shipped.phone("leader-visits");
    List<String> drawn = DrawnText.of(phone.chart(), phone.width(), phone.height()).stream()
        .map(DrawnText.Box::text).toList();

    assertThat(drawn).noneMatch(t -> t.strip().endsWith("1953–")).anyMatch(t -> t.contains("1953–1986"));
    assertThat(drawn).anyMatch(t -> t.startsWith("Five visits"));
  }

  /**
   * An editor's own line break in a title (a YAML block) ends a line where the chart is drawn and
   * where the lint lays it out: counted as one line less, the phone's plot ran into the notes.
   */
  @Test
  void aLineBreakInATitleIsLaidOutAsItIsDrawn(@TempDir Path dir) throws Exception {
    Path project = StoryCopy.into(dir.resolve("project"));
    Path spec = project.resolve("charts/leader-visits.yaml");
    Files.writeString(spec, Files.readString(spec).replace("title: Five visits between India and the Soviet Union, "
        + "1953–1986", "title: |\n  Five visits\n  between India and the Soviet Union, 1953–1986"));

    BuildReport report = new Build(project).build(dir.resolve("out"));

    assertThat(report.diagnostics()).extracting(Diagnostic::format).isEmpty();
  }
}
