package org.chartdesk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.SheetLimits;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.ChartKind;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.Channel;
import org.chartdesk.spec.Transform;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.transform.Derived;

/**
 * Binds the kinds that read a (possibly transformed) dataset as categories, series and values:
 * bar, dot, lollipop, grouped and stacked column, line, area, slope, small multiples, dumbbell and
 * table. A category or year without a row is a gap, never a zero; two rows for one place are an
 * error, never silently one of them.
 */
final class KindBinder {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final ChartSpec spec;
  private final Frame frame;
  private final Derived derived;
  private final Dataset data;
  /** The dataset as curated, before the spec's transform steps. */
  private final Dataset source;
  private final List<Diagnostic> diagnostics;

  KindBinder(ChartSpec spec, Frame frame, Dataset source, Derived derived, List<Diagnostic> diagnostics) {
    this.spec = spec;
    this.frame = frame;
    this.source = source;
    this.derived = derived;
    this.data = derived.data();
    this.diagnostics = diagnostics;
  }

  ChartModel bind() {
    return switch (spec.kind()) {
      case BAR -> bar();
      case DOT -> dot(false);
      case LOLLIPOP -> dot(true);
      case GROUPED_COLUMN -> grouped();
      case STACKED_COLUMN -> stacked();
      case LINE -> line();
      case AREA -> area();
      case SLOPE -> slope();
      case SMALL_MULTIPLES -> smallMultiples();
      case DUMBBELL -> dumbbell();
      case TABLE -> table();
      default -> throw new IllegalStateException(spec.kind().key());
    };
  }

  // ---- one value per category, categories down the page ----

  /** Categories (y) with one value each (x), in data order or sorted by value. */
  private record Ranked(List<Category> categories, List<Datum> values, Values v) {}

