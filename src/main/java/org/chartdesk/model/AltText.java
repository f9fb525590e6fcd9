package org.chartdesk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the text alternative a screen-reader user gets: what the chart is, every value with its
 * qualifier, the extremes, the change, what is missing, and where the data comes from.
 */
final class AltText {
  /** Values read out one by one; a longer series is summed up. */
  static final int LISTED = 100;

  private AltText() {}

  static String of(ColumnChartModel m) {
    Frame f = m.frame();
    StringBuilder sb = new StringBuilder();
    sb.append("Column chart. ").append(sentence(f.title()));
    if (f.subtitle() != null) {
      sb.append(' ').append(sentence(f.subtitle()));
    }
    List<ColumnChartModel.Bar> present = m.bars().stream().filter(b -> !b.missing()).toList();
    sb.append(" Years ").append(m.years().get(0)).append(" to ")
        .append(m.years().get(m.years().size() - 1)).append(": ");
    List<String> parts = new ArrayList<>();
    for (ColumnChartModel.Bar b : m.bars()) {
      parts.add(b.year() + ", " + (b.missing() ? "no figure" : b.label()));
    }
    sb.append(String.join("; ", parts)).append('.');
    if (!m.missingYears().isEmpty()) {
      sb.append(" The source gives no figure for ").append(joinYears(m.missingYears()))
          .append("; these years are shown as gaps, not zeros.");
    }
    if (present.size() > 1) {
      ColumnChartModel.Bar max = present.stream().max(Comparator.comparing(ColumnChartModel.Bar::value)).get();
      ColumnChartModel.Bar min = present.stream().min(Comparator.comparing(ColumnChartModel.Bar::value)).get();
      sb.append(" Highest: ").append(max.label()).append(" in ").append(max.year())
          .append(". Lowest: ").append(min.label()).append(" in ").append(min.year()).append('.');
      // Year-on-year changes where the source gives consecutive years, then the whole span.
      for (int i = 1; i < present.size(); i++) {
        ColumnChartModel.Bar a = present.get(i - 1);
        ColumnChartModel.Bar b = present.get(i);
        if (b.year() == a.year() + 1) {
          sb.append(change(" From " + a.year() + " to " + b.year(), a, b));
        }
      }
      ColumnChartModel.Bar first = present.get(0);
      ColumnChartModel.Bar last = present.get(present.size() - 1);
      if (last.year() != first.year() + 1) {
        sb.append(change(" Over the whole period, " + first.year() + " to " + last.year() + ",", first, last));
      }
    }
    for (ColumnChartModel.Bar b : present) {
      if (b.qualifier() != null) {
        sb.append(" The ").append(b.year()).append(" figure is given as \"").append(b.label())
            .append("\": ").append(qualifierMeaning(b.qualifier())).append('.');
      }
    }
    return finish(sb, f);
  }

  static String of(TimelineChartModel m) {
    Frame f = m.frame();
    StringBuilder sb = new StringBuilder("Timeline. ").append(sentence(f.title()));
    if (f.subtitle() != null) {
      sb.append(' ').append(sentence(f.subtitle()));
    }
    sb.append(' ').append(m.events().size()).append(" events from ")
        .append(m.events().get(0).date().label()).append(" to ")
        .append(m.events().get(m.events().size() - 1).date().label()).append(", in ")
        .append(m.lanes().size()).append(m.lanes().size() == 1 ? " group" : " groups").append(": ")
        .append(String.join(", ", m.lanes().stream().map(TimelineChartModel.Lane::name).toList()))
        .append(". ");
    List<String> parts = new ArrayList<>();
    for (TimelineChartModel.Event e : m.events()) {
      parts.add(e.date().label() + " (" + m.lanes().get(e.lane()).name() + "): " + e.label());
    }
    sb.append(String.join("; ", parts)).append('.');
    return finish(sb, f);
  }

