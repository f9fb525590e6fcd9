package org.chartdesk.check;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.NumberStyle;

/**
 * CD101: a bar's, column's or stem's length is its value, so a value axis that does not include
 * zero misleads. Applies to column, bar, grouped column and lollipop charts (stacks and areas are
 * built from zero by construction).
 */
final class AxisFromZero implements Rule {
  @Override
  public String code() {
    return "CD101";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    if (t.model() instanceof ColumnChartModel m) {
      return check(t, m, ValueAxis.of(m));
    } else if (t.model() instanceof BarChartModel m) {
      return check(t, new ValueAxis(m.min(), m.max()), m.format());
    } else if (t.model() instanceof GroupedColumnChartModel m) {
      return check(t, new ValueAxis(m.min(), m.max()), m.format());
    } else if (t.model() instanceof DotChartModel m && m.stems()) {
      return check(t, new ValueAxis(m.min(), m.max()), m.format());
    }
    return List.of();
  }

  List<Diagnostic> check(LintTarget t, ColumnChartModel m, ValueAxis axis) {
    return check(t, axis, m.format());
  }

  private List<Diagnostic> check(LintTarget t, ValueAxis axis, String format) {
    if (axis.includesZero()) {
      return List.of();
    }
    double start = axis.min() > 0 ? axis.min() : axis.max();
    return List.of(reportAt(t, "y.domain", Message.LINT_AXIS_NOT_ZERO,
        "columns show values by their length: let the value axis run from zero (drop the lower bound"
            + " of y.domain), or show the values as points",
        NumberStyle.format(start, format)));
  }
}
