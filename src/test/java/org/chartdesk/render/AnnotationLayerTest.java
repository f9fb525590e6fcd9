package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Category;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event line never reads as a line through text drawn over the plot. */
class AnnotationLayerTest {
  private static final Theme HOUSE = Theme.house();

  /**
   * Where the treaty's line runs through a label or along its first or last letter, the label's
   * band around the line looks as it would with no line at all: the line stops above the text and
   * goes on below it. A halo round the glyphs left it showing between letters and words.
   */
  @ParameterizedTest
  @ValueSource(doubles = {-1, 40, 120})
  void aLineIsHiddenWhereItRunsThroughOrAlongText(double offset) {
    double lx = 200;
    double tx = lx - offset;
    String text = "term not given in the source";
    AnnotationLayer line = layer(lx, List.of(new Annotation(Annotation.Kind.LINE, new FuzzyDate(1971, null), null,
        "Treaty")));
    AnnotationLayer none = layer(lx, List.of());

    BufferedImage with = canvas();
    Graphics2D g = graphics(with);
    line.drawLinesAndLabels(g, 0, 300);
    line.drawText(g, text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), tx, 150);
    BufferedImage without = canvas();
    Graphics2D h = graphics(without);
    none.drawText(h, text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), tx, 150);

    int top = (int) (150 - Text.ascent(Fonts.regular(HOUSE.smallSize())));
    for (int y = top; y <= 152; y++) {
      for (int x = (int) lx - 1; x <= (int) lx + 1; x++) {
        assertThat(with.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(without.getRGB(x, y));
      }
    }
    // Above and below the text the line is still there.
    assertThat(with.getRGB((int) lx, 60)).isNotEqualTo(without.getRGB((int) lx, 60));
  }

  /** A phone's row note over the plot: the gridlines under it are hidden too, not struck through it. */
  @Test
  void aGridlineIsHiddenBehindTextAsAnEventLineIs() {
    double gx = 180;
    String text = "term not given in the source";
    AnnotationLayer layer = layer(200, List.of());
    layer.gridlines(new double[] {gx});
    BufferedImage with = canvas();
    Graphics2D g = graphics(with);
    g.setPaint(HOUSE.grid());
    g.draw(new java.awt.geom.Line2D.Double(gx, 0, gx, 300));
    layer.drawText(g, text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), gx - 40, 150);
    BufferedImage without = canvas();
    layer(200, List.of()).drawText(graphics(without), text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(),
        gx - 40, 150);

    int top = (int) (150 - Text.ascent(Fonts.regular(HOUSE.smallSize())));
    for (int y = top; y <= 152; y++) {
      assertThat(with.getRGB((int) gx, y)).as("(%d, %d)", (int) gx, y).isEqualTo(without.getRGB((int) gx, y));
    }
    assertThat(with.getRGB((int) gx, 60)).as("above the text").isEqualTo(HOUSE.grid().getRGB());
  }

  /**
   * A span's label in the band above the plot, over the gridline at the span's end: the strip
   * behind it is the background there, not the span's shade (a grey block stood behind "go" of
   * "Janata government"); over the plot, inside the span, it is the shade.
   */
  @Test
  void theStripBehindTextIsShadedOnlyWhereTheSpanIs() {
    double end = 200 + (1980 - 1971.5) * 10;
    String text = "Janata government";
    BufferedImage spanned = labelsOverGridline(List.of(new Annotation(Annotation.Kind.SPAN,
        new FuzzyDate(1977, null), new FuzzyDate(1980, null), text)), end, text);
    BufferedImage plain = labelsOverGridline(List.of(), end, text);

    double ascent = Text.ascent(Fonts.regular(HOUSE.smallSize()));
    for (int y = (int) (60 - ascent); y <= 62; y++) {
      for (int x = (int) end - 3; x <= (int) end + 3; x++) {
        assertThat(spanned.getRGB(x, y)).as("in the band (%d, %d)", x, y).isEqualTo(plain.getRGB(x, y));
      }
    }
    // Over the plot, inside the span, the strip is the shade around it.
    assertThat(spanned.getRGB((int) end - 1, (int) (200 - ascent))).isEqualTo(spanned.getRGB((int) end - 8, 250));
  }

  /** A span (if any) over the plot from y 100, a gridline at gx, and the text over it in the band and over the plot. */
  private static BufferedImage labelsOverGridline(List<Annotation> spans, double gx, String text) {
    AnnotationLayer layer = layer(200, spans);
    layer.gridlines(new double[] {gx});
    BufferedImage image = canvas();
    Graphics2D g = graphics(image);
    layer.drawSpans(g, 100, 300);
    g.setPaint(HOUSE.grid());
    g.draw(new java.awt.geom.Line2D.Double(gx, 100, gx, 300));
    layer.drawText(g, text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), gx - 60, 60);
    layer.drawText(g, text, Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), gx - 60, 200);
    return image;
  }

  /** Decade slots: 1910 at the second, 1925 halfway past the third; 1800 at the first, where the axis begins. */
  @Test
  void yearsBeforeTheFirstSlotAreAtIt() {
    var slots = AnnotationLayer.slots(List.of(new Category("1900", "1900s"), new Category("1910", "1910s"),
        new Category("1920", "1920s")), 100, 50);
    assertThat(slots.applyAsDouble(1910)).isEqualTo(150);
    assertThat(slots.applyAsDouble(1800)).isEqualTo(100);
    assertThat(slots.applyAsDouble(1925)).isEqualTo(225);
  }

  /**
   * A span that runs past a line's or area's first or last point stops there, short of its axis's
   * numbers and its end labels.
   */
  @Test
  void aSpanStopsAtTheFirstAndLastPoints() {
    AnnotationLayer layer = layer(200, List.of(new Annotation(Annotation.Kind.SPAN, new FuzzyDate(1960, null),
        new FuzzyDate(1991, null), "Span")));
    BufferedImage image = canvas();
    layer.drawSpans(graphics(image), 50, 250, 100, 300);
    assertThat(image.getRGB(290, 150)).as("inside").isNotEqualTo(HOUSE.background().getRGB());
    assertThat(image.getRGB(102, 150)).as("inside").isNotEqualTo(HOUSE.background().getRGB());
    assertThat(image.getRGB(302, 150)).as("past the last point").isEqualTo(HOUSE.background().getRGB());
    assertThat(image.getRGB(97, 150)).as("before the first point").isEqualTo(HOUSE.background().getRGB());
  }

  @Test
  void textClearOfTheLineLeavesItWhole() {
    double lx = 200;
    AnnotationLayer line = layer(lx, List.of(new Annotation(Annotation.Kind.LINE, new FuzzyDate(1971, null), null,
        "Treaty")));
    BufferedImage with = canvas();
    Graphics2D g = graphics(with);
    line.drawLinesAndLabels(g, 0, 300);
    BufferedImage before = copy(with);
    line.drawText(g, "far away", Fonts.regular(HOUSE.smallSize()), HOUSE.secondaryText(), lx + 20, 150);
    for (int y = 0; y < 300; y++) {
      assertThat(with.getRGB((int) lx, y)).isEqualTo(before.getRGB((int) lx, y));
    }
  }

  /** A layer whose line at 1971 stands at {@code lx}. */
  private static AnnotationLayer layer(double lx, List<Annotation> annotations) {
    return new AnnotationLayer(annotations, year -> lx + (year - 1971.5) * 10, 0, 400, HOUSE);
  }

  private static BufferedImage canvas() {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(HOUSE.background());
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    return image;
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  private static BufferedImage copy(BufferedImage image) {
    BufferedImage c = canvas();
    c.getGraphics().drawImage(image, 0, 0, null);
    return c;
  }
}
