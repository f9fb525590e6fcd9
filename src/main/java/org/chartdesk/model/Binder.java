package org.chartdesk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.Channel;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.spec.Marks;
import org.chartdesk.spec.Transform;
import org.chartdesk.transform.Derived;
import org.chartdesk.transform.Transforms;

/** Binds a spec to the story's data: fields exist, types fit, domains, labels and alt text. */
public final class Binder {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  private final Story story;
  private final ChartSpec spec;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final ProjectSettings project;
  private final ProjectSettings override;
  /** The split spec the chart is one of, or null. */
  private final String splitOf;
  /** The palette colour the split gives the chart's value, or null. */
  private final Integer colour;

  private Binder(Story story, ChartSpec spec, ProjectSettings project, ProjectSettings override, String splitOf,
      Integer colour) {
    this.story = story;
    this.spec = spec;
    this.project = project;
    this.override = override;
    this.splitOf = splitOf;
    this.colour = colour;
  }

  public static ChartModel bind(Story story, ChartSpec spec) throws InputException {
    return bind(story, spec, ProjectSettings.NONE, ProjectSettings.NONE);
  }

  /**
   * Binds with the house settings: the command line's override the spec's, which override the
   * project's {@code chartdesk.yaml}.
   */
  public static ChartModel bind(Story story, ChartSpec spec, ProjectSettings project, ProjectSettings override)
      throws InputException {
    return new Binder(story, spec, project, override, null, null).bind();
  }

  /**
   * Binds one of the charts of the split spec {@code splitOf}.
   *
   * @param colour the palette colour its value is drawn in, or null
   */
  static ChartModel bind(Story story, ChartSpec spec, ProjectSettings project, ProjectSettings override,
      String splitOf, Integer colour) throws InputException {
    return new Binder(story, spec, project, override, splitOf, colour).bind();
  }

  /**
   * The most columns, bars or dots a chart of categories draws (a column chart's one a year: a
   * century and a half is 150): beyond them no page shows them, and drawing them took minutes.
   */
  static final int MAX_CATEGORIES = 1000;

  /**
   * The dataset's own columns the spec gives a qualifier column, each to it: where both are the
   * dataset's (not made by a transform step), a number and a text, its tables can show them together.
   */
  static Map<String, String> qualified(ChartSpec spec, Dataset data) {
    List<Channel> channels = new ArrayList<>(spec.columns());
    java.util.stream.Stream.of(spec.x(), spec.y(), spec.lane(), spec.row(), spec.group(), spec.start(), spec.end(),
        spec.color(), spec.facet()).filter(java.util.Objects::nonNull).forEach(channels::add);
    Map<String, String> qualified = new java.util.TreeMap<>();
    for (Channel c : channels) {
      Field value = c.field() == null ? null : data.field(c.field()).orElse(null);
      Field words = c.qualifier() == null ? null : data.field(c.qualifier()).orElse(null);
      if (value != null && words != null && value.type().isNumeric() && words.type() == FieldType.STRING) {
        qualified.putIfAbsent(value.name(), words.name());
      }
    }
    return Map.copyOf(qualified);
  }

  private ChartModel bind() throws InputException {
    Dataset data = dataset(spec.data(), "data");
    if (data == null) {
      throw new InputException(diagnostics);
    }
    AnnotationBinder annotations = new AnnotationBinder(spec, story, diagnostics);
    NewsLocale locale = NewsLocale.named(
        ProjectSettings.first(override.locale(), spec.locale(), project.locale(), NewsLocale.DEFAULT));
    String byline = ProjectSettings.first(override.byline(), spec.byline(), project.byline());
    Frame frame = new Frame(spec.id(), spec.title(), spec.subtitle(), spec.notes(),
        locale.source() + ": " + spec.source() + (byline == null ? "" : " · " + byline), spec.width(), spec.height(),
        ProjectSettings.first(override.theme(), spec.theme(), project.theme(), "house"), spec.sizes(),
        List.copyOf(annotations.marks), List.copyOf(annotations.callouts), List.copyOf(annotations.highlights),
        locale, project.logo() == null ? null : java.nio.file.Path.of(project.logo()), splitOf,
        colour == null ? ChannelChecks.colours(spec) : Map.of(Frame.ONE_COLOUR, colour), spec.places(),
        qualified(spec, data));
    ChannelChecks.namedValuesKnown(spec, data, diagnostics);
    if (!ChannelChecks.formatsThatFormat(spec, diagnostics)) {
      throw new InputException(diagnostics);
    }
    // Every kind reads the rows after the spec's transform steps; a split's filter is the first.
    Derived derived = Transforms.apply(data, spec.transforms(), spec);
    ChartModel model = switch (spec.kind()) {
      case COLUMN -> column(frame, data, rowsKept(derived));
      case TIMELINE -> timeline(frame, data, derived);
      case RANGE -> range(frame, data);
      default -> new KindBinder(spec, frame, data, derived, diagnostics).bind();
    };
    if (model != null) {
      annotations.check(model);
      ChannelChecks.coloursEnough(spec, model, diagnostics);
    }
    if (!diagnostics.isEmpty()) {
      // A label's misspelt placeholder is found at every row: said once.
      throw new InputException(diagnostics.stream().distinct().toList());
    }
    return model;
  }

