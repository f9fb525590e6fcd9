package org.chartdesk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the text alternative a screen-reader user gets: what the chart is, every value with its
 * qualifier, the extremes, the change, what is missing, and where the data comes from.
 */
final class AltText {
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
