package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.chartdesk.model.Datum;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/** The side of its point a note's label takes on a line: where the line leaves room. */
class NotePlacementTest {
  @Test
  void intoAGapBesideThePoint() {
    assertThat(NotePlacement.onLine(line(3789.0, null, null, 1980.0, 411.0), 0)).isEqualTo(STDLblPos.R);
    assertThat(NotePlacement.onLine(line(5.0, null, 3.0, 4.0), 2)).isEqualTo(STDLblPos.L);
  }

  @Test
  void aboveAPointNoNeighbourRisesOver() {
    assertThat(NotePlacement.onLine(line(1.0, 3.0, 2.0), 1)).isEqualTo(STDLblPos.T);
    assertThat(NotePlacement.onLine(line(1.0, 3.0), 1)).isEqualTo(STDLblPos.T);
    assertThat(NotePlacement.onLine(line(7.0), 0)).isEqualTo(STDLblPos.T);
  }

  @Test
  void atAnEndUnderTheSegmentComingDownToIt() {
    assertThat(NotePlacement.onLine(line(3789.0, null, null, 1980.0, 411.0), 4)).isEqualTo(STDLblPos.L);
    assertThat(NotePlacement.onLine(line(1.0, 5.0), 0)).isEqualTo(STDLblPos.R);
  }

  @Test
  void belowATroughAndAboveASlope() {
    assertThat(NotePlacement.onLine(line(4.0, 1.0, 3.0), 1)).isEqualTo(STDLblPos.B);
    assertThat(NotePlacement.onLine(line(1.0, 2.0, 3.0), 1)).isEqualTo(STDLblPos.T);
  }

  private static List<Datum> line(Double... values) {
    return Arrays.stream(values).map(v -> new Datum(v, null, v == null ? "" : v.toString(), List.of())).toList();
  }
}
