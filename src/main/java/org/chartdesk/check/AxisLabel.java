package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chartdesk.dataset.Field;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.StackedColumnChartModel;
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
      // The kinds with a value scale of their own: their values may be derived by transforms, so
      // only the label is checked; the column chart also checks the declared unit.
      String label = valueLabel(t.model());
      return label != null && label.isBlank()
          ? List.of(report(t, Message.LINT_NO_AXIS_LABEL, "write what the values count in the value channel's label",
              Message.quote("")))
          : List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    String label = m.yLabel() == null ? "" : m.yLabel().strip();
    if (label.isEmpty() || label.equals(m.yField())) {
      out.add(reportAt(t, "y.label", Message.LINT_NO_AXIS_LABEL,
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
      out.add(reportAt(t, "y.label", Message.LINT_NO_UNIT, "say it in y.label or the subtitle",
          "the unit " + Message.quote(unit) + " is in neither the axis label nor the subtitle"));
    }
    return out;
  }

  /** The value label of a kind with a value scale, or null for kinds without one. */
  private static String valueLabel(ChartModel model) {
    if (model instanceof BarChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof DotChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof GroupedColumnChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof StackedColumnChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof LineChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof AreaChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof SlopeChartModel m) {
      return nz(m.valueLabel());
    } else if (model instanceof SmallMultiplesChartModel m) {
      return nz(m.valueLabel());
    }
    return null;
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
