package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.chartdesk.build.TradeProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.ImageIO;

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

  /**
   * Four series over six years on a phone: 24 columns of 13 units, too narrow for "−3.3" even in
   * the smaller face. Labels ran into each other and across the neighbouring columns ("5.8" half
   * hidden by the next, "−0.9" cut to "−0."); none is set now, and the gridlines give the
   * values. In the PNG no pixel of text colour touches a column's colour, while on the wide chart
   * every value is still written (poppler).
   */
  @Test
  void valuesTooWideForTheirColumnsAreNotSetAcrossThem(@TempDir Path dir) throws Exception {
    Tools.require("pdftotext");
    StringBuilder rows = new StringBuilder();
    double[] figures = {4.3, -1.1, 3.2, -3.3, -2.7, -0.5, 10.2, -1.8, 13.7, 3.9, 0.1, -0.5, 8.3, -0.9, -2.8, 14.0,
        -1.4, 5.8, 10.0, 4.9, 0.7, 3.7, -2.9, 12.1};
    String[] partners = {"India", "Soviet Union", "United States", "West Germany"};
    for (int i = 0; i < figures.length; i++) {
      rows.append(1985 + i / 4).append(',').append(partners[i % 4]).append(',').append(figures[i]).append('\n');
    }
    Path project = TradeProject.write(dir, "grouped-column", "color", rows.toString(), "sizes: [phone]\n");
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    assertThat(Pdfs.text(out, out.resolve("pdf/walk.pdf"))).contains("13.7", "\u22123.3", "5.8", "\u22120.9");
    BufferedImage phone = ImageIO.read(out.resolve("png/phone/walk@2x.png").toFile());
    Theme theme = Theme.house();
    int touching = 0;
    for (int y = 2; y < phone.getHeight() - 2; y++) {
      if (rule(phone, y, theme) || rule(phone, y - 1, theme) || rule(phone, y + 1, theme)) {
        continue;
      }
      for (int x = 2; x < phone.getWidth() - 2; x++) {
        if (near(phone.getRGB(x, y), theme.text().getRGB(), 60) && nextToAColumn(phone, x, y, theme)) {
          touching++;
        }
      }
    }
    assertThat(touching).as("pixels of text beside a column").isZero();
  }

  /** Whether the row is the zero line's, dark across half the image, which every column meets. */
  private static boolean rule(BufferedImage image, int y, Theme theme) {
    int dark = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      dark += near(image.getRGB(x, y), theme.text().getRGB(), 60) ? 1 : 0;
    }
    return dark > image.getWidth() / 2;
  }

  private static boolean nextToAColumn(BufferedImage image, int x, int y, Theme theme) {
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        for (int s = 0; s < 4; s++) {
          if (near(image.getRGB(x + dx, y + dy), theme.series(s).getRGB(), 8)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean near(int rgb, int target, int within) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) >= within) {
        return false;
      }
    }
    return true;
  }
}
