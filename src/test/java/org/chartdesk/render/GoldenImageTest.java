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

/** Each shipped chart, as the build exports it, compared with its reviewed golden image. */
class GoldenImageTest {
  @TestFactory
  List<DynamicTest> shippedChartsLookAsReviewed() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    assertThat(checked.hasErrors()).isFalse();
    return checked.models().stream().map(m -> DynamicTest.dynamicTest(m.frame().id(), () -> {
      byte[] png = PngExporter.export(ChartRenderer.render(m, Theme.named(m.frame().theme())),
          m.frame().width(), m.frame().height(), 1, m.altText());
      GoldenImages.assertMatches(m.frame().id(), ImageIO.read(new ByteArrayInputStream(png)));
    })).toList();
  }
}
