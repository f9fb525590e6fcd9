package org.chartdesk.check;

import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.NumberStyle;

/** CD101: a column's length is its value, so a value axis that does not include zero misleads. */
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
    return t.model() instanceof ColumnChartModel m ? check(t, m, ValueAxis.of(m)) : List.of();
  }

  List<Diagnostic> check(LintTarget t, ColumnChartModel m, ValueAxis axis) {
    if (axis.includesZero()) {
      return List.of();
    }
    double start = axis.min() > 0 ? axis.min() : axis.max();
    return List.of(report(t, Message.LINT_AXIS_NOT_ZERO,
        "columns show values by their length: let the value axis run from zero (drop the lower bound"
            + " of y.domain), or show the values as points",
        NumberStyle.format(start, m.format())));
  }
}
