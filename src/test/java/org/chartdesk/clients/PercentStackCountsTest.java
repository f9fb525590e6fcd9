package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Under each year of a 100% stack stands the number it is a share of, "3.1 billion roubles". On a
 * phone four of them ran into each other and the lint refused the chart; they wrap to their
 * slots now. Poppler's word boxes in the phone's PDF: no two words overlap.
 */
class PercentStackCountsTest {
  @TempDir Path dir;

  @Test
  void theCountsUnderAPhonesYearsWrapToTheirSlots() throws Exception {
    Tools.require("pdftotext");
    Path out = GoodsStack.built(dir, """
        year,good,value
        1985,Arms,1.4
        1985,Oil,0.8
        1986,Arms,1.7
        1986,Oil,1.1
        1987,Arms,2.1
        1987,Oil,1.5
        1988,Arms,1.9
        1988,Oil,1.2
        """, "percent", "sizes: [phone]\n");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    assertThat(words).filteredOn(w -> w.text().equals("roubles")).hasSizeGreaterThanOrEqualTo(4);
    Pdfs.assertNoneOverlaps(words);
  }

  /**
   * Sixteen years of a stack on a phone: the totals on top ("4.52" into "4.30") and a 100% stack's
   * counts under the years ("billion" into "billion") ran into each other, and the lint refused
   * the chart. Where one will not fit its slot even in the small face, none is written.
   */
  @ParameterizedTest
  @ValueSource(strings = {"absolute", "percent"})
  void sixteenYearsOnAPhoneWriteNoTotalsThatMeet(String stack) throws Exception {
    Tools.require("pdftotext");
    StringBuilder csv = new StringBuilder("year,good,value\n");
    for (int year = 1975; year <= 1990; year++) {
      csv.append(year).append(",Arms,").append(1.11 + (year % 7) * 0.01).append('\n');
      csv.append(year).append(",Oil,").append(2.22 + (year % 5) * 0.01).append('\n');
    }
    Path out = GoodsStack.built(dir, csv, stack, "sizes: [phone]\n");
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    Pdfs.assertNoneOverlaps(words);
  }
}
