package org.chartdesk.check;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Fonts;

/**
 * CD111: a character the bundled fonts lack would be drawn as an empty box. Latin and Cyrillic
 * are covered (the story has Russian names); anything else is named here rather than shown as a
 * silent box.
 */
final class MissingGlyphs implements Rule {
  private static final Font REGULAR = Fonts.regular(12);
  private static final Font BOLD = Fonts.bold(12);

  @Override
  public String code() {
    return "CD111";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    List<Diagnostic> out = new ArrayList<>();
    for (String text : texts(t.model())) {
      Set<String> missing = new LinkedHashSet<>();
      text.codePoints().forEach(cp -> {
        if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)
            && (!REGULAR.canDisplay(cp) || !BOLD.canDisplay(cp))) {
          missing.add(String.format(java.util.Locale.ROOT, "U+%04X %s", cp, new String(Character.toChars(cp))));
        }
      });
      if (!missing.isEmpty()) {
        out.add(report(t, Message.LINT_MISSING_GLYPH, "use characters Liberation Sans has (Latin, Greek, Cyrillic)",
            Message.quote(text), String.join(", ", missing)));
      }
    }
    return out;
  }

  /** Every text the chart draws. */
  static List<String> texts(ChartModel model) {
    Frame f = model.frame();
    List<String> out = new ArrayList<>();
    out.add(f.title());
    if (f.subtitle() != null) {
      out.add(f.subtitle());
    }
    out.addAll(f.notes());
    out.add(f.sourceLine());
    if (model instanceof ColumnChartModel m) {
      out.add(m.yLabel());
      m.bars().stream().filter(b -> b.label() != null).forEach(b -> out.add(b.label()));
    } else if (model instanceof TimelineChartModel m) {
      m.lanes().forEach(l -> out.add(l.name()));
      m.events().forEach(e -> out.add(e.label()));
    } else if (model instanceof RangeChartModel m) {
      m.groups().forEach(g -> out.add(g.name()));
      m.rows().forEach(r -> out.add(r.name()));
      m.marks().forEach(k -> out.add(k.label()));
      if (m.marksLegend() != null) {
        out.add(m.marksLegend());
      }
    }
    return out;
  }
}
