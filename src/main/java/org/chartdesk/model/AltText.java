package org.chartdesk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Phrases;
import org.chartdesk.theme.TextMetrics;

/**
 * Writes the text alternative a screen-reader user gets: what the chart is, every value with its
 * qualifier, the extremes, the change, what is missing, and where the data comes from, in the
 * chart's language (its locale's phrases).
 */
final class AltText {
  /** Values read out one by one; a longer series is summed up. */
  static final int LISTED = 100;
  /** Categories named one by one where some between them are left out; more are given as a span. */
  private static final int NAMED = 8;

  private AltText() {}

  static String of(ColumnChartModel m) {
    Frame f = m.frame();
    NewsLocale l = f.locale();
    StringBuilder sb = lead("kind_column", f);
    List<ColumnChartModel.Bar> present = m.bars().stream().filter(b -> !b.missing()).toList();
    List<String> parts = new ArrayList<>();
    for (ColumnChartModel.Bar b : m.bars()) {
      parts.add(b.year() + ", " + (b.missing() ? l.noFigure() : b.label()));
    }
    say(sb, l.say("column_years", "from", Integer.toString(m.years().get(0)),
        "to", Integer.toString(m.years().get(m.years().size() - 1)), "values", String.join("; ", parts)));
    if (!m.missingYears().isEmpty()) {
      say(sb, l.say("gap_years", "years", l.list(m.missingYears().stream().map(String::valueOf).toList())));
    }
    if (present.size() > 1) {
      ColumnChartModel.Bar max = present.stream().max(Comparator.comparing(ColumnChartModel.Bar::value)).get();
      ColumnChartModel.Bar min = present.stream().min(Comparator.comparing(ColumnChartModel.Bar::value)).get();
      say(sb, l.say("extremes_in", "max", max.label(), "max_at", Integer.toString(max.year()), "min", min.label(),
          "min_at", Integer.toString(min.year())));
      // Year-on-year changes where the source gives consecutive years, then the whole span.
      for (int i = 1; i < present.size(); i++) {
        ColumnChartModel.Bar a = present.get(i - 1);
        ColumnChartModel.Bar b = present.get(i);
        if (b.year() == a.year() + 1) {
          say(sb, change(l, "change_step", Integer.toString(a.year()), Integer.toString(b.year()), a.value(),
              a.qualifier(), a.label(), b.value(), b.label()));
        }
      }
      ColumnChartModel.Bar first = present.get(0);
      ColumnChartModel.Bar last = present.get(present.size() - 1);
      if (last.year() != first.year() + 1) {
        say(sb, change(l, "change_whole", Integer.toString(first.year()), Integer.toString(last.year()),
            first.value(), first.qualifier(), first.label(), last.value(), last.label()));
      }
    }
    for (ColumnChartModel.Bar b : present) {
      if (b.qualifier() != null) {
        say(sb, qualified(l, Integer.toString(b.year()), b.label(), b.qualifier()));
      }
    }
    return finish(sb, f);
  }

  static String of(TimelineChartModel m) {
    Frame f = m.frame();
    NewsLocale l = f.locale();
    StringBuilder sb = lead("kind_timeline", f);
    List<TimelineChartModel.Event> events = m.events();
    say(sb, l.say("timeline_events", "events", count(l, "events", events.size()),
        "from", events.get(0).date().label(l), "to", events.get(events.size() - 1).date().label(l),
        "groups", count(l, "groups", m.lanes().size()),
        "names", String.join(", ", m.lanes().stream().map(TimelineChartModel.Lane::name).toList())));
    List<String> parts = new ArrayList<>();
    for (TimelineChartModel.Event e : events) {
      parts.add(e.date().label(l) + " (" + m.lanes().get(e.lane()).name() + "): " + e.label());
    }
    say(sb, String.join("; ", parts) + ".");
    return finish(sb, f);
  }