  /**
   * The dataset rows a column chart or timeline reads: those its filter steps (a split's among
   * them) keep. These kinds take no other step, so every row kept is a row as the dataset gives it.
   */
  private static List<Integer> rowsKept(Derived derived) {
    return derived.sources().stream().map(s -> s.get(0)).toList();
  }

  private ColumnChartModel column(Frame frame, Dataset data, List<Integer> kept) {
    int xi = field(data, spec.x(), "x", FieldType.YEAR, FieldType.INTEGER);
    int yi = field(data, spec.y(), "y", FieldType.INTEGER, FieldType.NUMBER);
    int qi = spec.y() != null && spec.y().qualifier() != null
        ? field(data, new Channel(spec.y().qualifier(), null, null, null, null, null, List.of(), Map.of()),
            "y.qualifier", FieldType.STRING)
        : -1;
    if (xi < 0 || yi < 0) {
      return null;
    }
    Map<Integer, Integer> rowOfYear = new LinkedHashMap<>();
    for (int r : kept) {
      Row row = data.rows().get(r);
      Object year = row.get(xi);
      if (year != null) {
        Integer before = rowOfYear.put(((Long) year).intValue(), r);
        if (before != null) {
          // The second of two figures for a year took the first's place without a word.
          diagnostics.add(Message.DUPLICATE_VALUE.error(data.path(), row.line(), xi + 1,
              "a column chart draws one figure a year: keep one row for it, or draw the rows as a line or "
                  + "grouped-column chart, whose transform can aggregate them",
              Message.quote(year.toString()), data.rows().get(before).line(), row.line()));
        }
      } else if (row.get(yi) != null) {
        // A figure without its year was left out of the chart without a word.
        required(data, row, xi, "a column chart stands each figure at its year");
      }
    }
    int from = rowOfYear.keySet().stream().min(Integer::compare).orElse(0);
    int to = rowOfYear.keySet().stream().max(Integer::compare).orElse(0);
    // A column a year, or a fifth year where the figures are five-yearly.
    List<Integer> present = List.copyOf(rowOfYear.keySet());
    int step = Slots.stepOf(present.size(), i -> true, present::get);
    if (spec.x().domain() != null) {
      int first = (int) spec.x().domain()[0];
      from = present.isEmpty() ? first : first + Math.floorMod(from - first, step);
      to = (int) spec.x().domain()[1];
    }
    // A domain typed with a digit too many would be tens of thousands of columns.
    if (((long) to - from) / step + 1 > MAX_CATEGORIES) {
      diagnostics.add(spec.error(Message.TOO_MANY_COLUMNS_OF_YEARS, spec.x().domain() != null ? "x.domain" : "x",
          "narrow x.domain to the years the story covers, or draw them as a line", from, to,
          ((long) to - from) / step + 1, MAX_CATEGORIES));
      return null;
    }
    if (filterLeavesHoles(from, to, step)) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    List<ColumnChartModel.Bar> bars = new ArrayList<>();
    String format = spec.y().format() != null ? spec.y().format()
        : NumberStyle.forValues(kept.size(), i -> data.number(kept.get(i), yi));
    for (int year = from; year <= to; year += step) {
      years.add(year);
      Integer r = rowOfYear.get(year);
      Row row = r == null ? null : data.rows().get(r);
      Object v = row == null ? null : row.get(yi);
      if (v == null) {
        bars.add(new ColumnChartModel.Bar(year, null, null, null, -1));
      } else {
        double value = ((Number) v).doubleValue();
        String qualifier = qi < 0 ? null : (String) row.get(qi);
        bars.add(new ColumnChartModel.Bar(year, value, qualifier,
            NumberStyle.withQualifier(value, format, qualifier, frame.locale()), r));
      }
    }
    String yLabel = spec.y().label() != null ? spec.y().label() : data.fields().get(yi).name();
    double tallest = bars.stream().filter(b -> !b.missing()).mapToDouble(ColumnChartModel.Bar::value).max().orElse(0);
    double lowest = bars.stream().filter(b -> !b.missing()).mapToDouble(ColumnChartModel.Bar::value).min().orElse(0);
    double span = Math.max(tallest, 0) - Math.min(lowest, 0);
    // Zero always, headroom beyond the extremes keeps labels inside the plot; a domain the spec
    // sets is taken as written and judged by the lint (a column axis must include zero).
    double[] domain = spec.y().domain() != null ? spec.y().domain()
        : new double[] {lowest < 0 ? -AxisScale.beyond(-lowest, span, AxisScale.HEADROOM) : 0,
            tallest > 0 ? AxisScale.beyond(tallest, span, AxisScale.HEADROOM) : 0};
    List<Integer> outside = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : rowOfYear.entrySet()) {
      if ((e.getKey() < from || e.getKey() > to) && data.rows().get(e.getValue()).get(yi) != null) {
        outside.add(e.getValue());
      }
    }
    ColumnChartModel partial = new ColumnChartModel(frame, data.name(), spec.x().field(),
        spec.y().field(), yLabel, format, List.copyOf(years), List.copyOf(bars), domain[0], domain[1], "",
        List.copyOf(outside));
    return new ColumnChartModel(frame, data.name(), spec.x().field(), spec.y().field(), yLabel,
        format, List.copyOf(years), List.copyOf(bars), domain[0], domain[1], AltText.of(partial), partial.outside());
  }

  /**
   * True (after reporting) when a filter on the year keeps years apart, {@code oneOf: [1970,
   * 1971, 1990]}: a column chart has a slot for every year between, and the years the filter left
   * out would read as years the source gives no figure for.
   */
  private boolean filterLeavesHoles(int from, int to, int step) {
    for (Transform t : spec.transforms()) {
      if (t instanceof Transform.Filter f && f.oneOf() != null && f.field().equals(spec.x().field())) {
        List<String> left = new ArrayList<>();
        for (int year = from; year <= to; year += step) {
          if (!f.oneOf().contains(Integer.toString(year))) {
            left.add(Integer.toString(year));
          }
        }
        if (!left.isEmpty()) {
          diagnostics.add(spec.error(Message.FILTER_LEAVES_HOLES, t.path() + ".filter.oneOf",
              "keep a run of years with range: [" + from + ", " + to + "], or compare the years you keep as a slope "
                  + "or grouped-column chart",
              String.join(", ", f.oneOf()), from, to, String.join(", ", left.subList(0, Math.min(4, left.size()))) + (left.size() > 4 ? ", ..." : "")));
          return true;
        }
      }
    }
    return false;
  }

  private TimelineChartModel timeline(Frame frame, Dataset data, Derived derived) {
    int xi = field(data, spec.x(), "x", FieldType.YEAR, FieldType.INTEGER);
    int pi = periodField(data, spec.x(), "x.period");
    int li = field(data, spec.lane(), "lane", FieldType.STRING);
    if (xi < 0 || li < 0) {
      return null;
    }
    // The lanes of the rows kept (a split chart shows its own), in the order the dataset gives them.
    List<String> laneKeys = categories(data, li, spec.lane()).stream()
        .filter(categories(derived.data(), li, spec.lane())::contains).toList();
    List<TimelineChartModel.Lane> lanes =
        laneKeys.stream().map(k -> new TimelineChartModel.Lane(k, spec.lane().nameOf(k))).toList();
    List<TimelineChartModel.Event> events = new ArrayList<>();
    for (int r : rowsKept(derived)) {
      Row row = data.rows().get(r);
      // An event stands at its year in its lane: without one it cannot be placed (it was an
      // internal error).
      int missing = row.get(xi) == null ? xi : row.get(li) == null ? li : -1;
      if (missing >= 0) {
        required(data, row, missing, "a timeline places each event at its year in its lane");
        continue;
      }
      FuzzyDate date = date(row, xi, pi);
      String label = template(data, row, spec.label());
      events.add(new TimelineChartModel.Event(laneKeys.indexOf((String) row.get(li)), date, label, r));
    }
    events.sort((a, b) -> a.date().compareTo(b.date()));
    double from = events.stream().mapToDouble(e -> e.date().start()).min().orElse(0);
    double to = events.stream().mapToDouble(e -> e.date().end()).max().orElse(1);
    if (spec.x().domain() != null) {
      from = spec.x().domain()[0];
      to = spec.x().domain()[1];
    }
    boolean vertical = "vertical".equals(spec.orientation());
    TimelineChartModel partial = new TimelineChartModel(frame, data.name(), lanes,
        List.copyOf(events), from, to, vertical, "");
    return new TimelineChartModel(frame, data.name(), lanes, List.copyOf(events), from, to,
        vertical, AltText.of(partial));
  }

  private RangeChartModel range(Frame frame, Dataset data) {
    int ri = field(data, spec.row(), "row", FieldType.STRING);
    int gi = field(data, spec.group(), "group", FieldType.STRING);
    int si = field(data, spec.start(), "start", FieldType.YEAR, FieldType.INTEGER);
    int ei = field(data, spec.end(), "end", FieldType.YEAR, FieldType.INTEGER);
    if (ri < 0 || gi < 0 || si < 0 || ei < 0) {
      return null;
    }
    List<String> groupKeys = categories(data, gi, spec.group());
    List<RangeChartModel.Row> rows = new ArrayList<>();
    List<String> rowNames = new ArrayList<>();
    List<RangeChartModel.Span> spans = new ArrayList<>();
    for (int r = 0; r < data.rows().size(); r++) {
      Row row = data.rows().get(r);
      // A bar runs from its start to its end under its row's name in its group: without one of
      // them it cannot be drawn from what the data says (an end left out was an internal error).
      int missing = row.get(ri) == null ? ri : row.get(gi) == null ? gi : row.get(si) == null ? si
          : row.get(ei) == null ? ei : -1;
      if (missing >= 0) {
        required(data, row, missing, "a range chart draws a bar for each row from its start to its end, under its "
            + "name and group");
        continue;
      }
      String name = (String) row.get(ri);
      if (!rowNames.contains(name)) {
        rowNames.add(name);
        rows.add(new RangeChartModel.Row(name, groupKeys.indexOf((String) row.get(gi)), true));
      }
      spans.add(new RangeChartModel.Span(rowNames.indexOf(name), ((Long) row.get(si)).intValue(),
          ((Long) row.get(ei)).intValue(), r));
    }
    List<RangeChartModel.Mark> marks = new ArrayList<>();
    Marks m = spec.marks();
    if (m != null) {
      Dataset md = dataset(m.data(), "marks.data");
      if (md != null) {
        int mi = field(md, channelOf(m.match()), "marks.match", FieldType.STRING);
        int mg = m.group() == null ? -1 : field(md, channelOf(m.group()), "marks.group", FieldType.STRING);
        int mx = field(md, m.x(), "marks.x", FieldType.YEAR, FieldType.INTEGER);
        int mp = periodField(md, m.x(), "marks.x.period");
        if (mi >= 0 && mx >= 0) {
          for (int r = 0; r < md.rows().size(); r++) {
            Row row = md.rows().get(r);
            if (row.get(mi) == null || row.get(mx) == null) {
              required(md, row, row.get(mi) == null ? mi : mx,
                  "a mark stands at its year on its row, named by marks.match");
              continue;
            }
            String name = (String) row.get(mi);
            if (!rowNames.contains(name)) {
              int group = mg < 0 ? -1 : groupKeys.indexOf((String) row.get(mg));
              if (group < 0) {
                continue;
              }
              rowNames.add(name);
              rows.add(new RangeChartModel.Row(name, group, false));
            }
            marks.add(new RangeChartModel.Mark(rowNames.indexOf(name), date(row, mx, mp),
                template(md, row, m.label()), r));
          }
        }
      }
    }
    // Rows grouped in the declared group order, then by when they first appear in time.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = Integer.compare(rows.get(a).group(), rows.get(b).group());
      return c != 0 ? c : Double.compare(firstTime(a, spans, marks), firstTime(b, spans, marks));
    });
    List<RangeChartModel.Row> sortedRows = order.stream().map(rows::get).toList();
    List<RangeChartModel.Span> sortedSpans = spans.stream()
        .map(s -> new RangeChartModel.Span(order.indexOf(s.row()), s.start(), s.end(), s.sourceRow()))
        .toList();
    List<RangeChartModel.Mark> sortedMarks = marks.stream()
        .map(k -> new RangeChartModel.Mark(order.indexOf(k.row()), k.date(), k.label(), k.sourceRow()))
        .toList();
    List<RangeChartModel.Group> groups =
        groupKeys.stream().map(k -> new RangeChartModel.Group(k, spec.group().nameOf(k))).toList();
    double from = spec.x() != null && spec.x().domain() != null ? spec.x().domain()[0]
        : spans.stream().mapToInt(RangeChartModel.Span::start).min().orElse(0);
    double to = spec.x() != null && spec.x().domain() != null ? spec.x().domain()[1]
        : spans.stream().mapToInt(RangeChartModel.Span::end).max().orElse(1);
    String legend = m == null ? null : m.legend();
    RangeChartModel partial = new RangeChartModel(frame, data.name(), groups, sortedRows,
        sortedSpans, sortedMarks, legend, from, to, "");
    return new RangeChartModel(frame, data.name(), groups, sortedRows, sortedSpans, sortedMarks,
        legend, from, to, AltText.of(partial));
  }

  private static double firstTime(int row, List<RangeChartModel.Span> spans, List<RangeChartModel.Mark> marks) {
    double t = Double.MAX_VALUE;
    for (RangeChartModel.Span s : spans) {
      if (s.row() == row) {
        t = Math.min(t, s.start());
      }
    }
    for (RangeChartModel.Mark k : marks) {
      if (k.row() == row) {
        t = Math.min(t, k.date().start());
      }
    }
    return t;
  }

  private static Channel channelOf(String field) {
    return field == null ? null : new Channel(field, null, null, null, null, null, List.of(), Map.of());
  }

  /** Says that a row lacks a value the chart needs to draw it, at its cell. */
  private void required(Dataset data, Row row, int column, String need) {
    diagnostics.add(required(data, row.line(), column, need));
  }

  /** An error at a cell whose value the chart needs: {@code need} says what for. */
  static Diagnostic required(Dataset data, int line, int column, String need) {
    return Message.REQUIRED_VALUE.error(data.path(), line, column + 1,
        need + ": give it, or leave the row out of the dataset", Message.quote(data.fields().get(column).name()));
  }

  private FuzzyDate date(Row row, int yearIndex, int periodIndex) {
    int year = ((Long) row.get(yearIndex)).intValue();
    String period = periodIndex < 0 ? null : (String) row.get(periodIndex);
    return new FuzzyDate(year, period);
  }

  /** The categories of a column: the declared order first, then the rest in order of appearance. */
  private List<String> categories(Dataset data, int index, Channel channel) {
    List<String> keys = new ArrayList<>(channel.order());
    for (Row row : data.rows()) {
      String v = (String) row.get(index);
      if (v != null && !keys.contains(v)) {
        keys.add(v);
      }
    }
    return List.copyOf(keys);
  }

  private String template(Dataset data, Row row, String template) {
    if (template == null) {
      return "";
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int i = field(data, channelOf(m.group(1)), "label", FieldType.values());
      Object v = i < 0 ? null : row.get(i);
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v.toString()));
    }
    m.appendTail(sb);
    return sb.toString().strip();
  }

  private Dataset dataset(String name, String key) {
    var d = story.dataset(name);
    if (d.isEmpty()) {
      String best = DidYouMean.closest(name, story.datasetNames());
      diagnostics.add(spec.error(Message.UNKNOWN_DATASET, key,
          "datasets: " + String.join(", ", story.datasetNames())
              + (best == null ? "" : "\ndid you mean " + Message.quote(best) + "?"),
          Message.quote(name)));
      return null;
    }
    return d.get();
  }

  private int periodField(Dataset data, Channel channel, String key) {
    if (channel == null || channel.period() == null) {
      return -1;
    }
    int i = field(data, channelOf(channel.period()), key, FieldType.STRING);
    if (i >= 0) {
      for (Row row : data.rows()) {
        String p = (String) row.get(i);
        if (!FuzzyDate.isPeriod(p)) {
          diagnostics.add(Message.BAD_VALUE.error(data.path(), row.line(), i + 1,
              "periods: " + String.join(", ", FuzzyDate.PERIODS), Message.quote(channel.period()),
              Message.quote(p), "a month, season or part of a year"));
        }
      }
    }
    return i;
  }

  /** Index of a channel's field, checking it exists and has one of the accepted types; -1 on error. */
  private int field(Dataset data, Channel channel, String key, FieldType... accepted) {
    return Math.max(FieldLookup.index(data, channel, key, spec, diagnostics, accepted), -1);
  }
}