  static String of(RangeChartModel m) {
    Frame f = m.frame();
    StringBuilder sb = new StringBuilder("Range chart. ").append(sentence(f.title()));
    if (f.subtitle() != null) {
      sb.append(' ').append(sentence(f.subtitle()));
    }
    for (int g = 0; g < m.groups().size(); g++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < m.rows().size(); r++) {
        RangeChartModel.Row row = m.rows().get(r);
        if (row.group() != g) {
          continue;
        }
        final int ri = r;
        List<String> terms = m.spans().stream().filter(s -> s.row() == ri)
            .map(s -> s.start() + " to " + s.end()).toList();
        List<String> marks = m.marks().stream().filter(k -> k.row() == ri)
            .map(k -> (k.label().isEmpty() ? lower(m.marksLegend()) : k.label()) + ", " + k.date().label())
            .toList();
        String text = row.name() + (terms.isEmpty() ? " (dates of office not given in the source)"
            : " " + String.join(" and ", terms));
        if (!marks.isEmpty()) {
          text += "; " + String.join("; ", marks);
        }
        parts.add(text);
      }
      sb.append(' ').append(m.groups().get(g).name()).append(": ").append(String.join(". ", parts)).append('.');
    }
    return finish(sb, f);
  }

  static String of(BarChartModel m) {
    return ranked("Bar chart", m.frame(), m.valueLabel(), m.categories(), m.values());
  }

  static String of(DotChartModel m) {
    return ranked(m.stems() ? "Lollipop chart" : "Dot plot", m.frame(), m.valueLabel(), m.categories(),
        m.values());
  }

  static String of(GroupedColumnChartModel m) {
    StringBuilder sb = lead("Grouped column chart", m.frame());
    sb.append(" Columns of ").append(lower(m.valueLabel())).append(" for ").append(names(m.series()))
        .append(", side by side for each of ").append(span(m.categories())).append(". ");
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < m.categories().size(); c++) {
      List<String> values = new ArrayList<>();
      for (DataSeries s : m.series()) {
        values.add(s.name() + " " + s.values().get(c).label());
      }
      parts.add(m.categories().get(c).label() + ": " + String.join(", ", values));
    }
    sb.append(String.join("; ", parts)).append('.');
    qualifiers(sb, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(StackedColumnChartModel m) {
    StringBuilder sb = lead(m.percent() ? "100% stacked column chart" : "Stacked column chart", m.frame());
    sb.append(" Each column stacks ").append(m.percent() ? "the shares of " : "").append(lower(m.valueLabel()))
        .append(" for ").append(names(m.series())).append(", for each of ").append(span(m.categories()))
        .append(". ");
    List<String> parts = new ArrayList<>();
    for (int c = 0; c < m.categories().size(); c++) {
      List<String> values = new ArrayList<>();
      for (int s = 0; s < m.series().size(); s++) {
        Datum d = m.series().get(s).values().get(c);
        String share = m.percent() && !d.missing() && m.total(c) > 0
            ? " (" + Math.round(m.height(s, c)) + "%)" : "";
        values.add(m.series().get(s).name() + " " + d.label() + share);
      }
      parts.add(m.categories().get(c).label() + ": total " + NumberStyle.format(m.total(c), m.format())
          + " (" + String.join(", ", values) + ")");
    }
    sb.append(String.join("; ", parts)).append('.');
    qualifiers(sb, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(LineChartModel m) {
    StringBuilder sb = lead("Line chart", m.frame());
    if (m.time() == null || m.series().size() == 1) {
      sb.append(' ').append(series(m.categories(), m.series(), "the line breaks there"));
      qualifiers(sb, m.categories(), m.series());
      return finish(sb, m.frame());
    }
    // Over time, each line has points at its own moments: each is read out over those alone.
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
      sb.append(' ').append(line.name()).append(": ").append(series(categories, one, "the line breaks there"));
      qualifiers(sb, categories, one);
    }
    return finish(sb, m.frame());
  }

  static String of(AreaChartModel m) {
    StringBuilder sb = lead(m.series().size() > 1 ? "Stacked area chart" : "Area chart", m.frame());
    if (m.series().size() > 1) {
      sb.append(" The areas are stacked").append(m.percent() ? " as shares of each total" : "")
          .append(", from the bottom: ").append(names(m.series())).append('.');
    }
    sb.append(' ').append(series(m.categories(), m.series(), "the area breaks there"));
    qualifiers(sb, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(SlopeChartModel m) {
    StringBuilder sb = lead("Slope chart", m.frame());
    String left = m.categories().get(0).label();
    String right = m.categories().get(1).label();
    sb.append(" Change in ").append(lower(m.valueLabel())).append(" from ").append(left).append(" to ")
        .append(right).append('.');
    for (DataSeries s : m.series()) {
      Datum a = s.values().get(0);
      Datum b = s.values().get(1);
      sb.append(' ').append(m.series().size() > 1 ? s.name() + ": " : "");
      if (a.missing() || b.missing()) {
        sb.append(left).append(", ").append(a.label()).append("; ").append(right).append(", ")
            .append(b.label()).append('.');
      } else {
        sb.append(change("From " + left + " to " + right, a, b));
      }
    }
    qualifiers(sb, m.categories(), m.series());
    return finish(sb, m.frame());
  }

  static String of(SmallMultiplesChartModel m) {
    StringBuilder sb = lead("Small multiples", m.frame());
    sb.append(" One ").append(m.mark()).append(" chart for each of ").append(names(m.panels()))
        .append(", all on the same scale, over ").append(span(m.categories())).append('.');
    sb.append(' ').append(series(m.categories(), m.panels(), "the panel shows a gap"));
    qualifiers(sb, m.categories(), m.panels());
    return finish(sb, m.frame());
  }

  static String of(DumbbellChartModel m) {
    StringBuilder sb = lead("Dumbbell chart", m.frame());
    sb.append(" Each row joins a start and an end year.");
    for (int g = 0; g < m.groups().size(); g++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < m.rows().size(); r++) {
        if (m.rows().get(r).group() != g) {
          continue;
        }
        final int ri = r;
        List<String> spans = m.pairs().stream().filter(p -> p.row() == ri).map(p -> p.start() + " to " + p.end())
            .toList();
        parts.add(m.rows().get(r).name() + " " + String.join(" and ", spans));
      }
      String group = m.groups().get(g);
      sb.append(' ').append(group.isEmpty() ? "" : group + ": ").append(String.join("; ", parts)).append('.');
    }
    return finish(sb, m.frame());
  }

  static String of(TableChartModel m) {
    StringBuilder sb = lead("Table", m.frame());
    sb.append(' ').append(m.cells().size()).append(m.cells().size() == 1 ? " row" : " rows")
        .append(", with the columns ").append(String.join(", ", m.headers())).append('.');
    for (int r = 0; r < m.cells().size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < m.headers().size(); c++) {
        String v = m.cells().get(r).get(c);
        cells.add(m.headers().get(c) + ": " + (v.isEmpty() ? "not given" : v));
      }
      sb.append(" Row ").append(r + 1).append(": ").append(String.join("; ", cells)).append('.');
    }
    return finish(sb, m.frame());
  }

  /** One value per category, in the order drawn, and the extremes. */
  private static String ranked(String kind, Frame f, String valueLabel, List<Category> categories,
      List<Datum> values) {
    StringBuilder sb = lead(kind, f);
    sb.append(' ').append(lower(valueLabel)).append(", ").append(categories.size()).append(" categories: ");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      parts.add(categories.get(i).label() + ", " + values.get(i).label());
    }
    sb.append(String.join("; ", parts)).append('.');
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).missing()) {
        present.add(i);
      }
    }
    if (present.size() > 1) {
      int max = present.stream().max(Comparator.comparing(i -> values.get(i).value())).get();
      int min = present.stream().min(Comparator.comparing(i -> values.get(i).value())).get();
      sb.append(" Highest: ").append(categories.get(max).label()).append(", ").append(values.get(max).label())
          .append(". Lowest: ").append(categories.get(min).label()).append(", ").append(values.get(min).label())
          .append('.');
    }
    qualifiers(sb, categories, List.of(new DataSeries("", "", values)));
    return finish(sb, f);
  }

  /**
   * Every series with its values in order, its gaps, and its change from first to last value; a
   * series too long to read out is summed up instead.
   */
  private static String series(List<Category> categories, List<DataSeries> series, String gap) {
    StringBuilder sb = new StringBuilder();
    for (DataSeries s : series) {
      if (categories.size() > LISTED) {
        summary(sb, categories, s, series.size() > 1, gap);
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
      sb.append(series.size() > 1 ? s.name() + ": " : "").append(String.join("; ", parts)).append(". ");
      if (!missing.isEmpty()) {
        sb.append("No figure for ").append(joinWords(missing)).append("; ").append(gap).append(", it is not a zero. ");
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
          if (b == a + 1 && s.values().get(a).value() != 0) {
            sb.append(change("From " + categories.get(a).label() + " to " + categories.get(b).label(),
                s.values().get(a), s.values().get(b))).append(' ');
          }
        }
      }
      if (series.size() == 1 && present.size() > 1) {
        int first = present.get(0);
        int last = present.get(present.size() - 1);
        if (s.values().get(first).value() != 0 && last != first + 1) {
          sb.append(change("Over the whole period, " + categories.get(first).label() + " to "
              + categories.get(last).label() + ",", s.values().get(first), s.values().get(last))).append(' ');
        }
      }
    }
    return sb.toString().strip();
  }

  /** How many values, the first and last, the extremes, the gaps and the change over the span. */
  private static void summary(StringBuilder sb, List<Category> categories, DataSeries s, boolean named,
      String gap) {
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
    sb.append(named ? s.name() + ": " : "").append(count(categories.size())).append(" values, ")
        .append(span(categories)).append(", too many to read out; the workbook lists them all. ");
    if (first >= 0) {
      sb.append("First: ").append(point(categories, s, first)).append(". Last: ").append(point(categories, s, last))
          .append(". Highest: ").append(point(categories, s, highest)).append(". Lowest: ")
          .append(point(categories, s, lowest)).append(". ");
    }
    if (missing > 0) {
      sb.append("No figure for ").append(count(missing)).append(" of them, the first ")
          .append(categories.get(firstMissing).label()).append("; ").append(gap).append(", it is not a zero. ");
    }
    if (!named && first >= 0 && last != first && s.values().get(first).value() != 0) {
      sb.append(change("Over the whole period, " + categories.get(first).label() + " to "
          + categories.get(last).label() + ",", s.values().get(first), s.values().get(last))).append(' ');
    }
  }

  private static String point(List<Category> categories, DataSeries s, int c) {
    return categories.get(c).label() + ", " + s.values().get(c).label();
  }

  private static String count(int n) {
    return NumberStyle.format(n, NumberStyle.DEFAULT_PATTERN);
  }

  /** A sentence for every value the source gives with a qualifier; their number for a long series. */
  private static void qualifiers(StringBuilder sb, List<Category> categories, List<DataSeries> series) {
    for (DataSeries s : series) {
      if (!s.mayBeQualified()) {
        continue;
      }
      if (categories.size() > LISTED) {
        List<Datum> qualified = s.values().stream().filter(d -> !d.missing() && d.qualifier() != null).toList();
        if (!qualified.isEmpty()) {
          sb.append(' ').append(series.size() == 1 ? "" : s.name() + ": ").append(count(qualified.size()))
              .append(qualified.size() == 1 ? " figure is" : " figures are").append(" given with a qualifier, as \"")
              .append(qualified.get(0).label()).append("\"; the workbook shows each as the source gives it.");
        }
        continue;
      }
      for (int c = 0; c < categories.size(); c++) {
        Datum d = s.values().get(c);
        if (!d.missing() && d.qualifier() != null) {
          sb.append(" The ").append(categories.get(c).label()).append(series.size() == 1 ? "" : " " + s.name())
              .append(" figure is given as \"").append(d.label()).append("\": ")
              .append(qualifierMeaning(d.qualifier())).append('.');
        }
      }
    }
  }

  private static StringBuilder lead(String kind, Frame f) {
    StringBuilder sb = new StringBuilder(kind).append(". ").append(sentence(f.title()));
    if (f.subtitle() != null) {
      sb.append(' ').append(sentence(f.subtitle()));
    }
    return sb;
  }

  private static String names(List<DataSeries> series) {
    return joinWords(series.stream().map(DataSeries::name).toList());
  }

  private static String span(List<Category> categories) {
    return categories.size() == 1 ? categories.get(0).label()
        : categories.get(0).label() + " to " + categories.get(categories.size() - 1).label();
  }

  private static String joinWords(List<String> s) {
    if (s.size() == 1) {
      return s.get(0);
    }
    return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
  }

  /** "From 1976 to 1977 the figure fell by 79 percent (from 1,980 to 411)." */
  private static String change(String lead, Datum a, Datum b) {
    double pct = (b.value() - a.value()) / a.value() * 100;
    boolean atLeast = "over".equals(a.qualifier()) && pct < 0;
    if (pct == 0) {
      return lead + " the figure is unchanged at " + b.label() + ".";
    }
    return lead + " the figure " + (pct < 0 ? "fell" : "rose") + " by " + (atLeast ? "at least " : "")
        + Math.round(Math.abs(pct)) + " percent (from " + a.label() + " to " + b.label() + ").";
  }

  /** "From 1976 to 1977 the figure fell by 79 percent (from 1,980 to 411)." */
  private static String change(String lead, ColumnChartModel.Bar a, ColumnChartModel.Bar b) {
    double pct = (b.value() - a.value()) / a.value() * 100;
    // A lower bound at the start makes a fall at least as large; say so rather than a false precision.
    boolean atLeast = "over".equals(a.qualifier()) && pct < 0;
    return lead + " the figure " + (pct < 0 ? "fell" : "rose") + " by " + (atLeast ? "at least " : "")
        + Math.round(Math.abs(pct)) + " percent (from " + a.label() + " to " + b.label() + ").";
  }

  private static String qualifierMeaning(String qualifier) {
    return switch (qualifier) {
      case "over", "more than", "at least" -> "a lower bound; the true figure is higher";
      case "under", "less than", "at most" -> "an upper bound; the true figure is lower";
      case "about", "around", "approximately" -> "an approximate figure";
      default -> "qualified in the source";
    };
  }

  private static String lower(String s) {
    return s == null || s.isEmpty() ? "mark" : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static String joinYears(List<Integer> years) {
    List<String> s = years.stream().map(String::valueOf).toList();
    if (s.size() == 1) {
      return s.get(0);
    }
    return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
  }

  private static String finish(StringBuilder sb, Frame f) {
    for (Annotation a : f.annotations()) {
      sb.append(a.kind() == Annotation.Kind.LINE ? " Marked: " : " Shaded: ").append(a.text()).append(", ")
          .append(a.kind() == Annotation.Kind.LINE || a.from().equals(a.to()) ? a.from().label()
              : a.from().label() + " to " + a.to().label())
          .append('.');
    }
    for (Callout c : f.callouts()) {
      sb.append(" Noted at ").append(c.label()).append(c.series() == null ? "" : " (" + c.series() + ")")
          .append(": ").append(sentence(c.text()));
    }
    if (!f.highlights().isEmpty()) {
      sb.append(" Highlighted: ").append(String.join(", ", f.highlights())).append('.');
    }
    for (String note : f.notes()) {
      sb.append(" Note: ").append(sentence(note));
    }
    sb.append(' ').append(sentence(f.sourceLine()));
    return sb.toString();
  }

  private static String sentence(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }
}
