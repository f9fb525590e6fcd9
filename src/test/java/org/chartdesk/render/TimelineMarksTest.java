package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.export.DrawnText;
import org.chartdesk.export.PngExporter;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.model.TimelineChartModel.Event;
import org.chartdesk.model.TimelineChartModel.Lane;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** Where a reader looks for an event's date on the axis, its mark is. */
class TimelineMarksTest {
  /**
   * A date narrower than a mark ("June 1968") gets a mark centred on it, not one that starts at
   * the date and runs on: on a phone, "late 1986" was drawn half a year later than it is.
   */
  @Test
  void aMarkNarrowerThanItsDateIsCentredOnTheDate() throws Exception {
    Frame frame = new Frame("visits", "Visits", "Each mark spans the time the source dates it to", List.of(),
        "Source: test", 1200, 480, null, List.of());
    TimelineChartModel m = new TimelineChartModel(frame, "visits", List.of(new Lane("a", "Visits")),
        List.of(new Event(0, new FuzzyDate(1953, null), "A", 2), new Event(0, new FuzzyDate(1968, "june"), "B", 3),
            new Event(0, new FuzzyDate(1983, null), "C", 4)),
        1950, 1990, false, "alt");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        PngExporter.export(ChartRenderer.render(m, Theme.house()), 1200, 480, 2, "alt")));

    List<double[]> marks = runs(image, Theme.house().series(0).getRGB());
    assertThat(marks).hasSize(3);
    // The two whole years span their years: their centres give the scale.
    double perYear = (centre(marks.get(2)) - centre(marks.get(0))) / 30;
    assertThat(marks.get(0)[1] - marks.get(0)[0]).isCloseTo(perYear, within(3.0));
    double june1968 = 1968 + 5.5 / 12;
    assertThat(centre(marks.get(1))).isCloseTo(centre(marks.get(0)) + (june1968 - 1953.5) * perYear, within(1.5));
  }

  /**
   * Where the years' labels are too close for all of them, the ticks thin out (every ten years
   * rather than five): in the social square, 1990 went unlabelled and the time seemed to stop at
   * 1985, then 1985 did.
   */
  @Test
  void theLastYearOfTheAxisKeepsItsLabel() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    ChartModel m = checked.models().stream().filter(c -> c.frame().id().equals("leader-visits"))
        .findFirst().orElseThrow();
    // The story's spec gives the lanes their colours.
    Theme theme = SeriesColours.of(m, Theme.named(m.frame().theme()));
    for (String size : m.frame().sizes()) {
      SizePreset p = PresetLayout.of(SizePreset.named(size), m, theme);
      assertThat(DrawnText.of(ChartRenderer.render(m, theme), p.layoutWidth(), p.layoutHeight()))
          .as(size).anyMatch(b -> b.text().equals("1990")).anyMatch(b -> b.text().equals("1980"));
    }
  }

  /**
   * Time down the page: two events of 1959 in two lanes share one leader's path across the lanes,
   * so each leader ends, beside its label, in its lane's colour: which "1959" is whose is seen.
   */
  @Test
  void aLeaderEndsInItsLanesColourBesideItsLabel() throws Exception {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    ChartModel m = checked.models().stream().filter(c -> c.frame().id().equals("relations-timeline"))
        .findFirst().orElseThrow();
    // The story's spec gives the lanes their colours.
    Theme theme = SeriesColours.of(m, Theme.named(m.frame().theme()));
    int w = m.frame().width();
    int h = m.frame().height();
    org.jfree.chart.JFreeChart chart = ChartRenderer.render(m, theme);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(chart, w, h, 2, "alt")));
    List<Integer> colours = new ArrayList<>();
    for (DrawnText.Box b : DrawnText.of(chart, w, h)) {
      if (b.text().equals("1959")) {
        colours.add(image.getRGB((int) Math.round(2 * (b.bounds().getMinX() - 6)), (int) Math.round(
            2 * b.bounds().getCenterY())));
      }
    }
    assertThat(colours).containsExactlyInAnyOrder(theme.series(0).getRGB(), theme.series(2).getRGB());
  }

  private static double centre(double[] run) {
    return (run[0] + run[1]) / 2;
  }

  /** The runs of exactly this colour on the row that has most of it: the marks' middle row. */
  private static List<double[]> runs(BufferedImage image, int rgb) {
    int best = 0;
    int bestCount = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      int count = 0;
      for (int x = 0; x < image.getWidth(); x++) {
        count += image.getRGB(x, y) == rgb ? 1 : 0;
      }
      if (count > bestCount) {
        best = y;
        bestCount = count;
      }
    }
    List<double[]> runs = new ArrayList<>();
    for (int x = 0; x < image.getWidth(); x++) {
      if (image.getRGB(x, best) == rgb) {
        int start = x;
        while (x + 1 < image.getWidth() && image.getRGB(x + 1, best) == rgb) {
          x++;
        }
        runs.add(new double[] {start, x + 1});
      }
    }
    return runs;
  }
}
