package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.chartdesk.check.Colours.Vision;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/**
 * CD107: the colours a chart uses must stay apart for readers with a colour-vision deficiency,
 * about one man in twelve. Each pair of colours in use is compared as seen with normal vision and
 * with simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009); a CIEDE2000
 * difference under {@value #THRESHOLD} is too small for marks the size of ours (about 10 px).
 */
final class ColourVision implements Rule {
  /**
   * 2.3 is a just-noticeable difference for large patches side by side; for small marks apart on
   * a page the noticeable difference is several times larger (Szafir 2017). The Okabe–Ito palette
   * keeps every pair above 10.9 under all four visions.
   */
  static final double THRESHOLD = 10;

  @Override
  public String code() {
    return "CD107";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    Series s = Series.of(t.model(), t.theme());
    // Past the palette's end colours repeat; CD106 reports that, so compare only distinct slots.
    int n = Math.min(s.size(), t.theme().categorical().size());
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Vision worst = Vision.NORMAL;
        double least = Double.MAX_VALUE;
        for (Vision v : Vision.values()) {
          double d = Colours.difference(s.colours().get(i), s.colours().get(j), v);
          if (d < least) {
            least = d;
            worst = v;
          }
        }
        if (least < THRESHOLD) {
          out.add(report(t, Message.LINT_COLOURS_CONFUSED,
              "choose theme colours that differ in lightness as well as hue, or use fewer " + s.kinds(),
              s.kind(), name(s, i), name(s, j), least, worst.label, THRESHOLD));
        }
      }
    }
    return out;
  }

  private static String name(Series s, int i) {
    return Colours.hex(s.colours().get(i)) + " (" + s.names().get(i) + ")";
  }
}