  private Ranked ranked() {
    int ci = field(spec.y(), "y", FieldType.STRING, FieldType.YEAR, FieldType.INTEGER);
    Values v = values(spec.x(), "x");
    if (ci < 0 || v == null) {
      return null;
    }
    if (tooMany("y", data.rows().size()) || !placed(v, "a figure is drawn on its row, under its name", ci)) {
      return null;
    }
    List<Category> categories = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < data.rows().size(); r++) {
      String key = key(data.rows().get(r), ci);
      Integer before = seen.put(key, r);
      if (before != null) {
        duplicate(key, before, r);
      }
      order.add(r);
    }
    List<String> declared = spec.y().order();
    order.sort(Comparator.comparingInt(r -> {
      int i = declared.indexOf(text(data.rows().get(r).get(ci)));
      return i < 0 ? Integer.MAX_VALUE : i;
    }));
    if ("ascending".equals(spec.sort()) || "descending".equals(spec.sort())) {
      Comparator<Integer> byValue = Comparator.comparingDouble(r -> number(data.rows().get(r).get(v.index())));
      order.sort("descending".equals(spec.sort()) ? byValue.reversed() : byValue);
      // Rows without a value go last whichever the direction, as a gap, never ranked as zero.
      order.sort(Comparator.comparing(r -> data.rows().get(r).get(v.index()) == null));
    }
    for (int r : order) {
      String key = key(data.rows().get(r), ci);
      categories.add(new Category(key, spec.label() == null ? spec.y().nameOf(key) : key));
    }
    return new Ranked(List.copyOf(categories), points(order.stream().mapToInt(Integer::intValue).toArray(), v), v);
  }

  /**
   * Whether a chart of a bar, dot or column per category would have more than any page could
   * show: an error then, before drawing a million rows (which took longer than a nightly build may).
   */
  private boolean tooMany(String key, int categories) {
    if (categories <= Binder.MAX_CATEGORIES) {
      return false;
    }
    diagnostics.add(spec.error(Message.TOO_MANY_CATEGORIES, key,
        "keep the categories the story is about with a filter transform, or aggregate the rows", key, categories,
        Binder.MAX_CATEGORIES, spec.kind().withArticle()));
    return true;
  }

  /** A row's category: its label when the spec gives a template (two terms of one leader), else the field. */
  private String key(Row row, int index) {
    return spec.label() == null ? text(row.get(index)) : template(row, spec.label());
  }

  private BarChartModel bar() {
    Ranked r = ranked();
    if (r == null) {
      return null;
    }
    // No room kept beyond the longest bar: a label with none beside a bar's end goes inside it
    // (an axis to 40 for a longest bar of 29 left a quarter of the plot empty).
    double[] extent = extent(List.of(new DataSeries("", "", r.values())), spec.x(), 1);
    BarChartModel partial = new BarChartModel(frame, data.name(), rankedEncoding(), r.v().label(), r.v().format(),
        r.categories(), r.values(), extent[0], extent[1], "");
    return new BarChartModel(frame, data.name(), rankedEncoding(), r.v().label(), r.v().format(), r.categories(),
        r.values(), extent[0], extent[1], AltText.of(partial));
  }

  private DotChartModel dot(boolean stems) {
    Ranked r = ranked();
    if (r == null) {
      return null;
    }
    double[] extent = extent(List.of(new DataSeries("", "", r.values())), spec.x());
    DotChartModel partial = new DotChartModel(frame, data.name(), r.v().label(), r.v().format(), r.categories(),
        r.values(), extent[0], extent[1], stems, "");
    return new DotChartModel(frame, data.name(), r.v().label(), r.v().format(), r.categories(), r.values(),
        extent[0], extent[1], stems, AltText.of(partial));
  }

  // ---- categories across (x), series by colour, values up (y) ----

  /** Categories across, one series per colour value, and the value channel. */
  private record Grid(List<Category> categories, List<DataSeries> series, Values v) {}

  private Grid grid(List<Category> xs) {
    Values v = values(spec.y(), "y");
    int si = spec.color() == null ? -1 : field(spec.color(), "color", FieldType.STRING, FieldType.YEAR,
        FieldType.INTEGER);
    if (v == null || xs == null || si == -2) {
      return null;
    }
    // A line takes a point for every slot, up to a sheet's rows; columns need room each.
    boolean columns = spec.kind() == ChartKind.GROUPED_COLUMN || spec.kind() == ChartKind.STACKED_COLUMN;
    if (columns && tooMany("x", xs.size())) {
      return null;
    }
    int xi = data.indexOf(spec.x().field());
    if (!placed(v, si < 0 ? "a figure stands at its x" : "a figure stands at its x in its series", xi, si)) {
      return null;
    }
    List<String> keys = si < 0 ? List.of("") : categories(si, spec.color());
    List<DataSeries> series = new ArrayList<>();
    for (String key : keys) {
      String name = si < 0 ? v.label() : spec.color().nameOf(key);
      series.add(new DataSeries(key, name, line(xi, xs, si, key, v)));
    }
    return new Grid(xs, List.copyOf(series), v);
  }

  /** One series' value at each category; a category without a row is a gap. */
  private List<Datum> line(int xi, List<Category> xs, int si, String seriesKey, Values v) {
    int[] rowOf = new int[xs.size()];
    Arrays.fill(rowOf, -1);
    TimeAxis time = xs instanceof Instants moments ? moments.axis() : null;
    Slots slots = xs instanceof Slots s ? s : null;
    java.util.function.ToIntFunction<Object> slot = time != null || slots != null ? null : slotOf(xs);
    int c = -1;
    for (int r = 0; r < data.rows().size(); r++) {
      if (si >= 0 && !seriesKey.equals(text(data.value(r, si)))) {
        continue;
      }
      // A moment or a slot is found from the row's seconds or number, without making an object.
      if (time != null) {
        c = time.indexOf(data.seconds(r, xi), c + 1);
      } else if (slots != null) {
        c = data.isNumber(r, xi) ? slots.indexOf(data.longValue(r, xi)) : -1;
      } else {
        Object x = data.value(r, xi);
        c = x == null ? -1 : slot.applyAsInt(x);
      }
      if (c < 0) {
        continue;
      }
      if (rowOf[c] >= 0) {
        duplicate((seriesKey.isEmpty() ? "" : seriesKey + ", ") + text(data.value(r, xi)), rowOf[c], r);
      }
      rowOf[c] = r;
    }
    return points(rowOf, v);
  }

  /**
   * The category index of an x value, or -1, found by its key. (Evenly spaced slots are found by
   * arithmetic, since a line may have a million of them.)
   */
  private static java.util.function.ToIntFunction<Object> slotOf(List<Category> xs) {
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < xs.size(); c++) {
      index.putIfAbsent(xs.get(c).key(), c);
    }
    return x -> index.getOrDefault(text(x), -1);
  }

  private GroupedColumnChartModel grouped() {
    Grid g = grid(slots(spec.x(), "x"));
    if (g == null) {
      return null;
    }
    double[] extent = extent(g.series(), spec.y());
    // A column without a figure beside others is said in a note too: on a phone its slot is too
    // narrow for even "n/a", and an empty slot alone would read as a zero.
    Frame f = notGiven(g.series(), g.categories(), c -> g.series().stream().anyMatch(s -> !s.values().get(c).missing()));
    GroupedColumnChartModel partial = new GroupedColumnChartModel(f, data.name(), encoding(), g.v().label(),
        g.v().format(), g.categories(), g.series(), extent[0], extent[1], "");
    return new GroupedColumnChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(),
        g.categories(), g.series(), extent[0], extent[1], AltText.of(partial));
  }

  /**
   * Each series without a figure at categories that count, with those categories, runs of them
   * joined: "Tea in 1982", "Africa in 1971–1972 and 1984" (a single series: its categories alone).
   */
  private List<String> seriesWithout(List<DataSeries> series, List<Category> categories,
      java.util.function.IntPredicate counts) {
    NewsLocale l = frame.locale();
    List<String> missing = new ArrayList<>();
    for (DataSeries s : series) {
      List<String> runs = new ArrayList<>();
      for (int c = 0; c < categories.size(); c++) {
        if (s.values().get(c).missing() && counts.test(c)) {
          int end = c;
          while (end + 1 < categories.size() && s.values().get(end + 1).missing() && counts.test(end + 1)) {
            end++;
          }
          runs.add(categories.get(c).label() + (end > c ? "–" + categories.get(end).label() : ""));
          c = end;
        }
      }
      if (!runs.isEmpty()) {
        missing.add(series.size() == 1 ? l.list(runs) : l.say("series_at", "series", s.name(), "at", l.list(runs)));
      }
    }
    return missing;
  }

  private StackedColumnChartModel stacked() {
    Grid g = grid(slots(spec.x(), "x"));
    if (g == null || belowZero(g)) {
      return null;
    }
    boolean percent = "percent".equals(spec.stack());
    double max = percent ? 100 : widened(0, top(stackedMax(g.series(), g.categories().size())), spec.y())[1];
    StackedColumnChartModel partial = new StackedColumnChartModel(frame, data.name(), encoding(), g.v().label(),
        g.v().format(), g.categories(), g.series(), percent, max, "");
    Frame f = withoutNote(partial).map(frame::withNote).orElse(frame);
    partial = new StackedColumnChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(),
        g.categories(), g.series(), percent, max, "");
    return new StackedColumnChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(),
        g.categories(), g.series(), percent, max, AltText.of(partial));
  }

  /**
   * The note a stack needs where a series has no figure at a category others have: "*Without Tea
   * in 1982: the source gives no figure." Its total (and a 100% stack's shares) is of the others:
   * drawn as the total, 4.30 read as the year's whole.
   */
  private java.util.Optional<String> withoutNote(StackedColumnChartModel m) {
    List<String> missing = seriesWithout(m.series(), m.categories(), m::partial);
    return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(StackedColumnChartModel.PARTIAL
        + frame.locale().say("totals_without", "list", frame.locale().list(missing)));
  }

  /**
   * Whether a stack has a figure below zero, said as an error: its axis starts at zero, so a
   * stacked band went down through the others and off the plot (a deficit of -980 ran 1,721 px
   * past its foot).
   */
  private boolean belowZero(Grid g) {
    for (DataSeries s : g.series()) {
      for (int c = 0; c < g.categories().size(); c++) {
        double v = s.figure(c);
        if (v < 0) {
          String which = g.series().size() > 1 ? s.name() + " in " + g.categories().get(c).label()
              : g.categories().get(c).label();
          diagnostics.add(spec.error(Message.BELOW_ZERO_NOT_DRAWN, "y",
              "draw it as grouped-column or line, which show values below zero from a zero line",
              spec.kind().withArticle(), which, s.values().get(c).label()));
          return true;
        }
      }
    }
    return false;
  }

  private LineChartModel line() {
    int xi = field(spec.x(), "x", FieldType.YEAR, FieldType.INTEGER, FieldType.DATE, FieldType.DATETIME);
    if (xi < 0) {
      return null;
    }
    TimeAxis time = data.fields().get(xi).type().isTemporal() ? timeAxis(xi) : null;
    if (time == null && data.fields().get(xi).type().isTemporal()) {
      return null;
    }
    Grid g = grid(time == null ? timeSlots(spec.x(), "x") : new Instants(time, frame.locale()));
    if (g == null) {
      return null;
    }
    Set<String> leftOut = time == null ? leftOut(spec.x()) : Set.of();
    double[] extent = extent(g.series(), spec.y());
    // Several lines name their ends, not their gaps (one line names each): the note says whose
    // figures the source does not give. Dates are each series' own moments, not gaps.
    Frame f = time != null || g.series().size() < 2 ? frame
        : notGiven(g.series(), g.categories(), c -> !leftOut.contains(g.categories().get(c).key()));
    LineChartModel partial = new LineChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(),
        g.categories(), g.series(), extent[0], extent[1], "", time, leftOut);
    return new LineChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(), g.categories(),
        g.series(), extent[0], extent[1], AltText.of(partial), time, leftOut);
  }

  /**
   * The frame with a note saying which figures the source does not give, where a series lacks one
   * at a category that counts: "The source gives no figure for Europe in 1984." A gap's own label
   * does not fit everywhere (a phone's narrow slot), nor does every kind draw one.
   */
  private Frame notGiven(List<DataSeries> series, List<Category> categories, java.util.function.IntPredicate counts) {
    List<String> without = seriesWithout(series, categories, counts);
    return without.isEmpty() ? frame
        : frame.withNote(frame.locale().say("figures_not_given", "list", frame.locale().list(without)));
  }

  /**
   * A continuous time axis over a date or date-time field: the moments the rows have, in order, and
   * the domain written as dates, or the data's first and last moment; null after saying why not.
   */
  private TimeAxis timeAxis(int xi) {
    Channel ch = spec.x();
    if (ch.domain() != null) {
      diagnostics.add(spec.error(Message.SPEC_BAD_VALUE, "x.domain",
          "a date axis spans dates: domain: [2000-01-01, 2000-06-30] (or with times, 2000-01-01T06:00)",
          "x.domain", "[" + text(ch.domain()[0]) + ", " + text(ch.domain()[1]) + "]", "a list of two dates"));
      return null;
    }
    long[] at = Times.distinct(data, xi);
    if (at.length == 0) {
      return null;
    }
    long from = at[0];
    long to = at[at.length - 1];
    if (ch.dates() != null) {
      from = ch.dates()[0];
      to = ch.dates()[1];
      List<String> outside = new ArrayList<>();
      for (int r = 0; r < data.rows().size(); r++) {
        long t = data.seconds(r, xi);
        if (t != Times.NONE && (t < from || t > to)) {
          outside.add(data.path() + ":" + data.rows().get(r).line() + " (" + data.value(r, xi) + ")");
        }
      }
      if (!outside.isEmpty()) {
        leavesOut("x.domain", DateTime.time(from).toString(), DateTime.time(to).toString(), outside);
      }
    }
    return new TimeAxis(at, from, to, data.fields().get(xi).notation().datePattern().precision());
  }

  private AreaChartModel area() {
    Grid g = grid(kept(timeSlots(spec.x(), "x"), spec.x()));
    if (g == null || belowZero(g)) {
      return null;
    }
    boolean percent = "percent".equals(spec.stack());
    double max = percent ? 100 : top(stackedMax(g.series(), g.categories().size()));
    Frame f = holesNote(g).map(frame::withNote).orElse(frame);
    AreaChartModel partial = new AreaChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(),
        g.categories(), g.series(), percent, max, "");
    return new AreaChartModel(f, data.name(), encoding(), g.v().label(), g.v().format(), g.categories(),
        g.series(), percent, max, AltText.of(partial));
  }

  /**
   * The note areas with a hole need: it is years without a figure, not an empty stretch, and a
   * stack's does not say whose figure is missing (the whole stack breaks there). "No figure for
   * Africa in 1971–1972 and Europe in 1984: the stack breaks there." The hole's own label is
   * left out where it is too narrow, as on a phone; the note is not.
   */
  private java.util.Optional<String> holesNote(Grid g) {
    List<String> missing = seriesWithout(g.series(), g.categories(), c -> true);
    return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(frame.locale().say(
        g.series().size() == 1 ? "area_breaks" : "stack_breaks", "list", frame.locale().list(missing)));
  }

  private SlopeChartModel slope() {
    Grid g = grid(distinct(spec.x(), "x"));
    if (g == null) {
      return null;
    }
    if (g.categories().size() != 2) {
      // The hint names the first and last the data has, which a slope most often compares.
      List<Category> xs = g.categories();
      String pair = xs.size() < 2 ? "a, b" : xs.get(0).key() + ", " + xs.get(xs.size() - 1).key();
      diagnostics.add(spec.error(Message.SLOPE_NEEDS_TWO, "x",
          "keep two with a filter: transform: [{filter: {field: " + spec.x().field() + ", oneOf: [" + pair + "]}}]",
          Message.quote(spec.x().field()), g.categories().size(),
          String.join(", ", g.categories().stream().map(Category::label).toList())));
      return null;
    }
    double[] extent = extent(g.series(), spec.y());
    SlopeChartModel partial = new SlopeChartModel(frame, data.name(), g.v().label(), g.v().format(),
        g.categories(), g.series(), extent[0], extent[1], "");
    return new SlopeChartModel(frame, data.name(), g.v().label(), g.v().format(), g.categories(), g.series(),
        extent[0], extent[1], AltText.of(partial));
  }

  private SmallMultiplesChartModel smallMultiples() {
    Values v = values(spec.y(), "y");
    String mark = spec.mark() == null ? "column" : spec.mark();
    List<Category> xs = mark.equals("line") ? kept(timeSlots(spec.x(), "x"), spec.x()) : slots(spec.x(), "x");
    int fi = field(spec.facet(), "facet", FieldType.STRING, FieldType.YEAR, FieldType.INTEGER);
    if (v == null || xs == null || fi < 0) {
      return null;
    }
    int xi = data.indexOf(spec.x().field());
    if (!placed(v, "a figure stands at its x in its panel", xi, fi)) {
      return null;
    }
    List<DataSeries> panels = new ArrayList<>();
    for (String key : categories(fi, spec.facet())) {
      panels.add(new DataSeries(key, spec.facet().nameOf(key), line(xi, xs, fi, key, v)));
    }
    // Panels share one axis from zero, or from below the lowest figure under it (trade balances).
    double[] extent = extent(panels, spec.y());
    // A panel's "n/a" does not fit a phone's slot of a few pixels.
    Frame f = panels.size() < 2 ? frame : notGiven(panels, xs, c -> true);
    SmallMultiplesChartModel partial = new SmallMultiplesChartModel(f, data.name(), mark, v.label(),
        v.format(), xs, List.copyOf(panels), extent[0], extent[1], "");
    return new SmallMultiplesChartModel(f, data.name(), mark, v.label(), v.format(), xs, List.copyOf(panels),
        extent[0], extent[1], AltText.of(partial));
  }

  // ---- rows with a start and an end ----

  private DumbbellChartModel dumbbell() {
    int ri = field(spec.row(), "row", FieldType.STRING);
    int gi = spec.group() == null ? -1 : field(spec.group(), "group", FieldType.STRING);
    int si = field(spec.start(), "start", FieldType.YEAR, FieldType.INTEGER);
    int ei = field(spec.end(), "end", FieldType.YEAR, FieldType.INTEGER);
    if (ri < 0 || gi == -2 || si < 0 || ei < 0) {
      return null;
    }
    List<String> groupKeys = gi < 0 ? List.of("") : categories(gi, spec.group());
    List<String> names = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    List<DumbbellChartModel.Pair> pairs = new ArrayList<>();
    for (int r = 0; r < data.rows().size(); r++) {
      Row row = data.rows().get(r);
      Object start = row.get(si);
      Object end = row.get(ei);
      // A pair needs both ends, under its row's name (and group); without one it cannot be drawn
      // from what the data says.
      int missing = start == null ? si : end == null ? ei : row.get(ri) == null ? ri
          : gi >= 0 && row.get(gi) == null ? gi : -1;
      if (missing >= 0) {
        diagnostics.add(Binder.required(data, row.line(), missing, missing == si || missing == ei
            ? "a dumbbell joins a start and an end" : "a dumbbell draws each row under its name and group"));
        continue;
      }
      String name = text(row.get(ri));
      if (!names.contains(name)) {
        names.add(name);
        groupOf.add(gi < 0 ? 0 : groupKeys.indexOf(text(row.get(gi))));
      }
      pairs.add(new DumbbellChartModel.Pair(names.indexOf(name), ((Number) start).intValue(),
          ((Number) end).intValue(), derived.sources().get(r)));
    }
    // Grouped in the declared order, then by each row's first start.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(groupOf::get).thenComparingInt(i -> pairs.stream()
        .filter(p -> p.row() == i).mapToInt(DumbbellChartModel.Pair::start).min().orElse(0)));
    List<DumbbellChartModel.Row> rows = order.stream()
        .map(i -> new DumbbellChartModel.Row(names.get(i), groupOf.get(i))).toList();
    List<DumbbellChartModel.Pair> sorted = pairs.stream()
        .map(p -> new DumbbellChartModel.Pair(order.indexOf(p.row()), p.start(), p.end(), p.sources())).toList();
    List<String> groups = groupKeys.stream().map(k -> gi < 0 ? "" : spec.group().nameOf(k)).toList();
    double from = pairs.stream().mapToInt(DumbbellChartModel.Pair::start).min().orElse(0);
    double to = pairs.stream().mapToInt(DumbbellChartModel.Pair::end).max().orElse(1);
    if (spec.x() != null && spec.x().domain() != null) {
      double[] d = spec.x().domain();
      List<String> outside = pairs.stream().filter(p -> p.start() < d[0] || p.end() > d[1])
          .map(p -> names.get(p.row()) + " " + p.start() + "–" + p.end()).toList();
      if (!outside.isEmpty()) {
        leavesOut("x.domain", text(d[0]), text(d[1]), outside);
      }
      from = d[0];
      to = d[1];
    }
    DumbbellChartModel partial = new DumbbellChartModel(frame, data.name(), groups, groupKeys, rows, sorted, from, to, "");
    return new DumbbellChartModel(frame, data.name(), groups, groupKeys, rows, sorted, from, to, AltText.of(partial));
  }

  // ---- the rows as a table ----

  private TableChartModel table() {
    List<String> headers = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    List<Integer> qualifiers = new ArrayList<>();
    List<TableChartModel.Column> columns = new ArrayList<>();
    for (int c = 0; c < spec.columns().size(); c++) {
      Channel ch = spec.columns().get(c);
      int i = field(ch, "columns[" + c + "]", FieldType.values());
      int q = ch.qualifier() == null ? -1 : field(channelOf(ch.qualifier()), "columns[" + c + "].qualifier",
          FieldType.STRING);
      if (i < 0 || q == -2) {
        continue;
      }
      Field f = data.fields().get(i);
      headers.add(ch.label() != null ? ch.label() : f.name());
      numeric.add(f.type() == FieldType.INTEGER || f.type() == FieldType.NUMBER);
      indexes.add(i);
      qualifiers.add(q);
      columns.add(new TableChartModel.Column(f.name(), q < 0 ? null : data.fields().get(q).name()));
    }
    if (spec.columns().isEmpty()) {
      diagnostics.add(spec.error(Message.SPEC_MISSING_KEY, "columns",
          "list the fields to show: columns: [visitor, {field: year, label: Year}]", Message.quote("columns")));
    }
    List<List<String>> cells = new ArrayList<>();
    for (Row row : data.rows()) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < indexes.size(); c++) {
        line.add(cell(row, indexes.get(c), qualifiers.get(c), spec.columns().get(c).format()));
      }
      cells.add(List.copyOf(line));
    }
    TableChartModel partial = new TableChartModel(frame, data.name(), List.copyOf(headers), List.copyOf(numeric),
        List.copyOf(cells), derived.sources(), "", List.copyOf(columns));
    return new TableChartModel(frame, data.name(), List.copyOf(headers), List.copyOf(numeric), List.copyOf(cells),
        derived.sources(), AltText.of(partial), partial.columns());
  }

  /** A cell as readers see it: years plain, counts grouped (3,789), the qualifier kept, missing empty. */
  private String cell(Row row, int index, int qualifier, String format) {
    Object v = row.get(index);
    if (v == null) {
      return "";
    }
    FieldType type = data.fields().get(index).type();
    if (type == FieldType.INTEGER || type == FieldType.NUMBER) {
      String q = qualifier < 0 ? null : (String) row.get(qualifier);
      return NumberStyle.withQualifier(((Number) v).doubleValue(),
          format != null ? format : NumberStyle.asWritten(((Number) v).doubleValue()), q, frame.locale());
    }
    return text(v);
  }

  // ---- shared ----

  /**
   * The value channel bound: its field, qualifier field, number format and axis label.
   *
   * @param qualifier index of the qualifier field, or -1
   */
  /**
   * Whether every row with a figure has what places it (its x, series, name or panel), said at each
   * empty cell where not: such a figure was left out of the chart without a word.
   *
   * @param keys the columns that place a figure; one below zero is none
   */
  private boolean placed(Values v, String need, int... keys) {
    boolean placed = true;
    for (int r = 0; r < data.rows().size(); r++) {
      for (int k : keys) {
        if (k >= 0 && data.missing(r, k) && !data.missing(r, v.index())) {
          diagnostics.add(Binder.required(data, data.rows().get(r).line(), k, need));
          placed = false;
          break;
        }
      }
    }
    return placed;
  }

  private record Values(int index, int qualifier, String format, String label) {}

  private Values values(Channel ch, String key) {
    int i = field(ch, key, FieldType.INTEGER, FieldType.NUMBER);
    int q = ch != null && ch.qualifier() != null
        ? field(channelOf(ch.qualifier()), key + ".qualifier", FieldType.STRING) : -1;
    if (i < 0 || q == -2) {
      return null;
    }
    String label = ch.label() != null ? ch.label() : data.fields().get(i).name();
    return new Values(i, q, ch.format() != null ? ch.format()
        : NumberStyle.forValues(data.rows().size(), r -> data.number(r, i)), label);
  }

  /** The fields of a chart with categories across and series by colour, and its steps. */
  private Encoding encoding() {
    return new Encoding(spec.x().field(), spec.y().field(), spec.color() == null ? null : spec.color().field(),
        spec.transforms());
  }

  /** The fields of a chart with one value per category, down the page; a template names the categories. */
  private Encoding rankedEncoding() {
    return new Encoding(spec.label() == null ? spec.y().field() : null, spec.x().field(), null, spec.transforms());
  }

  /** The values of the given rows, in that order; -1 for a category without a row. */
  private List<Datum> points(int[] rows, Values v) {
    return new Points(derived, rows, v.index(), v.qualifier(), v.format(), frame.locale());
  }

  /**
   * Categories across: every year (or decade) of the domain for a year or integer field, so a
   * year without a row keeps its slot; the field's values in order for text.
   */
  private List<Category> slots(Channel ch, String key) {
    int i = field(ch, key, FieldType.YEAR, FieldType.INTEGER, FieldType.STRING);
    if (i < 0) {
      return null;
    }
    if (data.fields().get(i).type() == FieldType.STRING) {
      return categories(i, ch).stream().map(k -> new Category(k, ch.nameOf(k))).toList();
    }
    return kept(timeSlots(ch, key), ch);
  }

  /** The slots but those of the years the spec's filter left out ({@link #leftOut}). */
  private List<Category> kept(List<Category> slots, Channel ch) {
    Set<String> leftOut = leftOut(ch);
    return slots == null || leftOut.isEmpty() ? slots : slots.stream().filter(c -> !leftOut.contains(c.key())).toList();
  }

  /**
   * The years (or numbers) a filter of the spec on the field left out: the curated data has rows at
   * them, the chart none. They are not gaps, which say the source has no figure: a line passes
   * over them; columns, areas and panels leave their slots out. Picking 1985, 1988 and 1990 drew
   * "no figure" at the years between, and a line of three dots.
   */
  private Set<String> leftOut(Channel ch) {
    boolean filtered = spec.transforms().stream()
        .anyMatch(t -> t instanceof Transform.Filter f && f.field().equals(ch.field()));
    int from = source.indexOf(ch.field());
    int to = data.indexOf(ch.field());
    // Decades are counted from the years: a decade's slot is not one of the source's values.
    if (!filtered || from < 0 || to < 0 || derived.step(ch.field()) != 1) {
      return Set.of();
    }
    Set<Long> kept = new HashSet<>();
    for (int r = 0; r < data.rows().size(); r++) {
      if (data.isNumber(r, to)) {
        kept.add(data.longValue(r, to));
      }
    }
    Set<String> out = new TreeSet<>();
    for (int r = 0; r < source.rows().size(); r++) {
      if (source.isNumber(r, from) && !kept.contains(source.longValue(r, from))) {
        out.add(Long.toString(source.longValue(r, from)));
      }
    }
    return Set.copyOf(out);
  }

  /** The values the data has, in order: a slope compares two of them, whatever lies between. */
  private List<Category> distinct(Channel ch, String key) {
    int i = field(ch, key, FieldType.YEAR, FieldType.INTEGER, FieldType.STRING);
    if (i < 0) {
      return null;
    }
    List<String> keys = new ArrayList<>(categories(i, ch));
    if (data.fields().get(i).type() != FieldType.STRING) {
      keys.sort(Comparator.comparingDouble(Double::parseDouble));
    }
    int step = derived.step(ch.field());
    return keys.stream().map(k -> new Category(k, step == 10 ? k + "s" : ch.nameOf(k))).toList();
  }

  /**
   * Every year, or every decade of a binned field, from the domain's first to its last; every
   * fifth (or tenth...) year where the data's years keep that step ({@link Slots#stepOf}).
   */
  private List<Category> timeSlots(Channel ch, String key) {
    int i = field(ch, key, FieldType.YEAR, FieldType.INTEGER);
    if (i < 0) {
      return null;
    }
    boolean decades = derived.step(ch.field()) == 10;
    int step = decades ? 10
        : Slots.stepOf(data.rows().size(), r -> data.isNumber(r, i), r -> data.longValue(r, i));
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (int r = 0; r < data.rows().size(); r++) {
      if (data.isNumber(r, i)) {
        from = Math.min(from, data.longValue(r, i));
        to = Math.max(to, data.longValue(r, i));
      }
    }
    if (ch.domain() != null) {
      double[] d = ch.domain();
      List<String> outside = new ArrayList<>();
      for (int r = 0; r < data.rows().size(); r++) {
        if (data.value(r, i) instanceof Number n && (n.longValue() < d[0] || n.longValue() > d[1])) {
          outside.add(data.path() + ":" + data.rows().get(r).line() + " (" + n + ")");
        }
      }
      if (!outside.isEmpty()) {
        leavesOut(key + ".domain", text(d[0]), text(d[1]), outside);
      }
      // A decade from the domain's; any other step keeps the data's years, from the first of them in it.
      from = decades || from > to ? Math.floorDiv((long) d[0], step) * step
          : (long) d[0] + Math.floorMod(from - (long) d[0], step);
      to = (long) d[1];
    }
    // A span that overflows a long is negative: too many slots all the same.
    long span = to - from;
    if (to > from && (span < 0 || span / step >= SheetLimits.DATA_ROWS)) {
      diagnostics.add(spec.error(Message.TOO_MANY_SLOTS, key,
          "leave rows out with a filter transform, or count them per decade with a bin transform",
          key, Message.quote(data.name()), from, to, SheetLimits.DATA_ROWS));
      return null;
    }
    return new Slots(from, to, step, decades, ch);
  }

  private void leavesOut(String key, String from, String to, List<String> rows) {
    List<String> shown = rows.subList(0, Math.min(4, rows.size()));
    diagnostics.add(spec.error(Message.DOMAIN_LEAVES_OUT, key,
        "widen the domain, or leave the rows out explicitly with a filter transform, saying why in a note",
        key, from, to, rows.size(), rows.size() == 1 ? "row" : "rows",
        Message.quote(data.name()), String.join(", ", shown) + (rows.size() > 4 ? ", ..." : "")));
  }

  /** The smallest and largest value of the axis: zero always in it, headroom above the largest. */
  private static double[] extent(List<DataSeries> series, Channel ch) {
    return extent(series, ch, AxisScale.HEADROOM);
  }

  /** As {@link #extent(List, Channel)}, with the extremes times {@code headroom} before rounding. */
  private static double[] extent(List<DataSeries> series, Channel ch, double headroom) {
    double lowest = 0;
    double highest = 0;
    for (DataSeries s : series) {
      for (int c = 0; c < s.values().size(); c++) {
        double v = s.figure(c);
        if (!Double.isNaN(v)) {
          lowest = Math.min(lowest, v);
          highest = Math.max(highest, v);
        }
      }
    }
    double span = highest - lowest;
    return widened(lowest < 0 ? -AxisScale.beyond(-lowest, span, headroom) : 0,
        highest <= 0 ? 1 : AxisScale.beyond(highest, span, headroom), ch);
  }

  /**
   * An axis from {@code min} to {@code max}, widened to take in the value channel's domain: on
   * these kinds a domain is the least the axis shows, so no value ever falls off it. Every chart
   * of a split spec with shared scales gets the same domain this way.
   */
  private static double[] widened(double min, double max, Channel ch) {
    double[] d = ch == null ? null : ch.domain();
    return d == null ? new double[] {min, max} : new double[] {Math.min(min, d[0]), Math.max(max, d[1])};
  }

  private static double top(double highest) {
    return highest <= 0 ? 1 : AxisScale.niceCeiling(highest * AxisScale.HEADROOM);
  }

  private static double stackedMax(List<DataSeries> series, int categories) {
    double max = 0;
    for (int c = 0; c < categories; c++) {
      max = Math.max(max, Stacks.total(series, c));
    }
    return max;
  }

  /**
   * The categories of a column: the declared order first, then the rest in order of appearance in
   * the dataset as written, so that a filter does not reorder them (and recolour a story's series:
   * Europe's first figure filtered out, it took Africa's colour), then any a step made.
   */
  private List<String> categories(int index, Channel ch) {
    List<String> keys = new ArrayList<>(ch.order());
    Set<String> unplaced = new HashSet<>();
    for (Row row : data.rows()) {
      if (row.get(index) != null) {
        unplaced.add(text(row.get(index)));
      }
    }
    ch.order().forEach(unplaced::remove);
    int written = source.indexOf(ch.field());
    for (int r = 0; written >= 0 && !unplaced.isEmpty() && r < source.rows().size(); r++) {
      Object v = source.value(r, written);
      if (v != null && unplaced.remove(text(v))) {
        keys.add(text(v));
      }
    }
    for (Row row : data.rows()) {
      String v = text(row.get(index));
      if (row.get(index) != null && !keys.contains(v)) {
        keys.add(v);
      }
    }
    return List.copyOf(keys);
  }

  private void duplicate(String where, int first, int second) {
    diagnostics.add(Message.DUPLICATE_VALUE.error(data.path(), data.rows().get(second).line(), 0,
        "aggregate the rows first, e.g. transform: [{aggregate: sum, field: ..., groupby: [...], as: ...}]",
        Message.quote(where), data.rows().get(first).line(), data.rows().get(second).line()));
  }

  private String template(Row row, String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = field(channelOf(m.group(1)), "label", FieldType.values());
      Object v = i < 0 ? null : row.get(i);
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : text(v)));
    }
    m.appendTail(sb);
    return sb.toString().strip();
  }

  private static Channel channelOf(String field) {
    return new Channel(field, null, null, null, null, null, List.of(), Map.of());
  }

  /** A value as text: a year 1973 stays "1973", never "1,973" or "1973.0". */
  private static String text(Object v) {
    if (v instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return v == null ? "" : v.toString();
  }

  private static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : 0;
  }

  /**
   * Index of a channel's field, checking it exists and has one of the accepted types; -1 when
   * the channel or its field is missing or wrong (reported), -2 when an optional channel is wrong.
   */
  private int field(Channel channel, String key, FieldType... accepted) {
    return FieldLookup.index(data, channel, key, spec, diagnostics, accepted);
  }
}
