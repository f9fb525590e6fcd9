package org.chartdesk.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Precision;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.AnnotationSpec;
import org.chartdesk.spec.ChartKind;
import org.chartdesk.spec.Channel;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.transform.Transforms;

/**
 * Turns a spec's annotations into the frame's event lines, spans, callouts and highlights, and
 * then checks them against the bound chart: a callout must point at a value the chart draws, a
 * highlight at a bar, category or series it has. A kind of annotation a chart kind cannot draw is
 * an error, never silently dropped.
 */
final class AnnotationBinder {
  /** The annotation kinds each chart kind draws. */
  private static final Map<ChartKind, Set<String>> DRAWN = new EnumMap<>(Map.of(
      ChartKind.RANGE, Set.of("line", "span"),
      ChartKind.TIMELINE, Set.of("line", "span"),
      ChartKind.AREA, Set.of("line", "span"),
      ChartKind.LINE, Set.of("line", "span", "label", "arrow", "highlight"),
      ChartKind.COLUMN, Set.of("label", "arrow", "highlight"),
      ChartKind.BAR, Set.of("highlight")));

  private final ChartSpec spec;
  private final Story story;
  private final List<Diagnostic> diagnostics;
  final List<Annotation> marks = new ArrayList<>();
  final List<Callout> callouts = new ArrayList<>();
  final List<String> highlights = new ArrayList<>();
  private final List<AnnotationSpec> pinned = new ArrayList<>();
  /** The event lines and spans the spec writes, by their place in it, to check against the drawn axis. */
  private final java.util.Map<String, Annotation> written = new java.util.LinkedHashMap<>();

  AnnotationBinder(ChartSpec spec, Story story, List<Diagnostic> diagnostics) {
    this.spec = spec;
    this.story = story;
    this.diagnostics = diagnostics;
    for (AnnotationSpec a : spec.annotations()) {
      if (!drawn(a.kind())) {
        diagnostics.add(spec.error(Message.ANNOTATIONS_NOT_DRAWN, a.path() + ".kind",
            "mark it in the title, subtitle or a note instead", a.path(), a.kind(), spec.kind().key(),
            drawnOn(a.kind())));
        continue;
      }
      if (a.rows() != null) {
        fromData(a);
        continue;
      }
      switch (a.kind()) {
        case "line", "span" -> mark(a);
        case "highlight" -> {
          highlights.add(a.x() != null ? a.x().toString() : a.series() != null ? a.series() : a.category());
          pinned.add(a);
        }
        default -> {
          String label = a.xDate() == null ? a.where() : dateTime(a.xDate()).label();
          callouts.add(new Callout(a.kind().equals("arrow") ? Callout.Kind.ARROW : Callout.Kind.LABEL,
              a.where(), a.series(), label, a.text()));
          pinned.add(a);
        }
      }
    }
  }

  private boolean drawn(String kind) {
    boolean acrossThePage = spec.kind() != ChartKind.TIMELINE || !"vertical".equals(spec.orientation());
    return acrossThePage && DRAWN.getOrDefault(spec.kind(), Set.of()).contains(kind);
  }

  private static String drawnOn(String kind) {
    List<String> kinds = DRAWN.entrySet().stream().filter(e -> e.getValue().contains(kind))
        .map(e -> e.getKey().key()).toList();
    return String.join(", ", kinds) + " charts";
  }

  /** One event line per row of a dataset (after its transform steps), with the row's own words and date. */
  private void fromData(AnnotationSpec a) {
    AnnotationSpec.FromData from = a.rows();
    Dataset data = story.dataset(from.data()).orElse(null);
    if (data == null) {
      String near = DidYouMean.closest(from.data(), story.datasetNames());
      diagnostics.add(spec.error(Message.UNKNOWN_DATASET, a.path() + ".data",
          "datasets: " + String.join(", ", story.datasetNames()) + (near == null ? "" : "\ndid you mean "
              + Message.quote(near) + "?"), Message.quote(from.data())));
      return;
    }
    Dataset rows;
    try {
      rows = Transforms.apply(data, from.transforms(), spec).data();
    } catch (InputException e) {
      diagnostics.addAll(e.diagnostics());
      return;
    }
    int x = field(a, rows, "x", from.x(), FieldType.YEAR, FieldType.INTEGER, FieldType.DATE, FieldType.DATETIME);
    int period = from.period() == null ? -1 : field(a, rows, "period", from.period(), FieldType.STRING);
    int text = field(a, rows, "text", from.text(), FieldType.STRING);
    if (x < 0 || text < 0 || (from.period() != null && period < 0)) {
      return;
    }
    Precision precision = rows.fields().get(x).notation().datePattern().precision();
    for (int r = 0; r < rows.rows().size(); r++) {
      Row row = rows.rows().get(r);
      if (row.get(text) instanceof String words && rows.fields().get(x).type().isTemporal() && row.get(x) != null) {
        DateTime date = new DateTime(rows.seconds(r, x), precision);
        marks.add(new Annotation(Annotation.Kind.LINE, date, date, words));
      } else if (row.get(x) instanceof Number year && row.get(text) instanceof String words) {
        String p = period < 0 || !(row.get(period) instanceof String s) ? null : s.toLowerCase(java.util.Locale.ROOT);
        FuzzyDate date = date(year.intValue(), p, a.path() + ".period");
        if (date != null) {
          marks.add(new Annotation(Annotation.Kind.LINE, date, date, words));
        }
      }
    }
  }

