package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.export.PngExporter;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The lines over dates of the test project src/test/resources/date-axis (made-up data): a year of
 * days with a gap and every kind of note at dates, and two series of hourly readings in German,
 * each compared with its reviewed golden image, date-axis-&lt;chart&gt;.png, at 1x and 2x.
 */
class DateAxisGoldenImageTest {
  static final Path PROJECT = Path.of("src/test/resources/date-axis");

  @TestFactory
  List<DynamicTest> linesOverDatesLookAsReviewed() {
    Build.Checked checked = new Build(PROJECT.toAbsolutePath()).check();
    assertThat(checked.hasErrors()).as("%s", checked).isFalse();
    return checked.models().stream().flatMap(m -> java.util.stream.Stream.of(1, 2).map(scale ->
        DynamicTest.dynamicTest(m.frame().id() + " " + scale + "x", () -> {
          byte[] png = PngExporter.export(ChartRenderer.render(m, Theme.named(m.frame().theme())),
              m.frame().width(), m.frame().height(), scale, m.altText());
          GoldenImages.assertMatches("date-axis-" + m.frame().id() + (scale == 2 ? "@2x" : ""),
              ImageIO.read(new ByteArrayInputStream(png)));
        }))).toList();
  }
}
