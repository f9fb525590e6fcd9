package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.Callout;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** Notes find room: they cover no data, no other note, and never leave the plot. */
class CalloutLayerTest {
  private static final Rectangle2D PLOT = new Rectangle2D.Double(0, 0, 600, 400);

  @Test
  void notesAmongTallColumnsStayClearOfThemAndOfEachOther() {
    CalloutLayer layer = new CalloutLayer(Theme.house(), PLOT);
    List<Rectangle2D> columns = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      double top = i % 2 == 0 ? 40 : 300;
      columns.add(new Rectangle2D.Double(20 + i * 100, top, 60, 400 - top));
    }
    columns.forEach(layer::avoid);
    // Notes at the tops of a short column between two tall ones, and of a tall one by the edge.
    layer.place(new Callout(Callout.Kind.ARROW, "1", null, "1", "A long note that has to find its room"), 150, 300);
    layer.place(new Callout(Callout.Kind.LABEL, "2", null, "2", "Beside the top"), 350, 300);
    layer.place(new Callout(Callout.Kind.LABEL, "0", null, "0", "At the edge of the plot"), 50, 40);
    List<Rectangle2D> boxes = layer.boxes();
    assertThat(boxes).hasSize(3).allSatisfy(b -> {
      assertThat(PLOT.contains(b)).as("inside the plot: %s", b).isTrue();
      assertThat(columns).noneMatch(c -> c.intersects(b));
    });
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j))).as("notes %d and %d overlap", i, j).isFalse();
      }
    }
  }

  @Test
  void aNoteAvoidsTheLineItAnnotates() {
    CalloutLayer layer = new CalloutLayer(Theme.house(), PLOT);
    List<Line2D> line = List.of(new Line2D.Double(0, 200, 300, 100), new Line2D.Double(300, 100, 600, 300));
    line.forEach(layer::avoid);
    layer.place(new Callout(Callout.Kind.LABEL, "1", null, "1", "The peak"), 300, 100);
    Rectangle2D box = layer.boxes().get(0);
    assertThat(line).noneMatch(l -> l.intersects(box));
    assertThat(box.getMaxY()).as("above the peak, as a reader looks for it").isLessThan(100);
  }

  @Test
  void withNoFreePlaceANoteStillStaysInsideThePlot() {
    CalloutLayer layer = new CalloutLayer(Theme.house(), PLOT);
    layer.avoid(new Rectangle2D.Double(0, 0, 600, 400));
    layer.place(new Callout(Callout.Kind.ARROW, "1", null, "1", "Nowhere to go"), 590, 5);
    assertThat(PLOT.contains(layer.boxes().get(0))).isTrue();
  }

  /** An arrow's pointer, straight down to its point, would run through the point's value label. */
  @Test
  void anArrowsPointerRunsThroughNoValueLabel() {
    CalloutLayer layer = new CalloutLayer(Theme.house(), PLOT);
    Rectangle2D valueLabel = new Rectangle2D.Double(285, 352, 30, 14);
    layer.avoid(valueLabel);
    layer.place(new Callout(Callout.Kind.ARROW, "1", null, "1", "The fall"), 300, 372);
    Rectangle2D box = layer.boxes().get(0);
    boolean straightAbove = box.getMinX() < 300 && box.getMaxX() > 300 && box.getMaxY() < valueLabel.getMinY();
    assertThat(straightAbove).as("a pointer from %s straight down crosses the value label", box).isFalse();
  }

  /**
   * In a narrow chart a label's point is hemmed in (a value label above it, columns either side):
   * its words stand off where there is room, joined by a leader down the free gap.
   */
  @Test
  void aLabelWithNoRoomBesideItsPointStandsOffClearOfEverything() {
    Rectangle2D plot = new Rectangle2D.Double(0, 0, 300, 400);
    CalloutLayer layer = new CalloutLayer(Theme.house(), plot);
    List<Rectangle2D> blocks = List.of(new Rectangle2D.Double(0, 250, 140, 150), new Rectangle2D.Double(160, 250, 140, 150));
    blocks.forEach(layer::avoid);
    layer.place(new Callout(Callout.Kind.LABEL, "1", null, "1", "Beside the point"), 150, 380);
    Rectangle2D box = layer.boxes().get(0);
    assertThat(plot.contains(box)).isTrue();
    assertThat(blocks).noneMatch(b -> b.intersects(box));
    assertThat(box.getMinX()).as("over the gap its leader runs down").isLessThan(150);
    assertThat(box.getMaxX()).isGreaterThan(150);
  }

  /**
   * A note about a last point whose value label stands above it, the line arriving from the upper
   * left: read as one with its label, the note stands clear of both and of the line.
   */
  @Test
  void aNoteAtAPointWithAValueLabelStandsClearOfBoth() {
    Rectangle2D plot = new Rectangle2D.Double(0, 0, 300, 400);
    CalloutLayer layer = new CalloutLayer(Theme.house(), plot);
    Line2D line = new Line2D.Double(150, 220, 290, 380);
    Rectangle2D valueLabel = new Rectangle2D.Double(275, 350, 30, 14);
    Rectangle2D dot = new Rectangle2D.Double(285, 375, 10, 10);
    layer.avoid(line);
    layer.avoid(valueLabel);
    layer.avoid(dot);
    Rectangle2D anchor = dot.createUnion(valueLabel);
    layer.place(new Callout(Callout.Kind.LABEL, "1", null, "1", "The KGB's influence was diminished"), anchor, dot);
    Rectangle2D box = layer.boxes().get(0);
    assertThat(plot.contains(box)).isTrue();
    assertThat(box.intersects(anchor)).isFalse();
    assertThat(line.intersects(box)).isFalse();
  }

  /**
   * The examples' line at its social size: the note on 1977 stood left of the point, whose value
   * label stands above it, and its leader ended in the empty corner beside the label, where the
   * line from 1976 passes, as if it pointed at the line. A leader from beside heads for the point;
   * from above, for the label over it.
   */
  @Test
  void aLeaderFromBesideEndsAtThePointAndFromAboveAtItsLabel() {
    Rectangle2D dot = new Rectangle2D.Double(495, 295, 10, 10);
    Rectangle2D valueLabel = new Rectangle2D.Double(485, 270, 30, 20);
    // Room only to the left, and not right beside the label: the note stands off with a leader.
    CalloutLayer beside = new CalloutLayer(Theme.house(), PLOT);
    List.of(new Rectangle2D.Double(0, 0, 600, 262), new Rectangle2D.Double(522, 0, 78, 400),
        new Rectangle2D.Double(0, 312, 600, 88), new Line2D.Double(470, 262, 478, 284)).forEach(beside::avoid);
    beside.place(new Callout(Callout.Kind.LABEL, "1", null, "1", "A note"), dot.createUnion(valueLabel), dot);
    Line2D leader = beside.pointers().get(0);
    assertThat(leader).as("a leader from %s", beside.boxes().get(0)).isNotNull();
    assertThat(beside.boxes().get(0).getMaxX()).isLessThan(valueLabel.getMinX());
    // It stops short of what it points at by at most 7 px: of the point, not of the label's corner.
    double x = leader.getX2();
    double y = leader.getY2();
    double toDot = Math.hypot(Math.max(0, Math.max(dot.getMinX() - x, x - dot.getMaxX())),
        Math.max(0, Math.max(dot.getMinY() - y, y - dot.getMaxY())));
    assertThat(toDot).as("ends %s short of the point", leader.getP2()).isLessThanOrEqualTo(7.5);
    assertThat(y).as("below the label's corner").isGreaterThan(valueLabel.getMaxY());
    // Room only above: the arrow ends on the label, not through it at the point.
    CalloutLayer above = new CalloutLayer(Theme.house(), PLOT);
    above.avoid(new Rectangle2D.Double(0, 200, 600, 200).createUnion(new Rectangle2D.Double(0, 0, 400, 400)));
    above.place(new Callout(Callout.Kind.ARROW, "1", null, "1", "Down"), dot.createUnion(valueLabel), dot);
    Line2D arrow = above.pointers().get(0);
    assertThat(above.boxes().get(0).getMaxY()).isLessThanOrEqualTo(valueLabel.getMinY());
    assertThat(arrow.getP2().getY()).as("ends %s above the label", arrow.getP2())
        .isLessThanOrEqualTo(valueLabel.getMinY());
  }
}
