package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A throwaway project of a balance either side of zero: exports above it, imports below, by year,
 * one chart of them ({@link OneChartProject}'s walk.csv and charts/walk.yaml).
 */
public final class TradeProject {
  /** 1985 and 1986: exports 1,250 and 1,400, imports -980 and -900. */
  public static final String TWO_YEARS = "1985,exports,1250\n1985,imports,-980\n1986,exports,1400\n1986,imports,-900\n";

  private TradeProject() {}

  /**
   * @param kind the chart's kind
   * @param by the channel that tells exports from imports: {@code color}, or {@code facet} for small multiples
   */
  public static Path write(Path dir, String kind, String by) throws IOException {
    return write(dir, kind, by, TWO_YEARS, "");
  }

  /**
   * @param rows the CSV's rows after its header (year,side,balance), each ending in a line break
   * @param more spec lines to add, each ending in a line break ({@code "sizes: [phone]\n"})
   */
  public static Path write(Path dir, String kind, String by, String rows, String more) throws IOException {
    return OneChartProject.write(dir, "year,side,balance\n" + rows, """
        {"name": "year", "type": "year"}, {"name": "side", "type": "string"}, {"name": "balance", "type": "number"}""",
        """
        title: Trade
        kind: %s
        data: walk
        x: {field: year}
        y: {field: balance, label: Million roubles}
        %s: {field: side}
        source: Made up
        """.formatted(kind, by) + more);
  }
}
