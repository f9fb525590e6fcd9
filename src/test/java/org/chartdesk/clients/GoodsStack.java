package org.chartdesk.clients;

import java.io.IOException;
import java.nio.file.Path;
import org.chartdesk.build.OneChartProject;

/** Made-up goods India bought, by year, as one stacked-column chart built with {@link OneChartProject}. */
final class GoodsStack {
  private GoodsStack() {}

  /**
   * Builds the chart into {@code dir}/out and returns out.
   *
   * @param csv the rows, header "year,good,value" first
   * @param stack "absolute" or "percent"
   * @param more spec lines to add, each ending in a line break ({@code "sizes: [phone]\n"})
   */
  static Path built(Path dir, CharSequence csv, String stack, String more) throws IOException {
    return OneChartProject.built(dir, csv, """
        {"name": "year", "type": "year"}, {"name": "good", "type": "string"},
        {"name": "value", "type": "number", "unit": "billion roubles"}""", """
        title: What India bought
        kind: stacked-column
        stack: %s
        data: walk
        x: {field: year}
        y: {field: value, label: Billion roubles}
        color: {field: good}
        source: Made up
        """.formatted(stack) + more);
  }
}
