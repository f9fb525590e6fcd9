package org.chartdesk.workbook;

import java.util.List;
import org.chartdesk.model.Datum;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

/**
 * Where a note's label goes beside its point on a line. The published chart measures its text
 * and tries places around the point; Excel lays out a label itself, at one of four sides, so the
 * side is chosen from the line alone: where it leaves room, away from its neighbouring segments
 * and from the plot's edges.
 */
final class NotePlacement {
  private NotePlacement() {}

  /**
   * The side for a note at point {@code i}: into a gap of the line beside it; above a point no
   * neighbour rises over; at either end of the line, to the inside, under the segment that comes
   * down to it; below a point no neighbour falls under; else above, the published chart's first
   * choice.
   */
  static STDLblPos.Enum onLine(List<Datum> values, int i) {
    int last = values.size() - 1;
    Double before = i > 0 && !values.get(i - 1).missing() ? values.get(i - 1).value() : null;
    Double after = i < last && !values.get(i + 1).missing() ? values.get(i + 1).value() : null;
    double at = values.get(i).value();
    if (i < last && after == null) {
      return STDLblPos.R;
    } else if (i > 0 && before == null) {
      return STDLblPos.L;
    } else if ((before == null || before <= at) && (after == null || after <= at)) {
      return STDLblPos.T;
    } else if (i == last) {
      return STDLblPos.L;
    } else if (i == 0) {
      return STDLblPos.R;
    } else if (before >= at && after >= at) {
      return STDLblPos.B;
    }
    return STDLblPos.T;
  }
}
