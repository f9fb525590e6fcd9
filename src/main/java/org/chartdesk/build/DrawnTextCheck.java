package org.chartdesk.build;

import java.util.ArrayList;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.export.DrawnText;
import org.chartdesk.model.ChartModel;

/**
 * CD110 as drawn: the lint measures each kind's layout before anything is drawn; this looks at
 * the text a chart's drawing really put on each canvas, for every kind alike, and finds text off
 * the chart and text over other text. A chart with such text is not written.
 */
final class DrawnTextCheck {
  /** Findings shown per canvas: the first few say what to fix. */
  private static final int SHOWN = 3;

  private DrawnTextCheck() {}

  /**
   * The findings for one canvas of a chart: its own size (size null) or a named size laid out
   * on width by height units.
   */
  static List<Diagnostic> findings(ChartModel model, String size, double width, double height,
      List<DrawnText.Box> text) {
    List<Diagnostic> out = new ArrayList<>();
    String file = model.frame().file();
    for (DrawnText.Misfit m : DrawnText.misfits(text, width, height)) {
      if (out.size() == SHOWN) {
        break;
      }
      String what = Message.quote(m.box().text());
      Diagnostic d;
      if (size == null) {
        String room = m.wantsHeight() ? "make the chart taller (size.height)" : "widen the chart (size.width)";
        d = m.other() != null
            ? Message.LINT_TEXT_OVER_TEXT.error(file, 0, 0, room + ", or shorten one of them", what,
                Message.quote(m.other().text()), m.by())
            : Message.LINT_TEXT_OFF_CHART.error(file, 0, 0, room + ", or shorten it", what, m.by(), m.edge());
      } else {
        String leaveOut = "leave " + size + " out of sizes, or shorten the text";
        int w = (int) Math.floor(width);
        int h = (int) Math.floor(height);
        d = m.other() != null
            ? Message.LINT_SIZE_TEXT_OVER_TEXT.error(file, 0, 0, leaveOut, size, w, h, what,
                Message.quote(m.other().text()), m.by())
            : Message.LINT_SIZE_TEXT_OFF_CHART.error(file, 0, 0, leaveOut, size, w, h, what, m.by(), m.edge());
      }
      out.add(model.frame().template() == null ? d : d.inChart(model.frame().id()));
    }
    return out;
  }
}
