package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.TradeProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouped columns on a phone: where a value is wider than its column, every value is set in the
 * smaller face, not that one alone. Chosen value by value, the chart mixed bold "-980" and
 * "-900" with light "-1,320" and "-1,500". Poppler's word boxes in the PDF give each label's height.
 */
class GroupedLabelsTest {
  @Test
  void everyValueOfAGroupedChartIsSetInOneFace(@TempDir Path dir) throws Exception {
    Tools.require("pdftotext");
    Path project = TradeProject.write(dir, "grouped-column", "color", """
        1985,exports,1250.5
        1985,imports,-980
        1986,exports,1400
        1986,imports,-1320.25
        1987,exports,1180
        1987,imports,-1500
        1988,exports,1100
        1988,imports,-900
        """, "sizes: [phone]\n");
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/phone/walk.pdf"));
    List<String> values = List.of("1,251", "\u2212980", "1,400", "\u22121,320", "1,180", "\u22121,500", "1,100",
        "\u2212900");
    List<Double> heights = values.stream().map(v -> words.stream().filter(w -> w.text().equals(v)).findFirst()
        .orElseThrow(() -> new AssertionError(v + " not found in " + words))).map(w -> w.y1() - w.y0()).toList();
    assertThat(heights).as("heights of %s", values)
        .allSatisfy(h -> assertThat(h).isCloseTo(heights.get(0), org.assertj.core.data.Offset.offset(0.01)));
  }
}
