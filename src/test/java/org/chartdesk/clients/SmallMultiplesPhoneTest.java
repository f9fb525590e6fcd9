package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.Build;
import org.chartdesk.build.TradeProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six countries' balances as small multiples on a phone. In three columns "West Germany" ran past
 * its panel and the lint refused the chart; in two, each deficit's value ran into the year under
 * its short panel ("-3.3" over 1985) and into its neighbour's ("-1.1-0.5"). The panels now stand
 * in as many columns as their titles fit, and values are written on every panel or none. Poppler
 * reads the phone's PDF: every title whole on the page, no word over another.
 */
class SmallMultiplesPhoneTest {
  @TempDir Path dir;

  @Test
  void sixCountriesOnAPhoneKeepTheirTitlesWholeAndTheirWordsApart() throws Exception {
    Tools.require("pdftotext");
    String[] countries = {"India", "Soviet Union", "United States", "United Kingdom", "France", "West Germany"};
    double[] figures = {4.3, -2.7, 13.7, -1.1, -0.5, 3.9, 3.2, 10.2, -2.8, 13.3, -2.5, 5.1, 2.3, -2.5, 13.8, -3.3,
        -1.8, 14.0};
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < figures.length; i++) {
      rows.append(1985 + i % 3).append(',').append(countries[i / 3]).append(',').append(figures[i]).append('\n');
    }
    Path project = TradeProject.write(dir, "small-multiples", "facet", rows.toString(), "sizes: [phone]\n");
    Path out = dir.resolve("out");
    BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    assertThat(words).filteredOn(w -> w.text().equals("Germany")).singleElement()
        .satisfies(w -> assertThat(w.x1()).isLessThan(360 - 8));
    Pdfs.assertNoneOverlaps(words);
  }
}
