package org.chartdesk.check;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chartdesk.theme.TextMetrics;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.SizePreset;

/**
 * CD110: text that cannot fit is cut, broken mid-word or drawn over other text. Titles wrap, so
 * only a single word wider than the chart cannot fit; the body needs a least height for its rows
 * and labels; and each label needs the room its renderer gives it. Each size the spec asks for
 * ({@code sizes:}) is laid out anew on its own canvas, so each is checked on that canvas too: a
 * timeline that fits at 1200 by 1350 may show four of its 24 events at 640 by 400.
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
    String taller = "make size.height at least %d (it is " + f.height() + ")";
    for (Misfit m : misfits(t, f)) {
      int height = (int) Math.ceil(f.height() + m.lacking());
      out.add(m.clip() != null
          ? report(t, Message.LINT_TEXT_CLIPPED, m.shorten() + ", or widen the chart (size.width)", m.clipArgs())
          : m.tooLong() != null
          ? reportAt(t, m.tooLong().key(), Message.LINT_TEXT_TOO_LONG, m.tooLong().shorten() + ", or "
              + taller.formatted(height), m.tooLong().args())
          : reportAt(t, "size.height", Message.LINT_CHART_TOO_SMALL, taller.formatted(height)
              + ", or shorten the text above and below the plot", (int) Math.ceil(m.lacking()), m.what()));
    }
    for (String name : f.sizes()) {
      SizePreset p = PresetLayout.of(SizePreset.named(name), t.model(), t.theme());
      Frame sized = f.sized((int) Math.floor(p.layoutWidth()), (int) Math.floor(p.layoutHeight()));
      String leaveOut = "leave " + name + " out of sizes, or ";
      for (Misfit m : misfits(t, sized)) {
        Object[] at = {name, sized.width(), sized.height()};
        out.add(m.clip() != null
            ? reportAt(t, "sizes", Message.LINT_SIZE_TEXT_CLIPPED, leaveOut + m.shorten(), concat(at, m.clipArgs()))
            : m.tooLong() != null
            ? reportAt(t, "sizes", Message.LINT_SIZE_TEXT_TOO_LONG, leaveOut + m.tooLong().shorten(),
                concat(at, m.tooLong().args()))
            : reportAt(t, "sizes", Message.LINT_SIZE_TOO_SMALL, leaveOut + "shorten the text above and below the plot",
                concat(at, new Object[] {(int) Math.ceil(m.lacking()), m.what()})));
      }
    }
    return out;
  }

  /**
   * What does not fit on a frame: a clipped text (with how to shorten it), the height the body
   * lacks and what it needs it for, or the text that takes that height, when it leaves none.
   */
  private record Misfit(PlotFit.Clip clip, String shorten, double lacking, String what, TooLong tooLong) {
    Object[] clipArgs() {
      return new Object[] {clip.what(), Message.quote(clip.text()), (int) Math.ceil(clip.width() - clip.available()),
          (int) Math.max(0, Math.floor(clip.available()))};
    }
  }

  /**
   * A block of the frame's text taller than the chart leaves it: its lines, the most that fit with
   * the rest of the chart, and its length in characters.
   */
  private record TooLong(String role, String key, int lines, int fit, int length) {
    Object[] args() {
      return new Object[] {role, lines, fit};
    }

    String shorten() {
      return fit == 0 ? "shorten it and the other text above and below the plot"
          : "shorten it to about " + length * fit / lines + " characters (it has " + length + ")";
    }
  }

  private static List<Misfit> misfits(LintTarget t, Frame f) {
    List<Misfit> out = new ArrayList<>();
    for (Layout.Block b : Layout.blocks(f, t.theme())) {
      String word = TextMetrics.widestWord(b.text(), b.font());
      double w = TextMetrics.width(word, b.font());
      if (w > b.width()) {
        out.add(new Misfit(new PlotFit.Clip(b.role() + " word", word, w, b.width()),
            "shorten or break the word", 0, null, null));
      }
    }
    Rectangle2D area = Layout.plotArea(f, t.theme());
    PlotFit.Need need = PlotFit.of(t.model(), t.theme(), area);
    if (need.clip() != null) {
      out.add(new Misfit(need.clip(), "shorten it", 0, null, null));
    }
    double room = Layout.plotRoom(f, t.theme());
    double lacking = need.height() - room;
    if (lacking > 0) {
      // Text that leaves the plot no room at all is too long, whatever the plot holds: a title of
      // 2,000 characters was said to leave the chart "128 px too short for its columns".
      out.add(new Misfit(null, null, lacking, need.what(), room > 0 ? null : tallest(f, t, lacking)));
    }
    return out;
  }

  /** The tallest block of the frame's text, and the lines it could have for the chart to lack nothing. */
  private static TooLong tallest(Frame f, LintTarget t, double lacking) {
    Layout.Block tallest = null;
    double most = -1;
    for (Layout.Block b : Layout.blocks(f, t.theme())) {
      if (b.height() > most) {
        tallest = b;
        most = b.height();
      }
    }
    int lines = TextMetrics.frameLines(tallest.text(), tallest.font(), tallest.width());
    double line = TextMetrics.frameLineHeight(tallest.font());
    int fit = (int) Math.max(0, Math.floor((lines * line - lacking) / line));
    String key = tallest.role().equals("source line") ? "source" : tallest.role().equals("note") ? "notes"
        : tallest.role();
    return new TooLong(tallest.role(), key, lines, fit, tallest.text().length());
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
