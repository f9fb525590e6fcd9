package org.chartdesk.workbook;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chartdesk.dataset.SheetLimits;
import org.chartdesk.dataset.Story;
import org.chartdesk.model.ChartModel;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no
 * apostrophe at either end, not the reserved "History", unique ignoring case. POI would silently
 * truncate a long name and then reject the clash, so every name goes through here, in a fixed
 * order, which keeps the names stable from build to build.
 */
final class SheetNames {
  /** Added to a chart's sheet when a dataset's sheet has its id for a name. */
  static final String CHART_SUFFIX = " (chart)";

  private final Set<String> taken = new HashSet<>();

  /**
   * Every sheet's name, claimed in the workbook's order: About, the datasets' (in the story's
   * order), the charts' (by id).
   */
  record Plan(String about, List<String> datasets, Map<String, String> charts) {}

  static Plan plan(Story story, List<ChartModel> charts) {
    SheetNames names = new SheetNames();
    String about = names.claim(AboutSheetWriter.NAME);
    List<String> datasets = story.datasets().stream().map(d -> names.claim(d.name())).toList();
    // " (chart)" tells a chart's sheet from its dataset's; two charts whose ids cut to 31
    // characters are the same are numbered instead, as any other two names.
    Set<String> notCharts = Set.copyOf(names.taken);
    Map<String, String> sheets = new LinkedHashMap<>();
    for (ChartModel chart : charts) {
      String id = chart.frame().id();
      sheets.put(id, notCharts.contains(key(fit(sanitise(id), ""))) ? names.claim(id, CHART_SUFFIX) : names.claim(id));
    }
    return new Plan(about, datasets, sheets);
  }

  /** The sheet name for {@code wanted}, made valid and unique; {@code suffix} is kept whole. */
  String claim(String wanted, String suffix) {
    String base = sanitise(wanted);
    String name = fit(base, suffix);
    for (int n = 2; taken.contains(key(name)); n++) {
      name = fit(base, suffix + " (" + n + ")");
    }
    taken.add(key(name));
    return name;
  }

  String claim(String wanted) {
    return claim(wanted, "");
  }

  static String sanitise(String wanted) {
    String s = wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
    s = s.replaceAll("^'+|'+$", "");
    if (s.isEmpty()) {
      s = "Sheet";
    }
    return s.equalsIgnoreCase("History") ? s + "_" : s;
  }

  private static String fit(String base, String suffix) {
    int room = SheetLimits.SHEET_NAME_CHARS - suffix.length();
    String cut = base.length() > room ? base.substring(0, room).stripTrailing() : base;
    return (cut + suffix).replaceAll("'+$", "");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
