package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lollipop whose longest stem ends near the axis' end: its value has no room beyond the dot, so
 * it stands before it, on the stem, which ran through the text ("over 12.4" struck through). The
 * stem now gives way to the value. Poppler finds the words; the PNG's pixels are read under them.
 */
class StemLabelTest {
  @TempDir Path dir;

  @Test
  void aValueBesideItsDotOnTheStemSideIsNotStruckThrough() throws Exception {
    Tools.require("pdftotext");
    Path out = OneChartProject.built(dir, "country,balance,qualifier\nIndia,-1.25,\nEgypt,2.75,\nCuba,12.4,over\n", """
        {"name": "country", "type": "string"}, {"name": "balance", "type": "number", "unit": "billion roubles"},
        {"name": "qualifier", "type": "string"}""", """
        title: Balances with the Soviet Union
        kind: lollipop
        data: walk
        y: {field: country}
        x: {field: balance, label: Billion roubles, qualifier: qualifier}
        sizes: [phone]
        source: Made up
        """);
    int blue = Theme.house().series(0).getRGB() & 0xffffff;
    for (String size : List.of("", "phone/")) {
      List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/" + size + "walk.pdf"));
      BufferedImage png = ImageIO.read(out.resolve("png/" + size + "walk@2x.png").toFile());
      Pdfs.Word over = Pdfs.first(words, "over");
      Pdfs.Word value = Pdfs.first(words, "12.4");
      for (int x = (int) (over.x0() * 2); x < (int) (value.x1() * 2); x++) {
        for (int y = (int) (over.y0() * 2); y < (int) (over.y1() * 2); y++) {
          assertThat(png.getRGB(x, y) & 0xffffff).as("%s at %d,%d", size, x, y).isNotEqualTo(blue);
        }
      }
    }
  }
}
