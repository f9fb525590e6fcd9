package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack where the source gives no figure for one of its series in a year: that year's total
 * (and a 100% stack's shares) is of the others. It was written as the year's total, "4.30" on top
 * of a column a part short, with nothing to say so; now the total reads "4.30*" and a note says
 * what it leaves out. Poppler reads the PDF; the alt text says the same.
 */
class PartialTotalsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"absolute", "percent"})
  void aTotalWithoutASeriesIsMarkedAndSaid(String stack) throws Exception {
    Tools.require("pdftotext");
    Path out = GoodsStack.built(dir, """
        year,good,value
        1981,Arms,1.63
        1981,Oil,0.99
        1981,Tea,0.25
        1982,Arms,0.59
        1982,Oil,1.73
        1982,Tea,
        1983,Arms,1.51
        1983,Oil,1.19
        1983,Tea,2.01
        """, stack, "");
    String text = Pdfs.text(out, out.resolve("pdf/walk.pdf"));
    assertThat(text).contains("2.32*", "Note: *Without Tea in 1982: the source gives no figure.")
        .doesNotContain("2.87*", "4.71*");
    assertThat(Files.readString(out.resolve("png/walk.txt")))
        .contains("1982: total 2.32* (Arms 0.59", "*Without Tea in 1982: the source gives no figure.");
  }
}
