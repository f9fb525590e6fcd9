package org.chartdesk.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.Category;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Datum;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.StackedColumnChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.NumberStyle;

/**
 * CD109: a figure the source gives as a bound or an estimate ("over 3,789") is a different claim
 * from the bare number; shown without its qualifier it overstates what is known.
 *
 * <p>A dataset's qualifier column is a text column named {@code qualifier} (or ending in
 * {@code _qualifier}), or one whose declared values are all qualifier words.
 */
final class QualifierShown implements Rule {
  static final Set<String> WORDS = Set.of("over", "under", "more than", "less than", "fewer than",
      "at least", "at most", "up to", "about", "around", "approximately", "approx.", "roughly", "nearly",
      "almost", "some", "estimated", "est.", "c.", "ca.", "circa", ">", "<", "~", "≥", "≤");

  @Override
  public String code() {
    return "CD109";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Diagnostic> check(LintTarget t) {
    if (t.dataset().isEmpty()) {
      return List.of();
    }
    if (t.model() instanceof TableChartModel table) {
      return table(t, table, t.dataset().get());
    }
    if (!(t.model() instanceof ColumnChartModel m)) {
      return figures(t, t.dataset().get());
    }
    Dataset d = t.dataset().get();
    List<Integer> columns = qualifierColumns(d);
    List<Diagnostic> out = new ArrayList<>();
    for (ColumnChartModel.Bar b : m.bars()) {
      if (b.missing() || b.sourceRow() < 0) {
        continue;
      }
      for (int c : columns) {
        if (d.rows().get(b.sourceRow()).get(c) instanceof String q && !q.isBlank()
            && !b.label().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT))) {
          out.add(reportAt(t, "y", Message.LINT_QUALIFIER_DROPPED,
              "name the qualifier column on the value channel: y: {field: " + m.yField() + ", qualifier: "
                  + d.fields().get(c).name() + "}",
              Integer.toString(b.year()), NumberStyle.format(b.value(), m.format()), Message.quote(q.strip())));
        }
      }
    }
    return out;
  }

  /** A value read from one row is a figure of that row; shown, it must carry the row's qualifier. */
  private List<Diagnostic> figures(LintTarget t, Dataset d) {
    List<Integer> columns = qualifierColumns(d);
    if (columns.isEmpty()) {
      // Nothing to carry: a chart of a million values is not listed to find it out.
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, Datum> e : labelled(t.model()).entrySet()) {
      Datum v = e.getValue();
      if (v.missing() || v.sources().size() != 1 || !isFigureOf(v.value(), d.rows().get(v.sources().get(0)))) {
        continue;
      }
      for (int c : columns) {
        if (d.rows().get(v.sources().get(0)).get(c) instanceof String q && !q.isBlank()
            && !v.label().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT))) {
          // Bars and dots take their value on x; the other kinds on y.
          String channel = t.model() instanceof BarChartModel || t.model() instanceof DotChartModel ? "x" : "y";
          out.add(reportAt(t, channel, Message.LINT_QUALIFIER_DROPPED,
              "name the qualifier column on the value channel: " + channel + ": {field: ..., qualifier: "
                  + d.fields().get(c).name() + "}",
              e.getKey(), v.label(), Message.quote(q.strip())));
        }
      }
    }
    return out;
  }

  /**
   * A table's numbers carry a qualifier where a column names it ({@code {field: balance, qualifier:
   * qualifier}}), or where the qualifier column is shown itself. Else every number of a row with a
   * qualifier is shown bare: "12.4" for Cuba's "over 12.4".
   */
  private List<Diagnostic> table(LintTarget t, TableChartModel m, Dataset d) {
    List<Integer> columns = qualifierColumns(d);
    Set<String> shown = new java.util.HashSet<>();
    for (TableChartModel.Column c : m.columns()) {
      shown.add(c.field());
      if (c.qualifier() != null) {
        shown.add(c.qualifier());
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (int q : columns) {
      String qualifier = d.fields().get(q).name();
      if (shown.contains(qualifier)) {
        continue;
      }
      for (int r = 0; r < m.cells().size(); r++) {
        List<Integer> from = m.sources().get(r);
        Object word = from.size() == 1 ? d.rows().get(from.get(0)).get(q) : null;
        if (!(word instanceof String w) || w.isBlank()) {
          continue;
        }
        for (int c = 0; c < m.columns().size(); c++) {
          FieldType type = d.fields().get(d.indexOf(m.columns().get(c).field())).type();
          String cell = m.cells().get(r).get(c);
          if ((type == FieldType.INTEGER || type == FieldType.NUMBER) && !cell.isEmpty()) {
            out.add(reportAt(t, "columns[" + c + "]", Message.LINT_QUALIFIER_DROPPED,
                "name the qualifier on the column: {field: " + m.columns().get(c).field() + ", qualifier: " + qualifier
                    + "}, or show the " + qualifier + " column",
                m.cells().get(r).get(0) + ", " + m.headers().get(c), cell, Message.quote(w.strip())));
          }
        }
      }
    }
    return out;
  }

  /** Whether the value is one of the row's own numbers, not a count or a difference made from it. */
  private static boolean isFigureOf(double value, Row row) {
    for (int i = 0; i < row.values().length; i++) {
      if (row.get(i) instanceof Number n && n.doubleValue() == value) {
        return true;
      }
    }
    return false;
  }

  /** Every value a chart shows, by where it is shown ("1973", "1973, Diplomacy"). */
  private static Map<String, Datum> labelled(ChartModel model) {
    Map<String, Datum> out = new LinkedHashMap<>();
    if (model instanceof BarChartModel m) {
      put(out, m.categories(), m.values(), null);
    } else if (model instanceof DotChartModel m) {
      put(out, m.categories(), m.values(), null);
    } else if (model instanceof LineChartModel m) {
      m.series().forEach(s -> put(out, m.categories(), s.values(), m.series().size() > 1 ? s.name() : null));
    } else if (model instanceof AreaChartModel m) {
      m.series().forEach(s -> put(out, m.categories(), s.values(), s.name()));
    } else if (model instanceof GroupedColumnChartModel m) {
      m.series().forEach(s -> put(out, m.categories(), s.values(), s.name()));
    } else if (model instanceof StackedColumnChartModel m) {
      m.series().forEach(s -> put(out, m.categories(), s.values(), s.name()));
    } else if (model instanceof SlopeChartModel m) {
      m.series().forEach(s -> put(out, m.categories(), s.values(), s.name()));
    } else if (model instanceof SmallMultiplesChartModel m) {
      m.panels().forEach(s -> put(out, m.categories(), s.values(), s.name()));
    }
    return out;
  }

  private static void put(Map<String, Datum> out, List<Category> categories, List<Datum> values, String series) {
    for (int i = 0; i < values.size(); i++) {
      out.put(categories.get(i).label() + (series == null ? "" : ", " + series), values.get(i));
    }
  }

  static List<Integer> qualifierColumns(Dataset d) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < d.fields().size(); i++) {
      Field f = d.fields().get(i);
      String name = f.name().toLowerCase(Locale.ROOT);
      List<String> declared = f.allowed().stream().filter(s -> !s.isBlank()).toList();
      boolean named = name.equals("qualifier") || name.endsWith("_qualifier");
      boolean words = !declared.isEmpty()
          && declared.stream().allMatch(s -> WORDS.contains(s.strip().toLowerCase(Locale.ROOT)));
      if (f.type() == FieldType.STRING && !f.citation() && (named || words)) {
        out.add(i);
      }
    }
    return out;
  }
}
