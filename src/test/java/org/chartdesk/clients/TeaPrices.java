package org.chartdesk.clients;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.chartdesk.build.OneChartProject;

/** A made-up price of tea in Moscow by year, one chart of it built with {@link OneChartProject}. */
final class TeaPrices {
  private TeaPrices() {}

  /** The years of the two world wars, which a century of prices has no figure for. */
  static final IntPredicate NOT_AT_WAR = year -> (year < 1914 || year > 1918) && (year < 1941 || year > 1945);

  /** A price a year from {@code first} to {@code last} every {@code step} years where {@code given}, else a gap. */
  static CharSequence csv(int first, int last, int step, IntPredicate given, IntToDoubleFunction price) {
    StringBuilder csv = new StringBuilder("year,price\n");
    for (int year = first; year <= last; year += step) {
      csv.append(year).append(',').append(given.test(year) ? Double.toString(price.applyAsDouble(year)) : "")
          .append('\n');
    }
    return csv;
  }

  /**
   * Builds the chart of {@code kind} from the rows into {@code dir}/out and returns out.
   *
   * @param more spec lines to add, each ending in a line break ({@code "sizes: [phone]\n"})
   */
  static Path built(Path dir, CharSequence csv, String kind, String more) throws IOException {
    return OneChartProject.built(dir, csv, """
        {"name": "year", "type": "year"}, {"name": "price", "type": "number", "unit": "roubles"}""", """
        title: The price of tea in Moscow
        kind: %s
        data: walk
        x: {field: year}
        y: {field: price, label: Roubles}
        source: Made up
        """.formatted(kind) + more);
  }
}
