package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chartdesk.dataset.Field;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Frame;

/**
 * CD105: a value axis says what is counted and in what unit; a bare number scale, or a column
 * name from a CSV header, leaves readers guessing.
 */
final class AxisLabel implements Rule {
  @Override
  public String code() {
    return "CD105";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    if (!(t.model() instanceof ColumnChartModel m)) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    String label = m.yLabel() == null ? "" : m.yLabel().strip();
    if (label.isEmpty() || label.equals(m.yField())) {
      out.add(report(t, Message.LINT_NO_AXIS_LABEL,
          "write what the axis counts: y: {field: " + m.yField() + ", label: ...}", Message.quote(m.yField())));
    }
    Field f = t.dataset().flatMap(d -> d.field(m.yField())).orElse(null);
    if (f == null) {
      return out;
    }
    String unit = f.unit() == null ? "" : f.unit().strip();
    if (unit.isEmpty()) {
      out.add(report(t, Message.LINT_NO_UNIT,
          "declare \"unit\" on the field in datasets/datapackage.json and say it in y.label or the subtitle",
          "field " + Message.quote(f.name()) + " declares no unit"));
    } else if (!states(m.frame(), label, m.format(), unit)) {
      out.add(report(t, Message.LINT_NO_UNIT, "say it in y.label or the subtitle",
          "the unit " + Message.quote(unit) + " is in neither the axis label nor the subtitle"));
    }
    return out;
  }

  /** True when the label, subtitle, title or number format names the unit (singular or plural). */
  private static boolean states(Frame frame, String label, String format, String unit) {
    String text = String.join(" ", label, nz(frame.subtitle()), nz(frame.title()), nz(format))
        .toLowerCase(Locale.ROOT);
    String u = unit.toLowerCase(Locale.ROOT);
    String singular = u.endsWith("s") && u.length() > 2 ? u.substring(0, u.length() - 1) : u;
    return text.contains(u) || text.contains(singular)
        || (u.equals("%") && text.contains("percent")) || (u.equals("percent") && text.contains("%"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
