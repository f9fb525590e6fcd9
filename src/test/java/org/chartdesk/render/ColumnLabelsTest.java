package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chartdesk.check.PresetLayout;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** A column chart's labels read clear of each other and of the grid. */
class ColumnLabelsTest {
  /**
   * Counts of 1 and 2 on an axis to 2.5 ticked by 0.5 and labelled "0, 0, 1, 2, 2, 2" (a
   * whole-number format rounds the halves). They tick in ones: each label once.
   */
  @Test
  void smallCountsTickInOnesEachLabelOnce() throws Exception {
    List<org.chartdesk.dataset.Field> fields = List.of(
        new org.chartdesk.dataset.Field("year", org.chartdesk.dataset.FieldType.YEAR, "Year", "", null, true,
            List.of(), false),
        new org.chartdesk.dataset.Field("visits", org.chartdesk.dataset.FieldType.INTEGER, "Visits", "", null, false,
            List.of(), false));
    List<org.chartdesk.dataset.Row> rows = List.of(new org.chartdesk.dataset.Row(2, new Object[] {1953L, 1L}),
        new org.chartdesk.dataset.Row(3, new Object[] {1954L, 2L}), new org.chartdesk.dataset.Row(4,
            new Object[] {1955L, 2L}));
    org.chartdesk.dataset.Story story = new org.chartdesk.dataset.Story("s", "S", "", "", "", List.of(),
        List.of(new org.chartdesk.dataset.Dataset("visits", "Visits", "", "datasets/visits.csv", fields, rows, "0")));
    ChartModel m = org.chartdesk.model.Binder.bind(story, org.chartdesk.spec.SpecLoader.load("t", "charts/t.yaml", """
        title: Leaders visited once or twice a year
        subtitle: Visits per year
        kind: column
        data: visits
        x: {field: year}
        y: {field: visits, label: Visits}
        source: example data
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Theme theme = Theme.named(m.frame().theme());
    int w = m.frame().width();
    List<String> axis = DrawnText.of(ChartRenderer.render(m, theme), w, m.frame().height()).stream()
        .filter(b -> b.bounds().getMaxX() < w * 0.08 && b.text().matches("\\d+")).map(DrawnText.Box::text).toList();
    assertThat(axis).containsExactlyInAnyOrder("0", "1", "2");
  }

  /**
   * At print size the top gridline (5,000) came out one row of light grey where the others have a
   * darker core: the plot clipped the half of it above its edge. Every gridline is as dark.
   */
  @Test
  void theTopGridlineIsAsDarkAsTheOthersAtPrintSize() throws Exception {
    ChartModel m = Shipped.chart("kgb-planted-stories");
    Theme theme = Theme.named(m.frame().theme());
    SizePreset p = PresetLayout.of(SizePreset.named("print"), m, theme);
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        org.chartdesk.export.PngExporter.export(ChartRenderer.render(m, theme), p.layoutWidth(), p.layoutHeight(),
            p.pixelWidth(), p.pixelHeight(), "alt")));
    // A gridline row is one grey across a third of the image at least; a run of such rows is a
    // gridline, its darkest row its core.
    List<Integer> cores = new java.util.ArrayList<>();
    int darkest = 256;
    for (int y = 0; y < image.getHeight(); y++) {
      int[] counts = new int[256];
      for (int x = 0; x < image.getWidth(); x++) {
        java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
        if (c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c.getRed() > 150 && c.getRed() < 250) {
          counts[c.getRed()]++;
        }
      }
      int shade = 0;
      for (int v = 0; v < 256; v++) {
        shade = counts[v] > counts[shade] ? v : shade;
      }
      if (counts[shade] > image.getWidth() / 3) {
        darkest = Math.min(darkest, shade);
      } else if (darkest < 256) {
        cores.add(darkest);
        darkest = 256;
      }
    }
    assertThat(cores).as("the gridlines' cores, top down").hasSizeGreaterThanOrEqualTo(5);
    assertThat(cores.get(0)).as("the top gridline's core, beside the others' " + cores)
        .isLessThanOrEqualTo(cores.get(1) + 4);
  }

  /**
   * A value just under a gridline ("over 3,789" under 4,000) keeps its label clear of it: the
   * line stops behind the label rather than run along the tops of its letters.
   */
  @Test
  void aGridlineStopsBehindAValueLabel() throws Exception {
    ChartModel m = Shipped.chart("kgb-planted-stories");
    Theme theme = Theme.named(m.frame().theme());
    JFreeChart chart = ChartRenderer.render(m, theme);
    int w = m.frame().width();
    int h = m.frame().height();
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        org.chartdesk.export.PngExporter.export(chart, w, h, 1, "alt")));
    java.awt.geom.Rectangle2D label = DrawnText.of(chart, w, h).stream()
        .filter(b -> List.of("over 3,789", "over", "3,789").contains(b.text())).map(DrawnText.Box::bounds)
        .reduce((a, b) -> a.createUnion(b)).orElseThrow();
    int grid = theme.grid().getRGB();
    int crossed = 0;
    for (int y = (int) label.getMinY() - 2; y <= (int) label.getMaxY(); y++) {
      // A gridline row: the grid's colour across most of the plot.
      int run = 0;
      for (int x = 0; x < image.getWidth(); x++) {
        run += image.getRGB(x, y) == grid ? 1 : 0;
      }
      if (run < image.getWidth() / 2) {
        continue;
      }
      int under = 0;
      for (int x = (int) label.getMinX(); x <= (int) label.getMaxX(); x++) {
        under += image.getRGB(x, y) == grid ? 1 : 0;
      }
      crossed = Math.max(crossed, under);
    }
    assertThat(crossed).as("gridline pixels within the label's width").isLessThan((int) (label.getWidth() / 5));
  }

  /**
   * The KGB chart on a phone has no figure for 1974 and 1975: their labels, on one line each,
   * stood 4 px apart and read "no figure no figure". Each keeps an em clear of its slot's edges.
   */
  @Test
  void neighbouringGapLabelsOnAPhoneStandAnEmApart() {
    ChartModel m = Shipped.chart("kgb-planted-stories");
    Theme theme = Theme.named(m.frame().theme());
    JFreeChart chart = ChartRenderer.render(m, theme);
    SizePreset phone = PresetLayout.of(SizePreset.named("phone"), m, theme);

    List<DrawnText.Box> words = DrawnText.of(chart, phone.layoutWidth(), phone.layoutHeight()).stream()
        .filter(b -> "no figure".contains(b.text())).toList();
    assertThat(words).hasSizeGreaterThanOrEqualTo(2);
    double em = theme.smallSize();
    Map<Long, List<DrawnText.Box>> lines = words.stream()
        .collect(Collectors.groupingBy(b -> Math.round(b.bounds().getMaxY())));
    for (List<DrawnText.Box> line : lines.values()) {
      List<DrawnText.Box> sorted = line.stream().sorted(Comparator.comparingDouble(b -> b.bounds().getMinX())).toList();
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).bounds().getMinX() - sorted.get(i - 1).bounds().getMaxX())
            .as("%s after %s", sorted.get(i).text(), sorted.get(i - 1).text()).isGreaterThanOrEqualTo(em);
      }
    }
  }
}