  /** The index of a field the annotation names, of one of the types it needs; negative after saying why not. */
  private int field(AnnotationSpec a, Dataset data, String key, String name, FieldType... types) {
    return FieldLookup.index(data, new Channel(name, null, null, null, null, null, List.of(), java.util.Map.of()),
        a.path() + "." + key, spec, diagnostics, types);
  }

  /** An event line or span, its dates checked: a period word must be one datasets use. */
  private void mark(AnnotationSpec a) {
    if ((a.xDate() != null && a.period() != null) || (a.toDate() != null && a.toPeriod() != null)) {
      // A period refines a year; a date is already as precise as it says.
      String key = a.path() + (a.xDate() != null && a.period() != null ? ".period" : ".to_period");
      diagnostics.add(spec.error(Message.SPEC_BAD_VALUE, key, "leave the period out, or write x as a year", key,
          Message.quote(a.xDate() != null && a.period() != null ? a.period() : a.toPeriod()), "a period of a date"));
      return;
    }
    When from = a.xDate() != null ? dateTime(a.xDate()) : date(a.x(), a.period(), a.path() + ".period");
    When to = a.toDate() != null ? dateTime(a.toDate())
        : a.to() == null ? from : date(a.to(), a.toPeriod(), a.path() + ".to_period");
    if (from == null || to == null) {
      return;
    }
    if (to.end() <= from.start()) {
      diagnostics.add(spec.error(Message.SPEC_BAD_VALUE, a.path() + ".to", "a span ends after it starts",
          a.path() + ".to", Message.quote(to.label()), "after " + from.label()));
      return;
    }
    Annotation mark = new Annotation(a.kind().equals("line") ? Annotation.Kind.LINE : Annotation.Kind.SPAN, from, to,
        a.text());
    marks.add(mark);
    written.put(a.path(), mark);
  }

  /** A date or date-time the spec writes in ISO 8601, which the spec loader has checked. */
  private static DateTime dateTime(String iso) {
    DatePattern p = DatePattern.iso(iso);
    return new DateTime(p.seconds(iso), p.precision());
  }

  private FuzzyDate date(int year, String period, String path) {
    if (!FuzzyDate.isPeriod(period)) {
      diagnostics.add(spec.error(Message.SPEC_BAD_VALUE, path,
          "periods: " + String.join(", ", FuzzyDate.PERIODS), path, Message.quote(period), "a period"));
      return null;
    }
    return new FuzzyDate(year, period);
  }

  /** Checks that every callout and highlight names something the bound chart draws. */
  void check(ChartModel model) {
    double[] axis = yearsDrawn(model);
    if (axis != null) {
      // A line or span off the axis would be drawn outside the plot, over the chart's words.
      written.forEach((path, mark) -> {
        boolean off = mark.kind() == Annotation.Kind.LINE ? mark.at() < axis[0] || mark.at() > axis[1]
            : mark.end() <= axis[0] || mark.start() >= axis[1];
        if (off) {
          diagnostics.add(spec.error(Message.ANNOTATION_OFF_AXIS, path + ".x",
              "the axis runs from " + year(axis[0]) + " to " + year(axis[1]) + "; widen x.domain to show it",
              path, mark.from().label() + (mark.kind() == Annotation.Kind.SPAN ? " to " + mark.to().label() : "")));
        }
      });
    }
    for (AnnotationSpec a : pinned) {
      if (model instanceof ColumnChartModel m) {
        List<String> years = m.years().stream().map(String::valueOf).toList();
        String year = a.x() == null ? null : a.x().toString();
        if (need(a, "x", year, years) && !a.isHighlight() && m.bars().get(years.indexOf(year)).missing()) {
          noFigure(a, a.x().toString());
        }
      } else if (model instanceof LineChartModel m) {
        checkLine(a, m);
      } else if (model instanceof BarChartModel m) {
        need(a, "category", a.category(), m.categories().stream().map(Category::key).toList());
      }
    }
  }

