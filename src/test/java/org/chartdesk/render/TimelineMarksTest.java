package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
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
    ChartModel m = Shipped.chart("leader-visits");
    Theme theme = Theme.named(m.frame().theme());
    for (String size : m.frame().sizes()) {
      SizePreset p = PresetLayout.of(SizePreset.named(size), m, theme);
      List<DrawnText.Box> years = DrawnText.of(ChartRenderer.render(m, theme), p.layoutWidth(), p.layoutHeight())
          .stream().filter(b -> b.text().matches("19[5-9]0|19[5-8]5")).toList();
      assertThat(years).as(size).anyMatch(b -> b.text().equals("1990")).anyMatch(b -> b.text().equals("1980"));
      // Every year stands right of its tick, the last one too, so the labels are evenly spaced: turned
      // left of its tick, "1990" shared the 1980s with "1980" and the visits of 1985 and 1986 read as 1990's.
      double step = years.get(1).bounds().getMinX() - years.get(0).bounds().getMinX();
      for (int i = 1; i < years.size(); i++) {
        assertThat(years.get(i).bounds().getMinX() - years.get(i - 1).bounds().getMinX()).as("%s: %s after %s", size,
            years.get(i).text(), years.get(i - 1).text()).isCloseTo(step, within(1.0));
      }
    }
  }

  /**
   * Time down the page: two events of 1959 in two lanes share one leader's path across the lanes,
   * so each leader ends, beside its label, in its lane's colour: which "1959" is whose is seen.
   */
  @Test
  void aLeaderEndsInItsLanesColourBesideItsLabel() throws Exception {
    ChartModel m = Shipped.chart("relations-timeline");
    Theme house = Theme.named(m.frame().theme());
    int w = m.frame().width();
    int h = m.frame().height();
    org.jfree.chart.JFreeChart chart = ChartRenderer.render(m, house);
    // The story's spec gives the lanes their colours.
    Theme theme = SeriesColours.of(m, house);
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

  /**
   * Time down the page: a leader passing another lane's mark leaves a gap each side of it, so it
   * is seen to pass behind (October 1962's leader ran into the MiG-21 deal's mark of 1962 and out
   * of it, as if joined to it); and two marks of one lane a few months apart (June and fall 1955)
   * stay two, each Diplomacy event its own mark down the lane.
   */
  @Test
  void leadersPassBehindOtherLanesMarksAndMarksOfALaneStaySeparate() throws Exception {
    TimelineChartModel m = (TimelineChartModel) Shipped.chart("relations-timeline");
    Theme house = Theme.named(m.frame().theme());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(ChartRenderer.render(m, house),
        m.frame().width(), m.frame().height(), 2, "alt")));
    // The story's spec gives the lanes their colours.
    Theme theme = SeriesColours.of(m, house);
    int back = theme.background().getRGB();

    // The Military lane's first mark (1962): its box, from the topmost run of its colour.
    int military = m.lanes().indexOf(m.lanes().stream().filter(l -> l.name().equals("Military")).findFirst()
        .orElseThrow());
    int[] box = firstMarkBox(image, theme.series(military).getRGB());
    int crossing = 0;
    for (int y = box[1]; y <= box[3]; y++) {
      if (image.getRGB(box[0] - 40, y) != back) {
        crossing++;
        // A pixel each side of the box is the mark's own smoothed edge.
        for (int x = box[0] - 5; x <= box[0] - 2; x++) {
          assertThat(image.getRGB(x, y)).as("left of the mark at (%d, %d)", x, y).isEqualTo(back);
        }
        for (int x = box[2] + 2; x <= box[2] + 5; x++) {
          assertThat(image.getRGB(x, y)).as("right of the mark at (%d, %d)", x, y).isEqualTo(back);
        }
      }
    }
    assertThat(crossing).as("rows of October 1962's leader beside the mark").isPositive();

    int diplomacy = m.lanes().indexOf(m.lanes().stream().filter(l -> l.name().equals("Diplomacy")).findFirst()
        .orElseThrow());
    int[] first = firstMarkBox(image, theme.series(diplomacy).getRGB());
    int column = (first[0] + first[2]) / 2;
    int runs = 0;
    boolean in = false;
    // From the first mark down: above it, the key's stripe under the lane's name.
    for (int y = first[1]; y < image.getHeight(); y++) {
      boolean mark = image.getRGB(column, y) == theme.series(diplomacy).getRGB();
      runs += mark && !in ? 1 : 0;
      in = mark;
    }
    assertThat(runs).isEqualTo((int) m.events().stream().filter(e -> e.lane() == diplomacy).count());
  }

  /**
   * A leader passing two marks of one lane at its height (June and August of one year) leaves one
   * gap around them: the second gap drew the line back across the first.
   */
  @Test
  void aLeaderPassingTwoMarksOfALaneLeavesOneGap() throws Exception {
    Frame frame = new Frame("events", "Events", "Down the page", List.of(), "Source: test", 900, 1100, null,
        List.of());
    TimelineChartModel m = new TimelineChartModel(frame, "events", List.of(new Lane("a", "Talks"),
        new Lane("b", "Deals")), List.of(new Event(0, new FuzzyDate(1960, null), "Talks", 2),
            new Event(1, new FuzzyDate(1960, "june"), "First deal", 3),
            new Event(1, new FuzzyDate(1960, "august"), "Second deal", 4),
            new Event(0, new FuzzyDate(1990, null), "More talks", 5)),
        1950, 1995, true, "alt");
    Theme theme = Theme.house();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(ChartRenderer.render(m, theme),
        900, 1100, 2, "alt")));
    int back = theme.background().getRGB();
    int[] deal = firstMarkBox(image, theme.series(1).getRGB());
    int crossing = 0;
    for (int y = deal[1] - 8; y <= deal[3] + 8; y++) {
      if (image.getRGB(deal[0] - 40, y) != back) {
        crossing++;
        for (int x = deal[0] - 5; x <= deal[0] - 2; x++) {
          assertThat(image.getRGB(x, y)).as("left of the marks at (%d, %d)", x, y).isEqualTo(back);
        }
      }
    }
    assertThat(crossing).as("rows of the talks' leader beside the deals").isPositive();
  }

  /**
   * The bounding box (left, top, right, bottom) of the topmost mark of exactly this colour: a
   * shape at least as tall as a mark at 2x, not the key's stripe under a lane's name.
   */
  private static int[] firstMarkBox(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == rgb && image.getRGB(x, y + 12) == rgb) {
          int left = x;
          int right = x;
          while (image.getRGB(right + 1, y) == rgb) {
            right++;
          }
          int mid = (left + right) / 2;
          int bottom = y;
          while (image.getRGB(mid, bottom + 1) == rgb) {
            bottom++;
          }
          // The widest row of the mark gives its sides.
          for (int r = y; r <= bottom; r++) {
            int l = mid;
            while (image.getRGB(l - 1, r) == rgb) {
              l--;
            }
            int rr = mid;
            while (image.getRGB(rr + 1, r) == rgb) {
              rr++;
            }
            left = Math.min(left, l);
            right = Math.max(right, rr);
          }
          return new int[] {left, y, right, bottom};
        }
      }
    }
    throw new AssertionError("no mark of colour " + Integer.toHexString(rgb));
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
