package org.chartdesk.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chartdesk.examples.Examples;
import org.chartdesk.export.SvgExporter;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A sample of example charts as SVG, compared as text with their reviewed goldens
 * {@code examples-<id>.svg}: every coordinate, id and element exactly, where the PNG goldens allow
 * for anti-aliasing. The sample draws differently: labelled dots, slopes, lines on a year axis.
 */
class ExampleGoldenSvgTest {
  private static final List<String> SAMPLE = List.of("dot", "line", "slope");

  @TestFactory
  List<DynamicTest> sampleSvgsReadAsReviewed() throws Exception {
    return Examples.models(Examples.story()).stream().filter(m -> SAMPLE.contains(m.frame().id()))
        .map(m -> DynamicTest.dynamicTest(m.frame().id(), () -> {
          Frame f = m.frame();
          byte[] svg = SvgExporter.export(ChartRenderer.render(m, Theme.named(f.theme())), f.id(), f.width(),
              f.height(), f.title(), m.altText(), f.locale().language());
          GoldenSvgs.assertMatches("examples-" + f.id(), new String(svg, StandardCharsets.UTF_8));
        })).toList();
  }
}
