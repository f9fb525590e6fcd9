package org.chartdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.ColumnChartModel;
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
    if (!(t.model() instanceof ColumnChartModel m) || t.dataset().isEmpty()) {
      return List.of();
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
          out.add(report(t, Message.LINT_QUALIFIER_DROPPED,
              "name the qualifier column on the value channel: y: {field: " + m.yField() + ", qualifier: "
                  + d.fields().get(c).name() + "}",
              Integer.toString(b.year()), NumberStyle.format(b.value(), m.format()), Message.quote(q.strip())));
        }
      }
    }
    return out;
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
