package org.chartdesk.check;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.theme.TextMetrics;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.Frame;

/**
 * CD110: text that cannot fit is cut, broken mid-word or drawn over other text. Titles wrap, so
 * only a single word wider than the chart cannot fit; the body needs a least height for its rows
 * and labels; and each label needs the room its renderer gives it.
 */
final class TextFits implements Rule {
  @Override
  public String code() {
    return "CD110";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    Frame f = t.model().frame();
    List<Diagnostic> out = new ArrayList<>();
    double width = Layout.textWidth(f, t.theme());
    for (Layout.Block b : Layout.blocks(f, t.theme())) {
      String word = Layout.widestWord(b.text(), b.font());
      double w = TextMetrics.width(word, b.font());
      if (w > width) {
        out.add(clipped(t, new PlotFit.Clip(b.role() + " word", word, w, width),
            "shorten or break the word, or widen the chart (size.width)"));
      }
    }
    Rectangle2D area = Layout.plotArea(f, t.theme());
    PlotFit.Need need = PlotFit.of(t.model(), t.theme(), area);
    if (need.clip() != null) {
      out.add(clipped(t, need.clip(), "shorten it, or widen the chart (size.width)"));
    }
    double lacking = need.height() - area.getHeight();
    if (lacking > 0) {
      int at = (int) Math.ceil(f.height() + lacking);
      out.add(report(t, Message.LINT_CHART_TOO_SMALL,
          "make size.height at least " + at + " (it is " + f.height() + "), or shorten the text above and"
              + " below the plot", (int) Math.ceil(lacking), need.what()));
    }
    return out;
  }

  private Diagnostic clipped(LintTarget t, PlotFit.Clip c, String hint) {
    return report(t, Message.LINT_TEXT_CLIPPED, hint, c.what(), Message.quote(c.text()),
        (int) Math.ceil(c.width() - c.available()), (int) Math.max(0, Math.floor(c.available())));
  }
}
