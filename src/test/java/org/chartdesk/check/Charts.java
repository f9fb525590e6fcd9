package org.chartdesk.check;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.ColumnChartModel.Bar;
import org.chartdesk.model.Frame;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;

/** Small clean charts built directly, for tests to break one thing at a time. */
final class Charts {
  static final String CSV = "datasets/kgb.csv";

  private Charts() {}

  static Frame frame(String id) {
    return frame(id, "Planted articles fell by four-fifths in a year",
        "Articles placed in the press, in the years the source gives a figure",
        "Source: India–Soviet Union relations, Wikipedia", 1200, 675);
  }

  /** A frame without notes, naming no theme (the lint's fallback theme applies). */
  static Frame frame(String id, String title, String subtitle, String sourceLine, int width, int height) {
    return new Frame(id, title, subtitle, List.of(), sourceLine, width, height, null, List.of());
  }

  /** The house theme with other series colours and secondary text colour. */
  static Theme theme(List<Color> categorical, Color secondaryText) {
    Theme h = Theme.house();
    return new Theme(h.name(), h.fontFamily(), h.titleSize(), h.subtitleSize(), h.bodySize(), h.smallSize(),
        h.background(), h.text(), secondaryText, h.grid(), h.axis(), h.muted(), h.highlight(), categorical,
        h.sequential(), h.diverging(), h.margin(), h.logoHeight());
  }

  static Field field(String name, FieldType type, String unit, List<String> allowed) {
    return new Field(name, type, null, "", unit, false, allowed, false);
  }

  /** The KGB figures: over 3,789 in 1973, 1,980 in 1976 and 411 in 1977 (CSV lines 2 to 4). */
  static Dataset kgb(String unit) {
    List<Field> fields = List.of(field("year", FieldType.YEAR, null, List.of()),
        field("stories", FieldType.INTEGER, unit, List.of()),
        field("qualifier", FieldType.STRING, null, List.of("", "over")));
    List<Row> rows = List.of(new Row(2, new Object[] {1973L, 3789L, "over"}),
        new Row(3, new Object[] {1976L, 1980L, null}), new Row(4, new Object[] {1977L, 411L, null}));
    return new Dataset("kgb", "KGB", "", CSV, fields, rows, "0");
  }

  static Story story(Dataset... datasets) {
    return new Story("test", "Test", "", "", "", List.of(), List.of(datasets));
  }

  static ColumnChartModel column(Frame frame, String yLabel, List<Bar> bars) {
    return column(frame, yLabel, bars, 0, 5000);
  }

  static ColumnChartModel column(Frame frame, String yLabel, List<Bar> bars, double yMin, double yMax) {
    return new ColumnChartModel(frame, "kgb", "year", "stories", yLabel, "#,##0",
        bars.stream().map(Bar::year).toList(), bars, yMin, yMax, "alt", List.of());
  }

  /** The clean column chart: 1973 to 1977, with gaps for 1974 and 1975 and "over" on 1973. */
  static List<Bar> bars() {
    return List.of(new Bar(1973, 3789.0, "over", "over 3,789", 0), new Bar(1974, null, null, null, -1),
        new Bar(1975, null, null, null, -1), new Bar(1976, 1980.0, null, "1,980", 1),
        new Bar(1977, 411.0, null, "411", 2));
  }

  static ColumnChartModel column() {
    return column(frame("kgb"), "Articles", bars());
  }

  /** One event per lane, a year apart from 1960, in a timeline of the given lanes. */
  static TimelineChartModel timeline(Frame frame, int lanes, boolean vertical, double from, double to) {
    List<TimelineChartModel.Lane> l = new ArrayList<>();
    List<TimelineChartModel.Event> e = new ArrayList<>();
    for (int i = 0; i < lanes; i++) {
      l.add(new TimelineChartModel.Lane("k" + i, "Lane " + (i + 1)));
      e.add(new TimelineChartModel.Event(i, new FuzzyDate(1960 + i, null), "Event " + (i + 1), i));
    }
    return new TimelineChartModel(frame, "events", l, e, from, to, vertical, "alt");
  }

  static Dataset events(int rows) {
    List<Row> r = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      r.add(new Row(i + 2, new Object[] {1960L + i, "Event " + (i + 1)}));
    }
    return new Dataset("events", "Events", "", "datasets/events.csv",
        List.of(field("year", FieldType.YEAR, null, List.of()), field("headline", FieldType.STRING, null, List.of())),
        r, "0");
  }

  /** Leaders in two groups, one row each, with a term each and a visit on the first. */
  static RangeChartModel range(Frame frame, int rowsPerGroup) {
    List<RangeChartModel.Row> rows = new ArrayList<>();
    List<RangeChartModel.Span> spans = new ArrayList<>();
    for (int g = 0; g < 2; g++) {
      for (int i = 0; i < rowsPerGroup; i++) {
        int r = rows.size();
        rows.add(new RangeChartModel.Row("Leader " + (r + 1), g, true));
        spans.add(new RangeChartModel.Span(r, 1950 + r, 1955 + r, r));
      }
    }
    List<RangeChartModel.Mark> marks =
        List.of(new RangeChartModel.Mark(0, new FuzzyDate(1953, "june"), "to Beta", 0));
    return new RangeChartModel(frame, "leaders", List.of(new RangeChartModel.Group("a", "Alpha"),
        new RangeChartModel.Group("b", "Beta")), rows, spans, marks, "Visit", 1947, 1991, "alt");
  }
}
