package org.chartdesk.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.Channel;
import org.chartdesk.spec.ChartKind;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.Split;
import org.chartdesk.spec.Transform;

/**
 * Binds a spec to its charts: its one chart, or, with {@code split_by}, one chart per value of the
 * field, each drawn from that value's rows with the spec's style, its words filled in for the
 * value, and with {@code scales: shared} the same value axis as the others.
 */
public final class SplitBinder {
  /**
   * A chart bound from a spec.
   *
   * @param rows for a chart of a split spec, a digest of the rows it is drawn from and of its shared
   *     scale, so that a build redraws only the charts whose rows changed; null for a spec's only
   *     chart, which is drawn from the whole dataset
   */
  public record Bound(ChartModel model, String rows) {}

  private final Story story;
  private final ChartSpec spec;
  private final Split split;
  private final ProjectSettings project;
  private final ProjectSettings override;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** The palette colour of each chart its value is given one, by chart id (null for none). */
  private final Map<String, Integer> colours = new java.util.HashMap<>();

  private SplitBinder(Story story, ChartSpec spec, ProjectSettings project, ProjectSettings override) {
    this.story = story;
    this.spec = spec;
    this.split = spec.split();
    this.project = project;
    this.override = override;
  }

  /** The spec's charts, in the order of their ids. */
  public static List<Bound> bind(Story story, ChartSpec spec, ProjectSettings project, ProjectSettings override)
      throws InputException {
    return new SplitBinder(story, spec, project, override).bind();
  }

  private List<Bound> bind() throws InputException {
    words();
    Dataset data = story.dataset(spec.data()).orElse(null);
    if (split == null || data == null) {
      // One chart; without its dataset, binding reports what is missing.
      ChartModel model = null;
      try {
        model = Binder.bind(story, spec, project, override);
      } catch (InputException e) {
        diagnostics.addAll(e.diagnostics());
      }
      throwIfAny();
      return List.of(new Bound(model, null));
    }
    Map<String, List<Row>> rowsByValue = groups(data);
    coloursKnown(rowsByValue.keySet());
    throwIfAny();
    Map<String, ChartSpec> specs = new TreeMap<>();
    rowsByValue.keySet().forEach(v -> {
      String id = Split.chartId(spec.id(), v);
      specs.put(id, forValue(v, spec.x(), spec.y()));
      colours.put(id, split.colors().get(v));
    });
    Map<String, ChartModel> models = bindEach(specs);
    String scale = "";
    if (split.shared()) {
      double[] shared = sharedRange(models.values());
      scale = Arrays.toString(shared);
      Map<String, ChartSpec> rescaled = new TreeMap<>();
      specs.forEach((id, s) -> {
        if (!Arrays.equals(valueRange(models.get(id)), shared)) {
          rescaled.put(id, withValueDomain(s, shared));
        }
      });
      models.putAll(bindEach(rescaled));
      // Rows' names in one column as wide in every chart: the same value is as long in each.
      List<String> names = rowNames(models.values());
      if (!names.isEmpty()) {
        models.replaceAll((id, m) -> m instanceof BarChartModel b ? b.withNameColumn(names)
            : m instanceof DotChartModel d ? d.withNameColumn(names) : m);
        scale += names;
      }
    }
    List<Bound> out = new ArrayList<>();
    for (var e : rowsByValue.entrySet()) {
      String id = Split.chartId(spec.id(), e.getKey());
      out.add(new Bound(models.get(id), digest(e.getKey(), e.getValue(), scale)));
    }
    out.sort(java.util.Comparator.comparing(b -> b.model().frame().id()));
    return List.copyOf(out);
  }