  static String of(RangeChartModel m) {
    Frame f = m.frame();
    NewsLocale l = f.locale();
    StringBuilder sb = lead("kind_range", f);
    for (int g = 0; g < m.groups().size(); g++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < m.rows().size(); r++) {
        RangeChartModel.Row row = m.rows().get(r);
        if (row.group() != g) {
          continue;
        }
        final int ri = r;
        List<String> terms = m.spans().stream().filter(s -> s.row() == ri)
            .map(s -> span(l, Integer.toString(s.start()), Integer.toString(s.end()))).toList();
        List<String> marks = m.marks().stream().filter(k -> k.row() == ri)
            .map(k -> markName(l, k.label(), m.marksLegend()) + k.date().label(l)).toList();
        String text = row.name() + " " + (terms.isEmpty() ? l.say("range_no_terms") : l.list(terms));
        if (!marks.isEmpty()) {
          text += "; " + String.join("; ", marks);
        }
        parts.add(text);
      }
      say(sb, m.groups().get(g).name() + ": " + String.join(". ", parts) + ".");
    }
    return finish(sb, f);
  }

  /** A mark's own label, or else its legend's words, before its date: "visit to the other country, ". */
  private static String markName(NewsLocale l, String label, String legend) {
    if (!label.isEmpty()) {
      return label + ", ";
    }
    return legend == null || legend.isEmpty() ? ""
        : l.say("mark_unnamed", "legend", legend, "legend_lower", Phrases.lowerFirst(legend)) + ", ";
  }

  static String of(BarChartModel m) {
    return ranked("kind_bar", m.frame(), m.valueLabel(), m.categories(), m.values());
  }

  static String of(DotChartModel m) {
    return ranked(m.stems() ? "kind_lollipop" : "kind_dot", m.frame(), m.valueLabel(), m.categories(), m.values());
  }

  static String of(GroupedColumnChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_grouped_column", m.frame());
    say(sb, l.say("grouped", values(l, m.valueLabel(), "names", names(m.series(), l), "span", span(l, m.categories()))));
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < m.categories().size(); c++) {
      List<String> values = new ArrayList<>();
      for (DataSeries s : m.series()) {
        values.add(s.name() + " " + s.values().get(c).label());
      }
      parts.add(m.categories().get(c).label() + ": " + String.join(", ", values));
    }
    say(sb, String.join("; ", parts) + ".");
    qualifiers(sb, l, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(StackedColumnChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead(m.percent() ? "kind_stacked_column_percent" : "kind_stacked_column", m.frame());
    say(sb, l.say(m.percent() ? "stacked_percent" : "stacked", values(l, m.valueLabel(), "names",
        names(m.series(), l), "span", span(l, m.categories()))));
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < m.categories().size(); c++) {
      if (m.empty(c)) {
        parts.add(m.categories().get(c).label() + ": " + l.noFigure());
        continue;
      }
      List<String> values = new ArrayList<>();
      for (int s = 0; s < m.series().size(); s++) {
        Datum d = m.series().get(s).values().get(c);
        String share = m.percent() && !d.missing() && m.total(c) > 0
            ? " (" + l.marks(Math.round(m.height(s, c)) + "%") + ")" : "";
        values.add(m.series().get(s).name() + " " + d.label() + share);
      }
      parts.add(l.say("stacked_item", "category", m.categories().get(c).label(),
          "total", NumberStyle.format(m.total(c), m.format(), l)
              + (m.partial(c) ? StackedColumnChartModel.PARTIAL : ""),
          "values", String.join(", ", values)));
    }
    say(sb, String.join("; ", parts) + ".");
    qualifiers(sb, l, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(LineChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_line", m.frame());
    if (!m.passesOver()) {
      say(sb, series(l, m.categories(), m.series(), "gap_line"));
      qualifiers(sb, l, m.categories(), m.series());
      return finish(sb, m.frame());
    }
    // Over time, each line has points at its own moments: each is read out over those alone (and a
    // year the spec's filter left out is no gap).
    for (int s = 0; s < m.series().size(); s++) {
      List<Integer> own = new ArrayList<>();
      for (int c = 0; c < m.categories().size(); c++) {
        if (!m.passedOver(s, c)) {
          own.add(c);
        }
      }
      List<Category> categories = own.stream().map(m.categories()::get).toList();
      DataSeries line = m.series().get(s);
      List<DataSeries> one = List.of(new DataSeries(line.key(), line.name(),
          own.stream().map(line.values()::get).toList()));
      say(sb, (m.series().size() > 1 ? line.name() + ": " : "") + series(l, categories, one, "gap_line"));
      qualifiers(sb, l, categories, one);
    }
    return finish(sb, m.frame());
  }

  static String of(AreaChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead(m.series().size() > 1 ? "kind_stacked_area" : "kind_area", m.frame());
    if (m.series().size() > 1) {
      say(sb, l.say(m.percent() ? "areas_stacked_percent" : "areas_stacked", "names", names(m.series(), l)));
    }
    say(sb, series(l, m.categories(), m.series(), "gap_area"));
    qualifiers(sb, l, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(SlopeChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_slope", m.frame());
    String left = m.categories().get(0).label();
    String right = m.categories().get(1).label();
    say(sb, l.say("slope", values(l, m.valueLabel(), "left", left, "right", right)));
    for (DataSeries s : m.series()) {
      Datum a = s.values().get(0);
      Datum b = s.values().get(1);
      String name = m.series().size() > 1 ? s.name() + ": " : "";
      if (a.missing() || b.missing()) {
        say(sb, name + left + ", " + a.label() + "; " + right + ", " + b.label() + ".");
      } else {
        say(sb, name + change(l, "change_step", left, right, a.value(), a.qualifier(), a.label(), b.value(),
            b.label()));
      }
    }
    qualifiers(sb, l, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(SmallMultiplesChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_small_multiples", m.frame());
    say(sb, l.say("multiples_" + m.mark(), "names", names(m.panels(), l), "span", span(l, m.categories())));
    say(sb, series(l, m.categories(), m.panels(), "gap_panel"));
    qualifiers(sb, l, m.categories(), m.panels());
    return finish(sb, m.frame());
  }

  static String of(DumbbellChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_dumbbell", m.frame());
    say(sb, l.say("dumbbell"));
    for (int g = 0; g < m.groups().size(); g++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < m.rows().size(); r++) {
        if (m.rows().get(r).group() != g) {
          continue;
        }
        final int ri = r;
        List<String> spans = m.pairs().stream().filter(p -> p.row() == ri)
            .map(p -> span(l, Integer.toString(p.start()), Integer.toString(p.end()))).toList();
        parts.add(m.rows().get(r).name() + " " + l.list(spans));
      }
      String group = m.groups().get(g);
      say(sb, (group.isEmpty() ? "" : group + ": ") + String.join("; ", parts) + ".");
    }
    return finish(sb, m.frame());
  }

  static String of(TableChartModel m) {
    NewsLocale l = m.frame().locale();
    StringBuilder sb = lead("kind_table", m.frame());
    say(sb, l.say("table", "rows", count(l, "rows", m.cells().size()), "headers", String.join(", ", m.headers())));
    for (int r = 0; r < m.cells().size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < m.headers().size(); c++) {
        String v = m.cells().get(r).get(c);
        cells.add(m.headers().get(c) + ": " + (v.isEmpty() ? l.say("not_given") : v));
      }
      say(sb, l.say("table_row", "n", Integer.toString(r + 1), "cells", String.join("; ", cells)));
    }
    return finish(sb, m.frame());
  }

  /** One value per category, in the order drawn, and the extremes. */
  private static String ranked(String kind, Frame f, String valueLabel, List<Category> categories,
      List<Datum> values) {
    NewsLocale l = f.locale();
    StringBuilder sb = lead(kind, f);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      parts.add(categories.get(i).label() + ", " + values.get(i).label());
    }
    say(sb, l.say("ranked", values(l, valueLabel, "categories", count(l, "categories", categories.size()),
        "values", String.join("; ", parts))));
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).missing()) {
        present.add(i);
      }
    }
    if (present.size() > 1) {
      int max = present.stream().max(Comparator.comparing(i -> values.get(i).value())).get();
      int min = present.stream().min(Comparator.comparing(i -> values.get(i).value())).get();
      say(sb, l.say("extremes", "max", categories.get(max).label() + ", " + values.get(max).label(),
          "min", categories.get(min).label() + ", " + values.get(min).label()));
    }
    qualifiers(sb, l, categories, List.of(new DataSeries("", "", values)));
    return finish(sb, f);
  }

  /**
   * Every series with its values in order, its gaps, and its change from first to last value; a
   * series too long to read out is summed up instead.
   *
   * @param gap the phrase saying what a gap looks like
   */
  private static String series(NewsLocale l, List<Category> categories, List<DataSeries> series, String gap) {
    StringBuilder sb = new StringBuilder();
    for (DataSeries s : series) {
      if (categories.size() > LISTED) {
        summary(sb, l, categories, s, series.size() > 1, gap);
        continue;
      }
      List<String> parts = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (int c = 0; c < categories.size(); c++) {
        Datum d = s.values().get(c);
        parts.add(categories.get(c).label() + ", " + d.label());
        if (d.missing()) {
          missing.add(categories.get(c).label());
        }
      }
      say(sb, (series.size() > 1 ? s.name() + ": " : "") + String.join("; ", parts) + ".");
      if (!missing.isEmpty()) {
        say(sb, l.say("no_figure_for", "list", l.list(missing), "gap", l.say(gap)));
      }
      List<Integer> present = new ArrayList<>();
      for (int c = 0; c < categories.size(); c++) {
        if (!s.values().get(c).missing()) {
          present.add(c);
        }
      }
      // One line: each change between neighbouring years the source gives, then the whole span.
      if (series.size() == 1) {
        for (int k = 1; k < present.size(); k++) {
          int a = present.get(k - 1);
          int b = present.get(k);
          if (b == a + 1) {
            say(sb, change(l, "change_step", categories.get(a).label(), categories.get(b).label(),
                s.values().get(a), s.values().get(b)));
          }
        }
      }
      if (series.size() == 1 && present.size() > 1) {
        int first = present.get(0);
        int last = present.get(present.size() - 1);
        if (last != first + 1) {
          say(sb, change(l, "change_whole", categories.get(first).label(), categories.get(last).label(),
              s.values().get(first), s.values().get(last)));
        }
      }
    }
    return sb.toString().strip();
  }

  /** How many values, the first and last, the extremes, the gaps and the change over the span. */
  private static void summary(StringBuilder sb, NewsLocale l, List<Category> categories, DataSeries s,
      boolean named, String gap) {
    int first = -1;
    int last = -1;
    int highest = -1;
    int lowest = -1;
    int missing = 0;
    int firstMissing = -1;
    double max = 0;
    double min = 0;
    for (int c = 0; c < categories.size(); c++) {
      double v = s.figure(c);
      if (Double.isNaN(v)) {
        firstMissing = missing++ == 0 ? c : firstMissing;
        continue;
      }
      first = first < 0 ? c : first;
      last = c;
      if (highest < 0 || v > max) {
        highest = c;
        max = v;
      }
      if (lowest < 0 || v < min) {
        lowest = c;
        min = v;
      }
    }
    say(sb, (named ? s.name() + ": " : "") + l.say("summary", "values", count(l, "values", categories.size()),
        "span", span(l, categories)));
    if (first >= 0) {
      say(sb, l.say("summary_points", "first", point(categories, s, first), "last", point(categories, s, last),
          "max", point(categories, s, highest), "min", point(categories, s, lowest)));
    }
    if (missing > 0) {
      say(sb, l.say("summary_gaps", "missing", number(l, missing), "first", categories.get(firstMissing).label(),
          "gap", l.say(gap)));
    }
    if (!named && first >= 0 && last != first) {
      say(sb, change(l, "change_whole", categories.get(first).label(), categories.get(last).label(),
          s.values().get(first), s.values().get(last)));
    }
  }

  private static String point(List<Category> categories, DataSeries s, int c) {
    return categories.get(c).label() + ", " + s.values().get(c).label();
  }

  private static String number(NewsLocale l, long n) {
    return NumberStyle.format(n, NumberStyle.DEFAULT_PATTERN, l);
  }

  /** A counted phrase: "24 events", "1 event". */
  private static String count(NewsLocale l, String key, long n) {
    return l.phrases().count(key, n, number(l, n));
  }

  /** A sentence for every value the source gives with a qualifier; their number for a long series. */
  private static void qualifiers(StringBuilder sb, NewsLocale l, List<Category> categories, List<DataSeries> series) {
    for (DataSeries s : series) {
      if (!s.mayBeQualified()) {
        continue;
      }
      if (categories.size() > LISTED) {
        List<Datum> qualified = s.values().stream().filter(d -> !d.missing() && d.qualifier() != null).toList();
        if (!qualified.isEmpty()) {
          say(sb, (series.size() == 1 ? "" : s.name() + ": ") + l.phrases().count("qualified_count",
              qualified.size(), number(l, qualified.size()), "label", qualified.get(0).label()));
        }
        continue;
      }
      for (int c = 0; c < categories.size(); c++) {
        Datum d = s.values().get(c);
        if (!d.missing() && d.qualifier() != null) {
          say(sb, qualified(l, categories.get(c).label() + (series.size() == 1 ? "" : " " + s.name()), d.label(),
              d.qualifier()));
        }
      }
    }
  }

  private static String qualified(NewsLocale l, String at, String label, String qualifier) {
    String meaning = switch (qualifier) {
      case "over", "more than", "at least" -> "lower_bound";
      case "under", "less than", "at most" -> "upper_bound";
      case "about", "around", "approximately" -> "approximate";
      default -> "qualified_other";
    };
    return l.say("qualified", "at", at, "label", label, "meaning", l.say(meaning));
  }

  /** The kind of chart, its title and subtitle. */
  private static StringBuilder lead(String kind, Frame f) {
    StringBuilder sb = new StringBuilder(f.locale().say(kind)).append(". ").append(sentence(f.title()));
    if (f.subtitle() != null) {
      sb.append(' ').append(sentence(f.subtitle()));
    }
    return sb;
  }

  /** Appends a sentence after a space. */
  private static void say(StringBuilder sb, String sentence) {
    sb.append(' ').append(sentence);
  }

  /** The placeholders {value} and {value_lower} for a value label, then the given pairs. */
  private static String[] values(NewsLocale l, String valueLabel, String... pairs) {
    String value = valueLabel == null || valueLabel.isEmpty() ? l.say("value_default") : valueLabel;
    String[] all = new String[pairs.length + 4];
    all[0] = "value";
    all[1] = value;
    all[2] = "value_lower";
    all[3] = Phrases.lowerFirst(value);
    System.arraycopy(pairs, 0, all, 4, pairs.length);
    return all;
  }

  private static String names(List<DataSeries> series, NewsLocale l) {
    return l.list(series.stream().map(DataSeries::name).toList());
  }

  /**
   * The categories as a span, "1985 to 1990"; or listed, "1985, 1988 and 1990", where they are a
   * few years (or numbers) with some between them left out, which a span would claim.
   */
  private static String span(NewsLocale l, List<Category> categories) {
    if (categories.size() == 1) {
      return categories.get(0).label();
    }
    if (categories.size() <= NAMED && !everyStep(categories)) {
      return l.list(categories.stream().map(Category::label).toList());
    }
    return span(l, categories.get(0).label(), categories.get(categories.size() - 1).label());
  }

  /** Whether the categories are not all whole numbers, or are every year (or decade) from the first to the last. */
  private static boolean everyStep(List<Category> categories) {
    long[] keys = new long[categories.size()];
    for (int i = 0; i < keys.length; i++) {
      if (!categories.get(i).key().matches("-?\\d{1,15}")) {
        return true;
      }
      keys[i] = Long.parseLong(categories.get(i).key());
    }
    long step = keys[1] - keys[0];
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] - keys[i - 1] != step) {
        return false;
      }
    }
    return step == 1 || step == 10;
  }

  private static String span(NewsLocale l, String from, String to) {
    return l.say("span", "from", from, "to", to);
  }

  private static String change(NewsLocale l, String lead, String from, String to, Datum a, Datum b) {
    return change(l, lead, from, to, a.value(), a.qualifier(), a.label(), b.value(), b.label());
  }

  /**
   * "From 1976 to 1977 the figure fell by 79 percent (from 1,980 to 411)." A lower bound at the
   * start makes a fall at least as large: it says so rather than claim a false precision. From zero
   * or below, or to below zero, a percentage misleads ("fell by 62 percent" from -120 to -46, which
   * is a rise; "rose by 9223372036854775807 percent" from 0): the change is said without one.
   *
   * @param lead the phrase the change stands in, with {a}, {b} and {change}
   */
  private static String change(NewsLocale l, String lead, String from, String to, double a, String qualifier,
      String aLabel, double b, String bLabel) {
    String change;
    if (a == b) {
      change = l.say("unchanged", "y", bLabel);
    } else if (a <= 0 || b < 0) {
      change = l.say(b > a ? "rose_from" : "fell_from", "x", aLabel, "y", bLabel);
    } else {
      String pct = Long.toString(Math.round(Math.abs((b - a) / a * 100)));
      change = l.say(b > a ? "rose" : "over".equals(qualifier) ? "fell_at_least" : "fell", "pct", pct,
          "x", aLabel, "y", bLabel);
    }
    return l.say(lead, "a", from, "b", to, "change", change);
  }

  private static String finish(StringBuilder sb, Frame f) {
    NewsLocale l = f.locale();
    for (Annotation a : f.annotations()) {
      boolean line = a.kind() == Annotation.Kind.LINE;
      String when = line || a.from().equals(a.to()) ? a.from().label(l)
          : span(l, a.from().label(l), a.to().label(l));
      say(sb, l.say(line ? "marked" : "shaded", "text", a.text(), "when", when));
    }
    for (Callout c : f.callouts()) {
      say(sb, l.say("noted", "at", c.label() + (c.series() == null ? "" : " (" + c.series() + ")"),
          "text", sentence(c.text())));
    }
    if (!f.highlights().isEmpty()) {
      say(sb, l.say("highlighted", "names", String.join(", ", f.highlights())));
    }
    for (String note : f.notes()) {
      say(sb, l.note() + ": " + sentence(note));
    }
    say(sb, sentence(f.sourceLine()));
    // One paragraph: a cell's line break or tab read out as a space, as the chart draws it.
    return TextMetrics.oneLine(sb.toString());
  }

  private static String sentence(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }
}
