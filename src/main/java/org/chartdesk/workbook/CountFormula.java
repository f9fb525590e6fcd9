package org.chartdesk.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.model.Encoding;
import org.chartdesk.spec.Transform;

/**
 * A chart's counts as the COUNTIFS over the table that makes them, so an analyst sees the method
 * and can reuse it: {@code COUNTIFS(tbl_x[year],">=1950",tbl_x[year],"<1960",tbl_x[category],"=diplomacy")}.
 * Made only for the steps it says exactly: filters on the table's fields (one of them a list of
 * values at most), a decade bin, a count grouped by the chart's category and series, and a running
 * total of that count along the categories; for any other steps the values are written as drawn.
 */
final class CountFormula {
  /** Excel's limit on a formula's length. */
  static final int MAX_LENGTH = 8_192;

  private final DataTable table;
  private final Encoding encoding;
  private final List<String> filters;
  /** The list filter, {@code tbl_x[field],{"a","b"}}, or null. */
  private final String anyOf;
  /** Bin outputs and the table fields they bin. */
  private final Map<String, String> bins;
  private final boolean running;

  private CountFormula(DataTable table, Encoding encoding, List<String> filters, String anyOf,
      Map<String, String> bins, boolean running) {
    this.table = table;
    this.encoding = encoding;
    this.filters = filters;
    this.anyOf = anyOf;
    this.bins = bins;
    this.running = running;
  }

  /** The formulas of a chart whose values count the rows of {@code table}, or null when its steps do not. */
  static CountFormula of(Encoding e, DataTable table) {
    if (e == null || e.category() == null) {
      return null;
    }
    Dataset d = table.dataset();
    List<String> filters = new ArrayList<>();
    String anyOf = null;
    Map<String, String> bins = new HashMap<>();
    Transform.Aggregate count = null;
    Transform.Cumulate cumulate = null;
    for (Transform step : e.steps()) {
      if (count == null && step instanceof Transform.Filter f && d.indexOf(f.field()) >= 0) {
        if (f.range() != null) {
          filters.add(criterion(table, f.field(), ">=" + number(f.range()[0])));
          filters.add(criterion(table, f.field(), "<=" + number(f.range()[1])));
        } else if (anyOf == null && distinctIgnoringCase(d, f.field())) {
          anyOf = table.column(f.field()) + ",{" + String.join(",",
              f.oneOf().stream().map(v -> literal(d, f.field(), v)).toList()) + "}";
        } else {
          return null;
        }
      } else if (count == null && step instanceof Transform.Bin b && d.indexOf(b.field()) >= 0
          && d.indexOf(b.as()) < 0) {
        bins.put(b.as(), b.field());
      } else if (count == null && step instanceof Transform.Aggregate a && a.op().equals("count")) {
        count = a;
      } else if (count != null && cumulate == null && step instanceof Transform.Cumulate c
          && c.field().equals(count.as()) && c.sort().equals(e.category())
          && c.groupby().equals(e.series() == null ? List.of() : List.of(e.series()))) {
        cumulate = c;
      } else {
        return null;
      }
    }
    if (count == null || !e.value().equals(cumulate != null ? cumulate.as() : count.as())) {
      return null;
    }
    Set<String> channels = new HashSet<>();
    channels.add(e.category());
    if (e.series() != null) {
      channels.add(e.series());
    }
    boolean running = cumulate != null;
    if (!new HashSet<>(count.groupby()).equals(channels) || count.groupby().size() != channels.size()
        || !groupable(d, e.category(), bins, running)
        || (e.series() != null && !groupable(d, e.series(), bins, false))) {
      return null;
    }
    return new CountFormula(table, e, List.copyOf(filters), anyOf, Map.copyOf(bins), running);
  }

  /**
   * The formula for the value at a category and series (their keys in the data), without the
   * leading "="; null when it would be longer than Excel takes.
   */
  String at(String category, String series) {
    List<String> criteria = new ArrayList<>(filters);
    criteria.addAll(group(encoding.category(), category, running));
    if (encoding.series() != null) {
      criteria.addAll(group(encoding.series(), series, false));
    }
    String countifs = "COUNTIFS(" + String.join(",", criteria) + (anyOf == null ? ")" : "," + anyOf + ")");
    String formula = anyOf == null ? countifs : "SUM(" + countifs + ")";
    return formula.length() < MAX_LENGTH ? formula : null;
  }

  /**
   * The criteria of one group: its decade's years (or, for a running total, every year before its
   * decade ends), its year or number and those before it, or its text.
   */
  private List<String> group(String field, String key, boolean upTo) {
    String binned = bins.get(field);
    if (binned != null) {
      long start = Long.parseLong(key);
      return upTo ? List.of(criterion(table, binned, "<" + (start + 10)))
          : List.of(criterion(table, binned, ">=" + start), criterion(table, binned, "<" + (start + 10)));
    }
    if (upTo) {
      return List.of(criterion(table, field, "<=" + key));
    }
    return List.of(table.column(field) + "," + literal(table.dataset(), field, key));
  }

  /**
   * Whether a group's values can be matched by COUNTIFS: binned or numbers; text only when no two
   * values differ in case alone, since COUNTIFS ignores case. A running total needs numbers.
   */
  private static boolean groupable(Dataset d, String field, Map<String, String> bins, boolean running) {
    if (bins.containsKey(field)) {
      return true;
    }
    int i = d.indexOf(field);
    return i >= 0 && (d.fields().get(i).type().isNumeric() || (!running && distinctIgnoringCase(d, field)));
  }

  private static boolean distinctIgnoringCase(Dataset d, String field) {
    int i = d.indexOf(field);
    if (d.fields().get(i).type().isNumeric()) {
      return true;
    }
    Map<String, String> seen = new HashMap<>();
    for (int r = 0; r < d.rows().size(); r++) {
      if (d.value(r, i) instanceof String s) {
        String before = seen.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
        if (before != null && !before.equals(s)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A value as COUNTIFS matches it: a number, or text compared whole, its wildcards escaped. */
  private static String literal(Dataset d, String field, String value) {
    Field f = d.fields().get(d.indexOf(field));
    if (f.type().isNumeric()) {
      return value;
    }
    return quoted("=" + value.replaceAll("([~*?])", "~$1"));
  }

  private static String criterion(DataTable table, String field, String comparison) {
    return table.column(field) + "," + quoted(comparison);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
