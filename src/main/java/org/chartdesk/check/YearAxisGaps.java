package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ColumnChartModel;

/**
 * CD102: years drawn as categories sit evenly spaced whatever lies between them, so a year left
 * off the axis silently closes the gap; every year of the span (or every fifth, where the data
 * is five-yearly) needs its own slot.
 */
final class YearAxisGaps implements Rule {
  private static final String FIX =
      "give every year of the domain a slot; a year without a figure is drawn as a gap (\"no figure\")";

  @Override
  public String code() {
    return "CD102";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    if (!(t.model() instanceof ColumnChartModel m)) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    t.dataset().ifPresent(d -> d.field(m.xField())
        .filter(f -> f.type() == FieldType.STRING && looksLikeYears(d.rows(), d.indexOf(f.name())))
        .ifPresent(f -> out.add(report(t, Message.LINT_YEARS_AS_TEXT,
            "declare the field as \"type\": \"year\"; " + FIX, Message.quote(f.name())))));
    List<String> skipped = new ArrayList<>();
    List<Integer> years = m.bars().stream().map(ColumnChartModel.Bar::year).toList();
    // Figures every five years keep their step, 1980, 1985, 1990: the least distance between two.
    int step = Integer.MAX_VALUE;
    for (int i = 1; i < years.size(); i++) {
      step = years.get(i) > years.get(i - 1) ? Math.min(step, years.get(i) - years.get(i - 1)) : step;
    }
    for (int i = 1; i < years.size(); i++) {
      int a = years.get(i - 1);
      int b = years.get(i);
      if (b > a + step) {
        skipped.add(b == a + 2 ? Integer.toString(a + 1) : (a + 1) + "–" + (b - 1));
      } else if (b <= a) {
        skipped.add("back from " + a + " to " + b);
      }
    }
    if (!skipped.isEmpty()) {
      out.add(report(t, Message.LINT_YEARS_SKIPPED, FIX, String.join(", ", skipped)));
    }
    return out;
  }

  private static boolean looksLikeYears(List<Row> rows, int index) {
    boolean any = false;
    for (Row r : rows) {
      if (r.get(index) instanceof String s && !s.isEmpty()) {
        if (!s.strip().matches("[12][0-9]{3}")) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
