package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnnotationLabelsTest {
  private static final Theme THEME = Theme.house();

  @Test
  void aLabelReadsRightwardsOrFlipsLeftWhereThereIsRoom() {
    AnnotationLabels labels = new AnnotationLabels(List.of("Treaty", "Janata government"),
        new double[] {100, 580}, new double[] {100, 580}, 0, 600, THEME);
    assertThat(labels.placed().get(0).lx()).isEqualTo(104);
    assertThat(labels.placed().get(0).lines()).containsExactly("Treaty");
    AnnotationLabels.Placed flipped = labels.placed().get(1);
    assertThat(flipped.lx() + flipped.width()).isEqualTo(576);
    assertThat(flipped.lines()).containsExactly("Janata government");
  }

  /** A span that begins before the axis is labelled where it shows: from its start, off the chart. */
  @Test
  void aSpanFromBeforeTheAxisIsLabelledAtTheAxisStart() {
    AnnotationLabels labels = new AnnotationLabels(List.of("India independent"), new double[] {-900}, new double[] {900},
        40, 600, THEME);
    assertThat(labels.placed().get(0).lx()).isEqualTo(44);
  }

  /**
   * A span's label that cannot read rightwards from the span's start stands against the plot's
   * right edge while it still begins over the span: to the span's left it read as naming the
   * years before (on a phone, "Janata government" beside the 1971 treaty's line).
   */
  @Test
  void aSpansLabelWithoutRoomStaysOverTheSpan() {
    AnnotationLabels labels = new AnnotationLabels(List.of("Janata government", "Treaty of Friendship"),
        new double[] {230, 230}, new double[] {250, 230}, 0, 340, THEME);
    AnnotationLabels.Placed span = labels.placed().get(0);
    assertThat(span.lx() + span.width()).isEqualTo(340);
    assertThat(span.lx()).isLessThan(250);
    // A line's label still turns left of its line.
    AnnotationLabels.Placed line = labels.placed().get(1);
    assertThat(line.lx() + line.width()).isLessThanOrEqualTo(230);
  }

  /**
   * A line's label turns left of its line rather than stand over a span's label on the next level,
   * where the two read as one label of two lines ("Treaty of Friendship and Cooperation" over
   * "Janata government").
   */
  @Test
  void aLinesLabelTurnsLeftToKeepASpansLabelOffItsSecondLine() {
    AnnotationLabels labels = new AnnotationLabels(List.of("Treaty of Friendship and Cooperation", "Janata government"),
        new double[] {750, 865}, new double[] {750, 927}, 0, 1200, THEME);
    AnnotationLabels.Placed treaty = labels.placed().get(0);
    AnnotationLabels.Placed janata = labels.placed().get(1);
    assertThat(treaty.level()).isZero();
    assertThat(janata.level()).isZero();
    assertThat(treaty.lx() + treaty.width()).isLessThanOrEqualTo(750);
    assertThat(janata.lx()).isEqualTo(869);
  }

  @Test
  void aLabelThatFitsNeitherWayWrapsOnTheRoomierSideWithinThePlot() {
    String text = "Treaty of Friendship and Cooperation";
    AnnotationLabels labels = new AnnotationLabels(List.of(text), new double[] {130}, new double[] {130}, 0, 300,
        THEME);
    AnnotationLabels.Placed p = labels.placed().get(0);
    assertThat(p.lines()).hasSizeGreaterThan(1);
    assertThat(String.join(" ", p.lines())).isEqualTo(text);
    assertThat(p.lx()).isEqualTo(134);
    assertThat(p.lx() + p.width()).isLessThanOrEqualTo(300);
    assertThat(labels.height()).isEqualTo(p.lines().size() * labels.lineHeight() + 6);
  }

  /** Whatever the anchors, no label leaves the plot (unless a word alone is wider) and none touches another. */
  @Test
  void labelsStayInThePlotAndClearOfEachOther() {
    Random random = new Random(11);
    Random spans = new Random(13);
    String[] words = {"Treaty", "of", "Friendship", "Janata", "government", "war", "Bangladesh", "visit"};
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(5);
      double width = 150 + random.nextDouble() * 1000;
      String[] texts = new String[n];
      double[] anchors = new double[n];
      for (int i = 0; i < n; i++) {
        StringBuilder t = new StringBuilder(words[random.nextInt(words.length)]);
        for (int w = random.nextInt(5); w > 0; w--) {
          t.append(' ').append(words[random.nextInt(words.length)]);
        }
        texts[i] = t.toString();
        anchors[i] = random.nextDouble() * width;
      }
      double[] ends = new double[n];
      for (int i = 0; i < n; i++) {
        ends[i] = spans.nextBoolean() ? anchors[i] : anchors[i] + spans.nextDouble() * (width - anchors[i]);
      }
      List<AnnotationLabels.Placed> placed = new AnnotationLabels(List.of(texts), anchors, ends, 0, width, THEME)
          .placed();
      for (int i = 0; i < n; i++) {
        AnnotationLabels.Placed a = placed.get(i);
        assertThat(a.lx()).as("round %d", round).isGreaterThanOrEqualTo(-1e-9);
        assertThat(a.lx() + a.width()).as("round %d", round).isLessThanOrEqualTo(width + 1e-9);
        for (int j = 0; j < i; j++) {
          AnnotationLabels.Placed b = placed.get(j);
          boolean sideBySide = a.lx() + a.width() <= b.lx() || b.lx() + b.width() <= a.lx();
          boolean apart = a.level() + a.lines().size() <= b.level() || b.level() + b.lines().size() <= a.level();
          assertThat(sideBySide || apart).as("round %d: %s and %s", round, a, b).isTrue();
        }
      }
    }
  }
}
