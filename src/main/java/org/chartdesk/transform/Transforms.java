package org.chartdesk.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.Transform;

/**
 * Applies a spec's transform steps to a dataset, in order. Nothing is invented: a value computed
 * from a missing value is missing, a sum or running total over a missing value is missing, and
 * figures the source gives with a qualifier ("over 3,789") are never added up into a bare number.
 * The one exception to "no row, no value" is a count: a group with no rows counts zero, because
 * zero is then what the data says.
 */
public final class Transforms {
  /** Makes an error about what the spec writes at a path, placed where it is written when known. */
  private interface Where {
    Diagnostic error(Message message, String path, String hint, Object... args);
  }

  private final Where where;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Transforms(Where where) {
    this.where = where;
  }

  /** The dataset after a spec's steps; errors point at the steps' lines in the spec. */
  public static Derived apply(Dataset data, List<Transform> steps, ChartSpec spec) throws InputException {
    return apply(data, steps, new Transforms(spec::error));
  }

  /**
   * The dataset after the steps.
   *
   * @param file the spec file, for messages, which name no line
   */
  public static Derived apply(Dataset data, List<Transform> steps, String file) throws InputException {
    return apply(data, steps, new Transforms((message, path, hint, args) -> message.error(file, 0, 0, hint, args)));
  }

  private static Derived apply(Dataset data, List<Transform> steps, Transforms t) throws InputException {
    Derived d = Derived.of(data);
    for (Transform step : steps) {
      Derived next = t.step(d, step);
      if (next == null) {
        break;
      }
      d = next;
    }
    if (!t.diagnostics.isEmpty()) {
      throw new InputException(t.diagnostics);
    }
    return d;
  }

  private Derived step(Derived d, Transform step) {
    if (step instanceof Transform.Calculate c) {
      return calculate(d, c);
    } else if (step instanceof Transform.Bin b) {
      return bin(d, b);
    } else if (step instanceof Transform.Aggregate a) {
      return aggregate(d, a);
    } else if (step instanceof Transform.Cumulate c) {
      return cumulate(d, c);
    }
    return filter(d, (Transform.Filter) step);
  }

  private Derived calculate(Derived d, Transform.Calculate c) {
    int l = field(d, c.left(), c.path() + ".calculate", true);
    int r = field(d, c.right(), c.path() + ".calculate", true);
    if (l < 0 || r < 0) {
      return null;
    }
    Field left = d.data().fields().get(l);
    Field right = d.data().fields().get(r);
    boolean decimal = left.type() == FieldType.NUMBER || right.type() == FieldType.NUMBER;
    // A year less a year is a number of years, not a year.
    String unit = left.type() == FieldType.YEAR && right.type() == FieldType.YEAR ? "years" : left.unit();
    Field out = derivedField(c.as(), decimal ? FieldType.NUMBER : FieldType.INTEGER, unit,
        c.left() + " " + c.operator() + " " + c.right());
    List<Row> rows = new ArrayList<>();
    for (Row row : d.data().rows()) {
      Object a = row.get(l);
      Object b = row.get(r);
      Object v = null;
      if (a instanceof Number x && b instanceof Number y) {
        double sum = c.operator() == '-' ? x.doubleValue() - y.doubleValue() : x.doubleValue() + y.doubleValue();
        v = decimal ? (Object) sum : (Object) Math.round(sum);
      }
      rows.add(appended(row, v));
    }
    return new Derived(withField(d.data(), out, rows), d.sources(), d.bins());
  }

  private Derived bin(Derived d, Transform.Bin b) {
    int i = field(d, b.field(), b.path() + ".field", false);
    if (i < 0) {
      return null;
    }
    FieldType type = d.data().fields().get(i).type();
    if (type != FieldType.YEAR && type != FieldType.INTEGER) {
      fieldType(d, i, b.path() + ".field", "year or integer");
      return null;
    }
    Field out = derivedField(b.as(), FieldType.YEAR, null, "decade of " + b.field());
    List<Row> rows = new ArrayList<>();
    for (Row row : d.data().rows()) {
      Object v = row.get(i);
      rows.add(appended(row, v == null ? null : Math.floorDiv(((Number) v).longValue(), 10) * 10));
    }
    Map<String, Integer> bins = new HashMap<>(d.bins());
    bins.put(b.as(), 10);
    return new Derived(withField(d.data(), out, rows), d.sources(), Map.copyOf(bins));
  }