  /**
   * The years a chart's axis spans, in fractional years, for the kinds that draw event lines and
   * spans over years; null for a time axis of dates, which places them by the moment.
   */
  private static double[] yearsDrawn(ChartModel model) {
    if (model instanceof TimelineChartModel m) {
      return new double[] {m.from(), m.to()};
    } else if (model instanceof RangeChartModel m) {
      return new double[] {m.from(), m.to()};
    } else if (model instanceof LineChartModel m && m.time() == null) {
      return slots(m.categories());
    } else if (model instanceof AreaChartModel m) {
      return slots(m.categories());
    }
    return null;
  }

  /** A year or decade axis: from its first slot's year to its last slot's end. */
  private static double[] slots(List<Category> categories) {
    try {
      double first = Double.parseDouble(categories.get(0).key());
      double last = Double.parseDouble(categories.get(categories.size() - 1).key());
      double step = categories.size() > 1 ? Double.parseDouble(categories.get(1).key()) - first : 1;
      return new double[] {first, last + step};
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static String year(double y) {
    return y == Math.rint(y) ? Long.toString((long) y) : Double.toString(y);
  }

  /** A line chart's highlight names a series; a callout a year and, among several lines, a series. */
  private void checkLine(AnnotationSpec a, LineChartModel m) {
    List<String> keys = m.series().stream().map(DataSeries::key).toList();
    if (a.isHighlight()) {
      need(a, "series", a.series(), keys);
      return;
    }
    String series = a.series() == null && keys.size() == 1 ? keys.get(0) : a.series();
    int at = at(a, m);
    if (at == -2) {
      return;
    }
    if (at < 0) {
      missing(a, "x", a.where(), m.categories().stream().map(Category::key).toList());
    } else if (need(a, "series", series, keys) && m.series().get(keys.indexOf(series)).values().get(at).missing()) {
      noFigure(a, keys.size() > 1 ? a.where() + " in " + series : a.where());
    }
  }

  /**
   * The category a note on a line points at: by its key on a year axis, by its moment on a time
   * axis; -1 when the chart has none there, -2 after saying so for a time axis.
   */
  private int at(AnnotationSpec a, LineChartModel m) {
    if (m.time() == null) {
      return m.categories().stream().map(Category::key).toList().indexOf(a.where());
    }
    int at = a.xDate() == null ? -1 : m.time().indexOf(dateTime(a.xDate()).seconds());
    if (at < 0) {
      // A time axis may have a million moments: name its first and last, not all of them.
      TimeAxis t = m.time();
      diagnostics.add(spec.error(Message.ANNOTATION_NOT_ON_CHART, a.path() + ".x",
          "point at a moment the data has, from " + t.key(0) + " to " + t.key(t.at().length - 1),
          a.path() + ".x", Message.quote(a.where())));
      return -2;
    }
    return at;
  }

  /** Whether the value names one of the keys; says which are valid when it does not. */
  private boolean need(AnnotationSpec a, String key, String value, List<String> keys) {
    if (value == null) {
      diagnostics.add(spec.error(Message.SPEC_MISSING_KEY, a.path(),
          "name one of: " + String.join(", ", keys), Message.quote(a.path() + "." + key)));
      return false;
    }
    if (!keys.contains(value)) {
      missing(a, key, value, keys);
      return false;
    }
    return true;
  }

  private void missing(AnnotationSpec a, String key, String value, List<String> keys) {
    // Years are not misspelt: the nearest by letters (1973 for 1979) is no help, the axis's are.
    boolean years = !keys.isEmpty() && keys.stream().allMatch(k -> k.matches("-?\\d+"));
    String near = years ? null : DidYouMean.closest(value, keys);
    diagnostics.add(spec.error(Message.ANNOTATION_NOT_ON_CHART, a.path() + "." + key,
        near != null ? "did you mean " + Message.quote(near) + "?"
            : years ? "the chart's years run from " + keys.get(0) + " to " + keys.get(keys.size() - 1)
            : "the chart has " + String.join(", ", keys),
        a.path() + "." + key, Message.quote(value)));
  }

  private void noFigure(AnnotationSpec a, String where) {
    diagnostics.add(spec.error(Message.ANNOTATION_NO_FIGURE, a.path() + ".x",
        "point at a year with a figure; the gap is already labelled", a.path(), where));
  }
}
