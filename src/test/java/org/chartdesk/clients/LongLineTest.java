package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A century of yearly figures as a line on a phone, the years of the two world wars without one.
 * "no figures 1914–1918" ran into "no figures 1941–1945", and the highest value's label into the
 * last's, three years apart: the lint refused the chart. The gaps' years now go under their words
 * where two names would meet, and the highest is left unlabelled where it would meet the last.
 * Poppler reads the phone's PDF.
 */
class LongLineTest {
  @TempDir Path dir;

  @Test
  void aCenturyWithTwoGapsNamesBothOnAPhone() throws Exception {
    Tools.require("pdftotext");
    Path out = TeaPrices.built(dir, TeaPrices.csv(1900, 1991, 1, TeaPrices.NOT_AT_WAR,
        year -> year == 1988 ? 31.0 : year == 1991 ? 30.6 : 10 + (year - 1900) / 5.0 + year % 3), "line",
        "sizes: [phone]\n");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    assertThat(words.stream().map(Pdfs.Word::text).toList()).contains("1914–1918", "1941–1945", "30.6");
    Pdfs.assertNoneOverlaps(words);
  }
}