  private Derived aggregate(Derived d, Transform.Aggregate a) {
    List<Integer> keys = new ArrayList<>();
    for (int g = 0; g < a.groupby().size(); g++) {
      keys.add(field(d, a.groupby().get(g), a.path() + ".groupby[" + g + "]", false));
    }
    int vi = a.op().equals("sum") ? field(d, a.field(), a.path() + ".field", true) : -1;
    if (keys.contains(-1) || (a.op().equals("sum") && vi < 0)) {
      return null;
    }
    if (vi >= 0 && qualified(d, a.path(), vi)) {
      return null;
    }
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    if (a.op().equals("count")) {
      // Every combination gets a row, so a group nothing falls in counts zero rather than vanishing.
      for (List<Object> key : combinations(d, keys)) {
        groups.put(key, new ArrayList<>());
      }
    }
    for (int r = 0; r < d.data().rows().size(); r++) {
      groups.computeIfAbsent(key(d.data().rows().get(r), keys), k -> new ArrayList<>()).add(r);
    }
    List<Field> fields = new ArrayList<>();
    keys.forEach(k -> fields.add(d.data().fields().get(k)));
    Field source = vi < 0 ? null : d.data().fields().get(vi);
    boolean decimal = source != null && source.type() == FieldType.NUMBER;
    fields.add(derivedField(a.as(), decimal ? FieldType.NUMBER : FieldType.INTEGER,
        source == null ? null : source.unit(), a.op() + (source == null ? " of rows" : " of " + source.name())));
    List<Row> rows = new ArrayList<>();
    List<List<Integer>> sources = new ArrayList<>();
    for (var e : groups.entrySet()) {
      Object[] values = new Object[fields.size()];
      for (int k = 0; k < keys.size(); k++) {
        values[k] = e.getKey().get(k);
      }
      values[keys.size()] = vi < 0 ? (Object) (long) e.getValue().size() : sum(d, e.getValue(), vi, decimal);
      rows.add(new Row(line(d, e.getValue()), values));
      sources.add(origins(d, e.getValue()));
    }
    Dataset out = new Dataset(d.data().name(), d.data().title(), d.data().description(), d.data().path(),
        List.copyOf(fields), List.copyOf(rows), d.data().sha256());
    Map<String, Integer> bins = new HashMap<>();
    d.bins().forEach((f, step) -> {
      if (a.groupby().contains(f)) {
        bins.put(f, step);
      }
    });
    return new Derived(out, List.copyOf(sources), Map.copyOf(bins));
  }

