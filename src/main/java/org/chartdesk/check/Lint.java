package org.chartdesk.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.model.ChartModel;
import org.chartdesk.spec.SpecPlaces;
import org.chartdesk.theme.Theme;

/**
 * The editorial lint: house rules over bound charts and the theme they are drawn with (docs/lint.md).
 * A spec may silence a rule for its chart only with a written reason; what is silenced is returned
 * so that outputs can show it.
 */
public final class Lint {
  static final List<Rule> RULES = List.of(new AxisFromZero(), new YearAxisGaps(), new OutsideDomain(),
      new SourceLine(), new AxisLabel(), new SeriesCount(), new ColourVision(), new TextContrast(),
      new QualifierShown(), new TextFits(), new MissingGlyphs());

  private Lint() {}

  /** The codes of every rule, in order. */
  public static List<String> codes() {
    return RULES.stream().map(Rule::code).toList();
  }

  /**
   * Runs every rule over every chart, each with the theme its frame names.
   *
   * @param theme the theme of a chart whose frame names no bundled theme
   * @param silencedBySpec per spec id, the spec's {@code lint.ignore}: rule code to reason (a
   *     null or blank reason is an error and silences nothing). A split spec's ignores hold for
   *     each of its charts, and silence nothing only when they silence nothing in any.
   */
  public static LintResult run(List<ChartModel> models, Story story, Theme theme,
      Map<String, Map<String, String>> silencedBySpec) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SilencedRule> silenced = new ArrayList<>();
    Map<String, Map<String, String>> reasonsBySpec = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> hiddenBySpec = new LinkedHashMap<>();
    Map<String, String> fileOfSpec = new LinkedHashMap<>();
    Map<String, SpecPlaces> placesOfSpec = new LinkedHashMap<>();
    // Each chart's rules on the threads of the pool this runs in (a build's --jobs), then gathered
    // in the charts' order: the messages come out the same whatever the threads.
    List<Checked> checked = models.parallelStream().map(m -> {
      LintTarget t = LintTarget.of(m, story, theme);
      return new Checked(t, RULES.stream().map(rule -> rule.check(t)).toList());
    }).toList();
    for (Checked c : checked) {
      LintTarget target = c.target();
      ChartModel model = target.model();
      String spec = model.frame().spec();
      fileOfSpec.put(spec, target.file());
      placesOfSpec.put(spec, model.frame().places());
      Map<String, String> reasons = reasonsBySpec.computeIfAbsent(spec, s -> valid(target,
          silencedBySpec == null ? Map.of() : silencedBySpec.getOrDefault(s, Map.of()), diagnostics));
      Map<String, Integer> hidden = new TreeMap<>();
      for (int r = 0; r < RULES.size(); r++) {
        Rule rule = RULES.get(r);
        List<Diagnostic> found = c.byRule().get(r);
        if (reasons.containsKey(rule.code())) {
          hidden.put(rule.code(), found.size());
        } else {
          found.forEach(d -> diagnostics.add(model.frame().template() == null ? d : d.inChart(target.id())));
        }
      }
      for (var e : reasons.entrySet()) {
        int n = hidden.getOrDefault(e.getKey(), 0);
        silenced.add(new SilencedRule(e.getKey(), target.id(), e.getValue(), n));
        hiddenBySpec.computeIfAbsent(spec, s -> new TreeMap<>()).merge(e.getKey(), n, Integer::sum);
      }
    }
    hiddenBySpec.forEach((spec, hidden) -> hidden.forEach((code, n) -> {
      // CD110 also looks at the text as drawn, which only the build's drawing finds: an ignore of
      // it may silence what no measure here sees.
      if (n == 0 && !code.equals("CD110")) {
        diagnostics.add(placesOfSpec.get(spec).keyWarning(Message.LINT_IGNORE_UNUSED, fileOfSpec.get(spec),
            "lint.ignore." + code, "the chart no longer breaks the rule: remove the ignore", code));
      }
    }));
    return new LintResult(List.copyOf(diagnostics), List.copyOf(silenced));
  }

  /** A chart and what each rule found in it, in {@link #RULES}' order. */
  private record Checked(LintTarget target, List<List<Diagnostic>> byRule) {}

  /** The ignores that may silence: known codes with a reason. The others are errors. */
  private static Map<String, String> valid(LintTarget t, Map<String, String> ignores, List<Diagnostic> out) {
    Map<String, String> valid = new TreeMap<>();
    for (var e : new TreeMap<>(ignores).entrySet()) {
      String code = e.getKey();
      String reason = e.getValue() == null ? "" : e.getValue().strip();
      // At the code's key in the spec, as the spec's other mistakes are placed.
      var places = t.model().frame().places();
      if (!codes().contains(code)) {
        String best = DidYouMean.closest(code, codes());
        out.add(places.keyError(Message.LINT_IGNORE_UNKNOWN, t.file(), "lint.ignore." + code, "rules: "
            + String.join(", ", codes()) + (best == null ? "" : "\ndid you mean " + Message.quote(best) + "?"),
            Message.quote(code)));
      } else if (reason.isEmpty()) {
        out.add(places.keyError(Message.LINT_IGNORE_WITHOUT_REASON, t.file(), "lint.ignore." + code,
            "say why the rule does not apply here: lint: {ignore: {" + code + ": \"...\"}}", code));
      } else {
        valid.put(code, reason);
      }
    }
    return valid;
  }
}