  /** The rows of each value, in order of appearance; every row must have a value, and every value its own id. */
  private Map<String, List<Row>> groups(Dataset data) {
    Channel field = new Channel(split.field(), null, null, null, null, null, List.of(), Map.of());
    int fi = FieldLookup.index(data, field, "split_by", spec, diagnostics, FieldType.STRING,
        FieldType.YEAR, FieldType.INTEGER);
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    if (fi < 0) {
      return rows;
    }
    Map<String, String> valueOfId = new TreeMap<>();
    for (Row row : data.rows()) {
      Object v = row.get(fi);
      if (v == null) {
        diagnostics.add(Message.REQUIRED_VALUE.error(data.path(), row.line(), fi + 1,
            "split_by puts every row in the chart of its value; give this row one", Message.quote(split.field())));
        continue;
      }
      String value = String.valueOf(v);
      String id = Split.chartId(spec.id(), value);
      String before = valueOfId.putIfAbsent(id, value);
      if (before != null && !before.equals(value)) {
        diagnostics.add(spec.error(Message.SPLIT_SAME_ID, "split_by",
            "file names keep only ASCII letters and digits; make the values differ in those",
            Message.quote(before), Message.quote(value), id));
      }
      rows.computeIfAbsent(value, k -> new ArrayList<>()).add(row);
    }
    return rows;
  }

  /**
   * Checks the placeholders of the title, subtitle and notes: a split chart fills {value} and
   * nothing else; a spec without split_by has no value to fill.
   */
  private void words() {
    List<String> texts = new ArrayList<>(Arrays.asList(spec.title(), spec.subtitle()));
    texts.addAll(spec.notes());
    List<String> keys = new ArrayList<>(List.of("title", "subtitle"));
    spec.notes().forEach(n -> keys.add("notes"));
    List<String> paths = new ArrayList<>(List.of("title", "subtitle"));
    for (int n = 0; n < spec.notes().size(); n++) {
      paths.add("notes[" + n + "]");
    }
    for (int i = 0; i < texts.size(); i++) {
      Matcher m = Binder.PLACEHOLDER.matcher(texts.get(i) == null ? "" : texts.get(i));
      while (m.find()) {
        if (split == null && m.group(1).equals(Split.VALUE)) {
          diagnostics.add(spec.error(Message.SPLIT_VALUE_WITHOUT_SPLIT, paths.get(i),
              "add split_by: <field> for a chart per value, or write the words out", keys.get(i)));
        } else if (split != null && !m.group(1).equals(Split.VALUE)) {
          diagnostics.add(spec.error(Message.SPLIT_UNKNOWN_PLACEHOLDER, paths.get(i),
              "write {value} for the name of the chart's value", keys.get(i), Message.quote(m.group())));
        }
      }
    }
  }

  /** The spec of the value's chart: its id, its words, and a first step keeping its rows. */
  private ChartSpec forValue(String value, Channel x, Channel y) {
    List<Transform> steps = new ArrayList<>();
    steps.add(new Transform.Filter("split_by", split.field(), List.of(value), null));
    steps.addAll(spec.transforms());
    String name = split.nameOf(value);
    return spec.forValue(Split.chartId(spec.id(), value), fill(spec.title(), name), fill(spec.subtitle(), name),
        spec.notes().stream().map(n -> fill(n, name)).toList(), List.copyOf(steps), x, y);
  }

  private static String fill(String text, String name) {
    return text == null ? null : text.replace("{" + Split.VALUE + "}", name);
  }

  /**
   * A split's colours are for charts drawn in one colour, one per value: a chart that tells its
   * lanes, series or groups apart by colour gives them on that channel. A value the field lacks but
   * nearly has is a slip; one it lacks outright is kept, so a nightly build goes on when it leaves.
   */
  private void coloursKnown(java.util.Set<String> values) {
    if (split.colors().isEmpty()) {
      return;
    }
    String coloured = spec.lane() != null ? "lane" : spec.color() != null ? "color" : spec.group() != null ? "group"
        : null;
    if (coloured != null) {
      diagnostics.add(spec.error(Message.SPLIT_COLORS_ONE_COLOUR, "split_by.colors",
          "give the colours on " + coloured + ": colors there", coloured));
      return;
    }
    split.colors().keySet().stream().sorted().forEach(v -> {
      String near = values.contains(v) ? null : DidYouMean.closest(v, List.copyOf(values));
      if (near != null) {
        diagnostics.add(spec.keyError(Message.COLOR_FOR_NO_VALUE, "split_by.colors." + v,
            "did you mean " + Message.quote(near) + "?", "split_by", Message.quote(v), Message.quote(split.field())));
      }
    });
  }