  private Derived cumulate(Derived d, Transform.Cumulate c) {
    int vi = field(d, c.field(), c.path() + ".cumulate", true);
    int si = field(d, c.sort(), c.path() + ".sort", false);
    List<Integer> keys = new ArrayList<>();
    for (int g = 0; g < c.groupby().size(); g++) {
      keys.add(field(d, c.groupby().get(g), c.path() + ".groupby[" + g + "]", false));
    }
    if (vi < 0 || si < 0 || keys.contains(-1) || qualified(d, c.path(), vi)) {
      return null;
    }
    Field source = d.data().fields().get(vi);
    boolean decimal = source.type() == FieldType.NUMBER;
    List<Row> rows = new ArrayList<>(d.data().rows());
    List<List<Integer>> sources = new ArrayList<>(d.sources());
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      groups.computeIfAbsent(key(rows.get(r), keys), k -> new ArrayList<>()).add(r);
    }
    for (List<Integer> group : groups.values()) {
      group.sort(Comparator.comparing(r -> d.data().rows().get(r).get(si), Transforms::compare));
      Double total = 0.0;
      Set<Integer> seen = new TreeSet<>();
      for (int r : group) {
        Object v = d.data().rows().get(r).get(vi);
        // Once a value is missing, every total after it is unknown.
        total = total == null || !(v instanceof Number n) ? null : total + n.doubleValue();
        seen.addAll(d.sources().get(r));
        Object out = total == null ? null : decimal ? (Object) total : (Object) Math.round(total);
        rows.set(r, appended(d.data().rows().get(r), out));
        sources.set(r, List.copyOf(seen));
      }
    }
    Field out = derivedField(c.as(), decimal ? FieldType.NUMBER : FieldType.INTEGER, source.unit(),
        "running total of " + source.name() + " by " + c.sort());
    return new Derived(withField(d.data(), out, rows), List.copyOf(sources), d.bins());
  }

  private Derived filter(Derived d, Transform.Filter f) {
    int i = field(d, f.field(), f.path() + ".filter.field", false);
    if (i < 0) {
      return null;
    }
    if (f.range() != null && !d.data().fields().get(i).type().isNumeric()) {
      fieldType(d, i, f.path() + ".filter.range", "numbers");
      return null;
    }
    List<Row> rows = new ArrayList<>();
    List<List<Integer>> sources = new ArrayList<>();
    for (int r = 0; r < d.data().rows().size(); r++) {
      Object v = d.data().rows().get(r).get(i);
      boolean keep = f.oneOf() != null
          ? v != null && f.oneOf().contains(text(v))
          : v instanceof Number n && n.doubleValue() >= f.range()[0] && n.doubleValue() <= f.range()[1];
      if (keep) {
        rows.add(d.data().rows().get(r));
        sources.add(d.sources().get(r));
      }
    }
    Dataset out = new Dataset(d.data().name(), d.data().title(), d.data().description(), d.data().path(),
        d.data().fields(), List.copyOf(rows), d.data().sha256());
    return new Derived(out, List.copyOf(sources), d.bins());
  }

  /**
   * True (after reporting) when a value to be added up is given with a qualifier: "over 3,789"
   * plus 1,980 is not 5,769, and a bare total would claim a precision the source does not.
   */
  private boolean qualified(Derived d, String path, int valueIndex) {
    for (int q = 0; q < d.data().fields().size(); q++) {
      String name = d.data().fields().get(q).name().toLowerCase(Locale.ROOT);
      if (!name.equals("qualifier") && !name.endsWith("_qualifier")) {
        continue;
      }
      for (Row row : d.data().rows()) {
        if (row.get(q) instanceof String s && !s.isBlank() && row.get(valueIndex) != null) {
          diagnostics.add(where.error(Message.TRANSFORM_QUALIFIED_SUM, path + ".field",
              "chart the figures as they are, each with its qualifier, instead of a total",
              path, Message.quote(d.data().fields().get(valueIndex).name()), row.line(),
              Message.quote(s + " " + text(row.get(valueIndex)))));
          return true;
        }
      }
    }
    return false;
  }

  /** Every combination of the group fields' values; a binned field takes every bin of its range. */
  private static List<List<Object>> combinations(Derived d, List<Integer> keys) {
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of());
    for (int k : keys) {
      List<Object> values = values(d, k);
      List<List<Object>> next = new ArrayList<>();
      for (List<Object> prefix : out) {
        for (Object v : values) {
          List<Object> key = new ArrayList<>(prefix);
          key.add(v);
          next.add(key);
        }
      }
      out = next;
    }
    return out;
  }

  private static List<Object> values(Derived d, int index) {
    String name = d.data().fields().get(index).name();
    Set<Object> seen = new LinkedHashSet<>();
    for (Row row : d.data().rows()) {
      seen.add(row.get(index));
    }
    if (!d.bins().containsKey(name)) {
      return new ArrayList<>(seen);
    }
    long step = d.bins().get(name);
    long min = seen.stream().filter(v -> v != null).mapToLong(v -> ((Number) v).longValue()).min().orElse(0);
    long max = seen.stream().filter(v -> v != null).mapToLong(v -> ((Number) v).longValue()).max().orElse(-1);
    List<Object> out = new ArrayList<>();
    for (long v = min; v <= max; v += step) {
      out.add(v);
    }
    return out;
  }

  private static List<Object> key(Row row, List<Integer> keys) {
    List<Object> key = new ArrayList<>();
    keys.forEach(k -> key.add(row.get(k)));
    return key;
  }

  /** A sum over rows; unknown (null) when any of them has no value. */
  private static Object sum(Derived d, List<Integer> rows, int index, boolean decimal) {
    double total = 0;
    for (int r : rows) {
      if (!(d.data().rows().get(r).get(index) instanceof Number n)) {
        return null;
      }
      total += n.doubleValue();
    }
    return decimal ? (Object) total : (Object) Math.round(total);
  }

  private static List<Integer> origins(Derived d, List<Integer> rows) {
    Set<Integer> out = new TreeSet<>();
    rows.forEach(r -> out.addAll(d.sources().get(r)));
    return List.copyOf(out);
  }

  /** The file line of the first row a derived row comes from, 0 when it comes from none. */
  private static int line(Derived d, List<Integer> rows) {
    return rows.isEmpty() ? 0 : d.data().rows().get(rows.get(0)).line();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return ((Comparable) a).compareTo(b);
  }

  /** How a value reads when compared with a spec's text: a year 1976 is "1976". */
  private static String text(Object v) {
    if (v instanceof Double x && x == Math.rint(x)) {
      return Long.toString(x.longValue());
    }
    return String.valueOf(v);
  }

  private static Row appended(Row row, Object value) {
    Object[] values = java.util.Arrays.copyOf(row.values(), row.values().length + 1);
    values[values.length - 1] = value;
    return new Row(row.line(), values);
  }

  private static Dataset withField(Dataset d, Field field, List<Row> rows) {
    List<Field> fields = new ArrayList<>(d.fields());
    fields.add(field);
    return new Dataset(d.name(), d.title(), d.description(), d.path(), List.copyOf(fields), List.copyOf(rows),
        d.sha256());
  }

  private static Field derivedField(String name, FieldType type, String unit, String description) {
    return new Field(name, type, name, description, unit, false, List.of(), false);
  }

  /** Index of a field named in a step, reporting an unknown name or (if numeric) a non-numeric type. */
  private int field(Derived d, String name, String key, boolean numeric) {
    int i = d.data().indexOf(name);
    if (i < 0) {
      String best = DidYouMean.closest(name, d.data().fieldNames());
      diagnostics.add(where.error(Message.UNKNOWN_FIELD, key,
          "fields at this step: " + String.join(", ", d.data().fieldNames())
              + (best == null ? "" : "\ndid you mean " + Message.quote(best) + "?"),
          Message.quote(name), Message.quote(d.data().name())));
      return -1;
    }
    if (numeric && !d.data().fields().get(i).type().isNumeric()) {
      fieldType(d, i, key, "numbers");
      return -1;
    }
    return i;
  }

  private void fieldType(Derived d, int index, String key, String needs) {
    Field f = d.data().fields().get(index);
    diagnostics.add(where.error(Message.FIELD_TYPE, key, null, Message.quote(f.name()),
        Message.quote(d.data().name()), f.type().schemaName(), key, needs));
  }
}
