package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.StoryCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story's diplomatic and intelligence events across the page, two lanes mirrored about the
 * years, in the height fitted to them and on a phone. Without a height the lower lane's name ran
 * 2 px past the chart and the lint refused it; on a phone, a long label read leftwards from a mark
 * mid-way across ran past the left edge, and the lint refused that too. And a leader line up to a
 * higher level ran through the labels below it.
 */
class CrowdedTimelineTest {
  @TempDir Path dir;

  @Test
  void eighteenEventsAcrossThePageFitAndKeepTheirLabelsClearOfLeaders() throws Exception {
    Tools.require("pdftotext");
    Path project = StoryCopy.into(dir.resolve("project"));
    Files.writeString(project.resolve("charts/diplomacy.yaml"), """
        title: Seven decades of diplomacy
        kind: timeline
        data: relations-timeline
        transform:
          - {filter: {field: category, oneOf: [diplomacy, intelligence]}}
        x: {field: year, period: period}
        lane: {field: category}
        label: "{headline}"
        sizes: [phone]
        source: India–Soviet Union relations, Wikipedia
        """);
    Path out = dir.resolve("out");
    BuildReport report = new Build(project).build(out);
    assertThat(report.errors()).as(report.toString()).isZero();

    // No leader runs through a label: within each word's box, no column of pixels is ink from top
    // to bottom (a letter's stem is not as tall as the box, which takes in the descenders).
    BufferedImage png = ImageIO.read(out.resolve("png/diplomacy@2x.png").toFile());
    List<Pdfs.Word> words = Pdfs.words(out, out.resolve("pdf/diplomacy.pdf"));
    assertThat(words).filteredOn(w -> w.text().equals("Friendship")).hasSize(1);
    for (Pdfs.Word w : words) {
      for (int x = (int) Math.ceil(w.x0() * 2) + 1; x < (int) (w.x1() * 2) - 1; x++) {
        boolean inked = true;
        for (int y = (int) Math.ceil(w.y0() * 2) + 1; y < (int) (w.y1() * 2) - 1 && inked; y++) {
          inked = (png.getRGB(x, y) & 0xffffff) != 0xffffff;
        }
        assertThat(inked).as("a line through \"%s\" at x %d", w.text(), x).isFalse();
      }
    }
  }
}
