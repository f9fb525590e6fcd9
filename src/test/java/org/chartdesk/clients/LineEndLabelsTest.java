package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.TradeProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several lines are named at their ends. A name level with its line's end stands after it with
 * no leader: a leader there is a short dash in the line's colour before the name, read as a
 * minus ("-imports -900"). Where poppler finds each name in the PDF, the PNG of the same size is
 * looked at just left of it.
 */
class LineEndLabelsTest {
  @Test
  void aNameLevelWithItsLinesEndHasNoLeader(@TempDir Path dir) throws Exception {
    Tools.require("pdftotext");
    Path project = TradeProject.write(dir, "line", "color");
    Path out = dir.resolve("out");
    assertThat(new Build(project).build(out).errors()).isZero();
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/walk.pdf"));
    BufferedImage png = ImageIO.read(out.resolve("png/walk.png").toFile());
    Theme theme = Theme.house();
    for (int s = 0; s < 2; s++) {
      String name = s == 0 ? "exports" : "imports";
      Pdfs.Word w = words.stream().filter(x -> x.text().equals(name)).findFirst().orElseThrow();
      int colour = theme.series(s).getRGB() & 0xffffff;
      int y = (int) Math.round((w.y0() + w.y1()) / 2);
      int inLineColour = 0;
      for (int x = (int) w.x0() - 7; x < (int) w.x0() - 1; x++) {
        for (int dy = -3; dy <= 3; dy++) {
          inLineColour += near(png.getRGB(x, y + dy) & 0xffffff, colour) ? 1 : 0;
        }
      }
      assertThat(inLineColour).as("pixels of %s's colour just left of its name", name).isZero();
    }
  }

  private static boolean near(int a, int b) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d += Math.abs((a >> shift & 0xff) - (b >> shift & 0xff));
    }
    return d < 60;
  }
}
