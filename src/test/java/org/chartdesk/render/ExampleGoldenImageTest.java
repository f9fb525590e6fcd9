package org.chartdesk.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.examples.Examples;
import org.chartdesk.export.PngExporter;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each example chart (one per kind, in examples/), as the build exports it, compared with its
 * reviewed golden {@code examples-<id>.png}.
 */
class ExampleGoldenImageTest {
  @TestFactory
  List<DynamicTest> exampleChartsLookAsReviewed() throws Exception {
    return Examples.models(Examples.story()).stream().map(m -> DynamicTest.dynamicTest(m.frame().id(), () -> {
      byte[] png = PngExporter.export(ChartRenderer.render(m, Theme.named(m.frame().theme())),
          m.frame().width(), m.frame().height(), 1, m.altText());
      GoldenImages.assertMatches("examples-" + m.frame().id(), ImageIO.read(new ByteArrayInputStream(png)));
    })).toList();
  }
}
