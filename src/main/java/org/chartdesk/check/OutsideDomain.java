package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.TimelineChartModel;

/**
 * CD103: an axis domain narrower than the data drops rows without a trace (a column chart binds
 * only the domain's years) or draws them off the axis. A term that began before a range chart's
 * axis is exempt: it is drawn cut, with its real start named.
 */
final class OutsideDomain implements Rule {
  private static final int LISTED = 4;

  @Override
  public String code() {
    return "CD103";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    Optional<Dataset> data = t.dataset();
    List<String> out = new ArrayList<>();
    List<Diagnostic> found = new ArrayList<>();
    String from;
    String to;
    if (t.model() instanceof ColumnChartModel m) {
      if (m.bars().isEmpty()) {
        return List.of();
      }
      from = Integer.toString(m.bars().get(0).year());
      to = Integer.toString(m.bars().get(m.bars().size() - 1).year());
      data.ifPresent(d -> columnRowsOutside(m, d, out));
      found.addAll(columnValuesOutside(t, m, data));
    } else if (t.model() instanceof TimelineChartModel m) {
      from = year(m.from());
      to = year(m.to());
      for (TimelineChartModel.Event e : m.events()) {
        if (e.date().start() < m.from() || e.date().end() > m.to()) {
          out.add(where(data, e.sourceRow(), e.date()));
        }
      }
    } else if (t.model() instanceof RangeChartModel m) {
      from = year(m.from());
      to = year(m.to());
      for (RangeChartModel.Span s : m.spans()) {
        if (s.end() > m.to() || s.end() < m.from() || s.start() > m.to()) {
          out.add(where(data, s.sourceRow(), null) + " " + s.start() + "–" + s.end());
        }
      }
      for (RangeChartModel.Mark k : m.marks()) {
        if (k.date().start() < m.from() || k.date().end() > m.to()) {
          out.add("mark on " + m.rows().get(k.row()).name() + ", " + k.date().label());
        }
      }
    } else {
      return List.of();
    }
    if (!out.isEmpty()) {
      found.add(0, reportAt(t, "x.domain", Message.LINT_OUTSIDE_DOMAIN, hint(out, "widen the x domain to include them"),
          out.size(), out.size() == 1 ? "row" : "rows", Message.quote(t.model().dataset()), from, to));
    }
    return found;
  }

  /** Rows with a figure for a year outside the drawn years: the binder never made them bars. */
  private static void columnRowsOutside(ColumnChartModel m, Dataset d, List<String> out) {
    int xi = d.indexOf(m.xField());
    for (int r : m.outside()) {
      out.add(d.path() + ":" + d.rows().get(r).line() + " (" + d.rows().get(r).get(xi) + ")");
    }
  }

  /** Figures beyond the value axis: a negative column below a zero-based axis is not drawn. */
  private List<Diagnostic> columnValuesOutside(LintTarget t, ColumnChartModel m, Optional<Dataset> data) {
    ValueAxis axis = ValueAxis.of(m);
    List<String> out = new ArrayList<>();
    for (ColumnChartModel.Bar b : m.bars()) {
      if (!b.missing() && !axis.contains(b.value())) {
        out.add(where(data, b.sourceRow(), null) + " " + b.label());
      }
    }
    if (out.isEmpty()) {
      return List.of();
    }
    return List.of(reportAt(t, "y.domain", Message.LINT_OUTSIDE_DOMAIN,
        hint(out, "the value axis must take in every figure"), out.size(), out.size() == 1 ? "row" : "rows",
        Message.quote(m.dataset()), NumberStyle.format(axis.min(), m.format()),
        NumberStyle.format(axis.max(), m.format())));
  }

  private static String where(Optional<Dataset> data, int sourceRow, FuzzyDate date) {
    String at = data.filter(d -> sourceRow >= 0 && sourceRow < d.rows().size())
        .map(d -> d.path() + ":" + d.rows().get(sourceRow).line()).orElse("row " + (sourceRow + 1));
    return date == null ? at : at + " (" + date.label() + ")";
  }

  private static String hint(List<String> rows, String fix) {
    List<String> shown = rows.subList(0, Math.min(LISTED, rows.size()));
    String more = rows.size() > LISTED ? ", and " + (rows.size() - LISTED) + " more" : "";
    return String.join(", ", shown) + more + "\n" + fix
        + ", or say in a note why they are left out and silence CD103 with that reason";
  }

  private static String year(double y) {
    return y == Math.rint(y) ? Long.toString((long) y) : String.format(Locale.ROOT, "%.2f", y);
  }
}
