package org.chartdesk.check;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;

/**
 * CD108: text must stand out from its background by WCAG 2's 4.5:1 (success criterion 1.4.3),
 * which every chart's titles, labels, notes and source line need: they are drawn in the theme's
 * text and secondary-text colours on its background.
 */
final class TextContrast implements Rule {
  static final double MINIMUM = 4.5;

  @Override
  public String code() {
    return "CD108";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    Map<String, Color> text = new LinkedHashMap<>();
    text.put("text colour", t.theme().text());
    text.put("secondary text colour", t.theme().secondaryText());
    Color bg = t.theme().background();
    List<Diagnostic> out = new ArrayList<>();
    for (var e : text.entrySet()) {
      double c = Colours.contrast(e.getValue(), bg);
      if (c < MINIMUM) {
        out.add(report(t, Message.LINT_LOW_CONTRAST,
            "darken the theme colour (on white, #767676 is the lightest grey that passes)",
            e.getKey(), Colours.hex(e.getValue()), Colours.hex(bg), c));
      }
    }
    return out;
  }
}