  /** Binds every chart, collecting the problems of each, marked with the chart they are in. */
  private Map<String, ChartModel> bindEach(Map<String, ChartSpec> specs) throws InputException {
    Map<String, ChartModel> models = new TreeMap<>();
    for (var e : specs.entrySet()) {
      try {
        models.put(e.getKey(), Binder.bind(story, e.getValue(), project, override, spec.id(), colours.get(e.getKey())));
      } catch (InputException ex) {
        ex.diagnostics().forEach(d -> diagnostics.add(d.inChart(e.getKey())));
      }
    }
    throwIfAny();
    return models;
  }

  /** The same spec with the value axis's domain set: what every chart of a shared scale draws. */
  private ChartSpec withValueDomain(ChartSpec s, double[] domain) {
    boolean across = valueAxisIsX(s.kind());
    Channel c = across ? s.x() : s.y();
    Channel scaled = c == null ? new Channel(null, null, null, domain, null, null, List.of(), Map.of())
        : new Channel(c.field(), c.label(), c.format(), domain, c.period(), c.qualifier(), c.order(), c.names(),
            c.dates(), c.colors());
    return s.forValue(s.id(), s.title(), s.subtitle(), s.notes(), s.transforms(), across ? scaled : s.x(),
        across ? s.y() : scaled);
  }

  /** Bars, dots and lollipops measure across the page; timelines and dumbbells have only a time axis, x. */
  private static boolean valueAxisIsX(ChartKind kind) {
    return List.of(ChartKind.BAR, ChartKind.DOT, ChartKind.LOLLIPOP, ChartKind.TIMELINE, ChartKind.DUMBBELL)
        .contains(kind);
  }

  /** The smallest range that takes in every chart's value axis. */
  private static double[] sharedRange(java.util.Collection<ChartModel> models) {
    double[] shared = {Double.MAX_VALUE, -Double.MAX_VALUE};
    for (ChartModel m : models) {
      double[] r = valueRange(m);
      shared[0] = Math.min(shared[0], r[0]);
      shared[1] = Math.max(shared[1], r[1]);
    }
    return shared;
  }

  /** The names of the rows of every bar, dot or lollipop chart, each once, in order; none for other kinds. */
  private static List<String> rowNames(java.util.Collection<ChartModel> models) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (ChartModel m : models) {
      if (m instanceof BarChartModel b) {
        names.addAll(b.nameColumn());
      } else if (m instanceof DotChartModel d) {
        names.addAll(d.nameColumn());
      }
    }
    return List.copyOf(names);
  }

  /** The value axis of a chart as drawn: the time axis for timelines and dumbbells. */
  private static double[] valueRange(ChartModel m) {
    if (m instanceof ColumnChartModel c) {
      return new double[] {c.yMin(), c.yMax()};
    } else if (m instanceof BarChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof DotChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof GroupedColumnChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof LineChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof SlopeChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof StackedColumnChartModel c) {
      return new double[] {0, c.max()};
    } else if (m instanceof AreaChartModel c) {
      return new double[] {0, c.max()};
    } else if (m instanceof SmallMultiplesChartModel c) {
      return new double[] {c.min(), c.max()};
    } else if (m instanceof DumbbellChartModel c) {
      return new double[] {c.from(), c.to()};
    } else if (m instanceof TimelineChartModel c) {
      return new double[] {c.from(), c.to()};
    }
    // The loader refuses shared scales for tables and any split of a range chart.
    throw new IllegalStateException("no value axis on " + m.getClass().getSimpleName());
  }

  /** What a chart of the split is drawn from beyond its spec: its value, its rows, its shared scale. */
  private static String digest(String value, List<Row> rows, String scale) {
    StringBuilder sb = new StringBuilder(value).append('\n').append(scale);
    rows.forEach(r -> sb.append('\n').append(Arrays.deepToString(r.values())));
    return StoryLoader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void throwIfAny() throws InputException {
    if (!diagnostics.isEmpty()) {
      throw new InputException(List.copyOf(diagnostics));
    }
  }
}
