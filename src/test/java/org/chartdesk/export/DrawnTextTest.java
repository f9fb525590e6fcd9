package org.chartdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.theme.Fonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.junit.jupiter.api.Test;

class DrawnTextTest {
  @Test
  void theDrawingNotesEachTextWhereItsInkLandsWithoutChangingTheImage() {
    JFreeChart chart = chart("Leaders on both sides");
    List<DrawnText.Box> noted = new ArrayList<>();
    byte[] plain = PngExporter.export(chart, 400, 200, 800, 400, "alt");
    byte[] recorded = PngExporter.export(chart, 400, 200, 800, 400, "alt", noted);
    assertThat(recorded).isEqualTo(plain);
    assertThat(noted).singleElement().satisfies(b -> {
      assertThat(b.text()).isEqualTo("Leaders on both sides");
      // In layout units, not the 2x image's pixels: a 20-unit title at the top left.
      assertThat(b.bounds().getMinX()).isBetween(0.0, 10.0);
      assertThat(b.bounds().getHeight()).isBetween(10.0, 20.0);
      assertThat(b.bounds().getMaxX()).isLessThan(300);
    });
    assertThat(DrawnText.of(chart, 400, 200)).extracting(DrawnText.Box::text).containsExactly("Leaders on both sides");
  }

  /** JFreeChart draws a value axis's rotated label as laid-out glyphs: it is noted, words and all. */
  @Test
  void rotatedTextIsNotedWithItsWords() {
    org.jfree.chart.axis.NumberAxis y = new org.jfree.chart.axis.NumberAxis("Articles");
    y.setLabelFont(Fonts.regular(16));
    JFreeChart chart = new JFreeChart(null, null, new XYPlot(null, new org.jfree.chart.axis.NumberAxis(), y, null),
        false);
    assertThat(DrawnText.of(chart, 400, 300)).filteredOn(b -> b.text().equals("Articles")).singleElement()
        .satisfies(b -> assertThat(b.bounds().getHeight()).isGreaterThan(b.bounds().getWidth()));
  }

  @Test
  void textOffTheCanvasCutByItsAreaOrOverOtherTextIsAMisfit() {
    Rectangle2D canvas = new Rectangle2D.Double(0, 0, 100, 100);
    DrawnText.Box inside = new DrawnText.Box("in", new Rectangle2D.Double(10, 10, 20, 10), canvas);
    DrawnText.Box touching = new DrawnText.Box("next", new Rectangle2D.Double(30.5, 10, 20, 10), canvas);
    assertThat(DrawnText.misfits(List.of(inside, touching), 100, 100)).isEmpty();

    DrawnText.Box over = new DrawnText.Box("over", new Rectangle2D.Double(25, 15, 20, 10), canvas);
    assertThat(DrawnText.misfits(List.of(inside, over), 100, 100)).singleElement().satisfies(m -> {
      assertThat(m.box().text()).isEqualTo("in");
      assertThat(m.other().text()).isEqualTo("over");
      assertThat(m.by()).isEqualTo(5);
      // Side by side (5 across, 5 down): more width is the cure.
      assertThat(m.wantsHeight()).isFalse();
    });
    DrawnText.Box under = new DrawnText.Box("under", new Rectangle2D.Double(12, 17, 20, 10), canvas);
    assertThat(DrawnText.misfits(List.of(inside, under), 100, 100)).singleElement()
        .satisfies(m -> assertThat(m.wantsHeight()).isTrue());

    DrawnText.Box off = new DrawnText.Box("off", new Rectangle2D.Double(90, 50, 20, 10), null);
    assertThat(DrawnText.misfits(List.of(off), 100, 100)).singleElement()
        .satisfies(m -> assertThat(m.edge()).isEqualTo("the right edge of the chart").isNotNull())
        .satisfies(m -> assertThat(m.by()).isEqualTo(10))
        .satisfies(m -> assertThat(m.wantsHeight()).isFalse());
    DrawnText.Box low = new DrawnText.Box("low", new Rectangle2D.Double(40, 95, 20, 10), null);
    assertThat(DrawnText.misfits(List.of(low), 100, 100)).singleElement()
        .satisfies(m -> assertThat(m.wantsHeight()).isTrue());

    DrawnText.Box cut = new DrawnText.Box("cut", new Rectangle2D.Double(40, 50, 20, 10),
        new Rectangle2D.Double(0, 0, 50, 100));
    assertThat(DrawnText.misfits(List.of(cut), 100, 100)).singleElement()
        .satisfies(m -> assertThat(m.edge()).isEqualTo("the right edge of the area it is drawn in"));
  }

  private static JFreeChart chart(String title) {
    JFreeChart chart = new JFreeChart(null, null, new XYPlot(), false);
    chart.setBackgroundPaint(Color.WHITE);
    TextTitle t = new TextTitle(title, Fonts.bold(20));
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(t);
    return chart;
  }
}
