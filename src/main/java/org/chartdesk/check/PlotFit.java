package org.chartdesk.check;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.theme.TextMetrics;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.Category;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.StackedColumnChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.AnnotationLabels;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.KeyLayout;
import org.chartdesk.theme.LaneLabels;
import org.chartdesk.theme.MarkLabels;
import org.chartdesk.theme.ColumnLabels;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.TableLayout;
import org.chartdesk.theme.Theme;

/**
 * What a chart's body needs from its plot area, measured as each renderer lays it out: the least
 * height its rows, lanes or labels take, and the widest label against the room it gets. The
 * heights are lower bounds (one level of labels per lane, the tightest rows), so a chart reported
 * too small is too small.
 */
final class PlotFit {
  private static final double MARK = 10;
  private static final double BAR = 14;
  /** The space between a column and its value label, as the renderer leaves it. */
  private static final double LABEL_OFFSET = 6;
  /** Between the value axis's title, level above the plot, and the plot's top: the renderer's ColumnLayout's. */
  private static final double UNDER_VALUE_TITLE = 14;
  /** A dumbbell's dot, and the space under a row of them in the narrow layout. */
  private static final double DOT = 13;
  private static final double DOT_GAP = 10;

  private PlotFit() {}

  /** A label against the width it has. */
  record Clip(String what, String text, double width, double available) {}

  /** The least height the body needs, what it is for, and the label that fits worst, if any. */
  record Need(double height, String what, Clip clip) {}

  /**
   * The least height a plot with a value axis keeps, in lines of body text: shorter, a slope or a
   * change reads flat whatever the data say (a fall by four-fifths drawn 25 units tall).
   */
  private static final int VALUE_PLOT_LINES = 6;
  /** The same for each small multiple's plot, between its title and its labels. */
  private static final int PANEL_PLOT_LINES = 3;

  static Need of(ChartModel model, Theme t, Rectangle2D area) {
    Need need = body(model, t, area);
    boolean valueAxis = model instanceof ColumnChartModel || model instanceof LineChartModel
        || model instanceof SlopeChartModel || model instanceof GroupedColumnChartModel
        || model instanceof StackedColumnChartModel || model instanceof AreaChartModel;
    double least = VALUE_PLOT_LINES * TextMetrics.lineHeight(Fonts.regular(t.bodySize()));
    return valueAxis && need.height() < least ? new Need(least, "its value axis to show its values", need.clip())
        : need;
  }

  private static Need body(ChartModel model, Theme t, Rectangle2D area) {
    if (model instanceof ColumnChartModel m) {
      return column(m, t, area);
    } else if (model instanceof TimelineChartModel m) {
      return m.vertical() ? vertical(m, t, area) : horizontal(m, t, area);
    } else if (model instanceof RangeChartModel m) {
      return range(m, t, area);
    } else if (model instanceof BarChartModel m) {
      return rows(m.categories(), m.values(), t, area);
    } else if (model instanceof DotChartModel m) {
      return rows(m.categories(), m.values(), t, area);
    } else if (model instanceof LineChartModel m) {
      return m.series().size() > 1 ? ends(m.series(), "line-end label", t, area) : new Need(0, "its line", null);
    } else if (model instanceof SlopeChartModel m) {
      return ends(m.series(), "slope label", t, area);
    } else if (model instanceof TableChartModel m) {
      return table(m, t, area);
    } else if (model instanceof SmallMultiplesChartModel m) {
      return panels(m, t, area);
    } else if (model instanceof DumbbellChartModel m) {
      return dumbbell(m, t, area);
    } else if (model instanceof AreaChartModel m && m.series().size() > 1) {
      // Each band named at its right end, the names spread apart within the plot, as a line's.
      Font name = Fonts.bold(t.bodySize());
      return new Need((m.series().size() + 2) * TextMetrics.lineHeight(name)
          + TextMetrics.lineHeight(Fonts.regular(t.bodySize())) + 10, "its " + m.series().size() + " band names", null);
    }
    // The other kinds (grouped, stacked, one area) thin or wrap their labels to the room.
    return new Need(0, "its body", null);
  }

  /**
   * Rows of bars or dots: a column of names, then the marks, each row a line of text; on a narrow
   * chart, where the names would take more than half the width, each name on a line above its mark.
   */
  private static Need rows(List<Category> categories, List<Datum> values, Theme t, Rectangle2D area) {
    Font body = Fonts.regular(t.bodySize());
    Font small = Fonts.regular(t.smallSize());
    double nameWidth = categories.stream().mapToDouble(c -> TextMetrics.width(c.label(), body)).max().orElse(0);
    boolean above = NarrowLayout.rowNamesAbove(nameWidth + 24, area.getWidth());
    Clip worst = null;
    for (Category c : categories) {
      worst = worse(worst, new Clip("category name", c.label(), TextMetrics.width(c.label(), body), area.getWidth()));
    }
    double row = TextMetrics.lineHeight(body) + 4 + (above ? TextMetrics.lineHeight(body) + 2 : 0);
    double height = TextMetrics.lineHeight(small) + 10 + TextMetrics.lineHeight(body) + 12 + categories.size() * row;
    return new Need(height, "its " + values.size() + (values.size() == 1 ? " row" : " rows"), worst);
  }

  /**
   * A dumbbell's rows: with its names in a column, each row's years over its dots (and under, where
   * one hangs); on a narrow chart, each row a name with its years after it (or under it), then its
   * dots.
   */
  private static Need dumbbell(DumbbellChartModel m, Theme t, Rectangle2D area) {
    Font name = Fonts.bold(t.bodySize());
    Font years = Fonts.regular(t.smallSize());
    List<String> names = m.rows().stream().map(DumbbellChartModel.Row::name).toList();
    double nameWidth = names.stream().mapToDouble(n -> TextMetrics.width(n, name)).max().orElse(0);
    boolean headers = m.groups().size() > 1 || !m.groups().get(0).isEmpty();
    double indent = headers ? 18 : 0;
    double inset = TextMetrics.width("0000", years) / 2 + 2;
    double column = indent + nameWidth + 24;
    double headerRows = headers ? m.groups().size() * (TextMetrics.lineHeight(name) + 12 + 10) : 0;
    double axis = TextMetrics.lineHeight(Fonts.regular(t.bodySize())) + 12;
    if (!NarrowLayout.dumbbellNamesAbove(column, area.getWidth(), m.yearsByRow(), m.from(), m.to(), inset, years)) {
      // Names in a column: each row's years over its dots, and under them in a row where one hangs.
      double rows = 0;
      for (List<Integer> y : m.yearsByRow()) {
        boolean hangs = NarrowLayout.dumbbellYearsHang(column, area.getWidth(), y, m.from(), m.to(), inset, years);
        rows += Math.max(DOT + 5 + TextMetrics.ascent(years) + (hangs ? 5 + TextMetrics.lineHeight(years) : 0) + 4,
            TextMetrics.lineHeight(name) + 4);
      }
      return new Need(axis + headerRows + rows, "its " + names.size() + " rows", null);
    }
    boolean under = NarrowLayout.notesUnderNames(NarrowLayout.widestLine(names, m.rowYears(), name, years),
        area.getWidth() - indent);
    Clip worst = null;
    for (int r = 0; r < names.size(); r++) {
      String line = under ? names.get(r) : names.get(r) + " " + m.years(r);
      worst = worse(worst, new Clip("row name", line, under ? TextMetrics.width(names.get(r), name)
          : TextMetrics.width(names.get(r), name) + 8 + TextMetrics.width(m.years(r), years), area.getWidth() - indent));
    }
    double row = TextMetrics.lineHeight(name) + (under ? TextMetrics.lineHeight(years) : 0) + 4 + DOT + DOT_GAP;
    return new Need(axis + headerRows + m.rows().size() * row, "its " + names.size() + (names.size() == 1 ? " row"
        : " rows"), worst);
  }

  /** Names at the lines' ends, spread apart: each needs a line of height and the room right of the plot. */
  private static Need ends(List<DataSeries> series, String what, Theme t, Rectangle2D area) {
    Font name = Fonts.bold(t.bodySize());
    Font value = Fonts.regular(t.bodySize());
    Clip worst = null;
    for (DataSeries s : series) {
      String label = s.name() + " " + s.values().get(s.values().size() - 1).label();
      worst = worse(worst, new Clip(what, label, TextMetrics.width(label, name) + 12, area.getWidth() * 0.4));
    }
    double height = (series.size() + 2) * TextMetrics.lineHeight(name) + TextMetrics.lineHeight(value) + 10;
    return new Need(height, "its " + series.size() + " " + what + "s", worst);
  }

  /**
   * A table: the header and every row, their cells wrapped to the columns as the renderer sets
   * them; a word wider than its column runs into the next.
   */
  private static Need table(TableChartModel m, Theme t, Rectangle2D area) {
    Font body = Fonts.regular(t.bodySize());
    Font head = Fonts.bold(t.bodySize());
    if (TableLayout.stacked(m.headers(), m.cells(), area.getWidth(), head, body)) {
      return stackedTable(m, area.getWidth(), head, body);
    }
    double[] widths = TableLayout.widths(m.headers(), m.numeric(), m.cells(), area.getWidth(), head, body);
    Clip worst = null;
    for (int c = 0; c < widths.length; c++) {
      String hw = TextMetrics.widestWord(m.headers().get(c), head);
      worst = worse(worst, new Clip("column header word", hw, TextMetrics.width(hw, head),
          widths[c] - TableLayout.PAD));
      for (List<String> row : m.cells()) {
        String word = TextMetrics.widestWord(row.get(c), body);
        worst = worse(worst, new Clip("table cell word", word, TextMetrics.width(word, body),
            widths[c] - TableLayout.PAD));
      }
    }
    return new Need(TableLayout.height(m.headers(), m.cells(), widths, head, body),
        "its " + m.cells().size() + " rows", worst);
  }

  /** A table whose rows stand one under another: every word must fit the chart's width. */
  private static Need stackedTable(TableChartModel m, double width, Font head, Font body) {
    Clip worst = null;
    for (List<String> row : m.cells()) {
      String title = TextMetrics.widestWord(row.get(0), head);
      worst = worse(worst, new Clip("table row title word", title, TextMetrics.width(title, head), width));
      for (int c = 1; c < row.size(); c++) {
        String word = TextMetrics.widestWord(m.headers().get(c) + ": " + row.get(c), body);
        worst = worse(worst, new Clip("table cell word", word, TextMetrics.width(word, body), width));
      }
    }
    return new Need(TableLayout.stackedHeight(m.headers(), m.cells(), width, head, body),
        "its " + m.cells().size() + " rows", worst);
  }

  /** Small multiples: every panel needs its title, a few gridlines and its category labels. */
  private static Need panels(SmallMultiplesChartModel m, Theme t, Rectangle2D area) {
    Font body = Fonts.regular(t.bodySize());
    int n = m.panels().size();
    Font title = Fonts.bold(t.bodySize());
    int cols = NarrowLayout.panelColumns(n, area.getWidth(),
        m.panels().stream().mapToDouble(p -> TextMetrics.width(p.name(), title)).max().orElse(0));
    int gridRows = (n + cols - 1) / cols;
    double panelWidth = area.getWidth() / cols;
    Clip worst = null;
    for (DataSeries p : m.panels()) {
      worst = worse(worst, new Clip("panel title", p.name(), TextMetrics.width(p.name(), Fonts.bold(t.bodySize())), panelWidth));
    }
    // Each row of panels: its titles, a plot, its labels.
    return new Need(gridRows * (2 + PANEL_PLOT_LINES) * TextMetrics.lineHeight(body) + (gridRows - 1) * 16,
        "its " + n + " panels", worst);
  }

  /** Columns: value labels centred on their column must fit its slot of the axis. */
  private static Need column(ColumnChartModel m, Theme t, Rectangle2D area) {
    Font body = Fonts.regular(t.bodySize());
    Font label = Fonts.bold(t.bodySize());
    Font small = Fonts.regular(t.smallSize());
    String top = NumberStyle.format(niceCeiling(ValueAxis.of(m).max()), m.format(), m.frame().locale());
    double axis = 8 + TextMetrics.width(top, body);
    double slot = (area.getWidth() - axis) * 0.96 / m.bars().size();
    Clip worst = null;
    double plot = 0;
    boolean byYear = ColumnLabels.gapsByYear(m.frame().locale().noFigure(), small, slot);
    for (int[] run : m.gaps(byYear)) {
      // "No figure" wraps to its room, or is said short ("n/a"). The words are no value: named as
      // what they are, since only a wider chart, or fewer years, makes room for them.
      double room = ColumnLabels.gapRoom(run[1] - run[0] + 1, slot, byYear, small);
      String words = ColumnLabels.gapWords(m.gapWords(run), m.frame().locale().say("no_figure_short"), small, room);
      String word = TextMetrics.widestWord(words, small);
      worst = worse(worst, new Clip("word of \"" + words + "\"", word, TextMetrics.width(word, small), room));
    }
    List<ColumnChartModel.Bar> labelled = m.bars().stream().filter(b -> !b.missing()).toList();
    if (!ColumnLabels.everyOneFits(labelled.stream().map(ColumnChartModel.Bar::stackedLines).toList(), slot, label)) {
      labelled = List.of();
    }
    for (ColumnChartModel.Bar b : labelled) {
      String text = b.label();
      double width = TextMetrics.width(text, label);
      int lines = 1;
      if (width > slot) {
        // The renderer puts a qualifier on a line of its own above the number where it must.
        width = b.stackedLines().stream().mapToDouble(l -> TextMetrics.width(l, label)).max().orElse(0);
        lines = b.stackedLines().size();
      }
      worst = worse(worst, new Clip("value label", text, width, slot));
      // A column's label stands in the room above it, which is a share of the plot's height.
      double share = (b.value() - m.yMin()) / (m.yMax() - m.yMin());
      if (share > 0 && share < 0.98) {
        plot = Math.max(plot, (lines * TextMetrics.lineHeight(label) + LABEL_OFFSET) / (1 - share));
      }
    }
    // The value axis's title over the plot (clear of the top tick label's upper half), the tallest
    // column's label, the year labels and room for a few gridlines.
    double title = TextMetrics.lineHeight(small) + UNDER_VALUE_TITLE + TextMetrics.lineHeight(body) / 2;
    return new Need(title + Math.max(5 * TextMetrics.lineHeight(body), plot + TextMetrics.lineHeight(body) + 8),
        "its columns and their labels", worst);
  }

  /**
   * Time across the page: lanes stacked, their labels in the levels the renderer places them in;
   * two lanes mirror each other about the axis, with the annotations' label band above.
   */
  private static Need horizontal(TimelineChartModel m, Theme t, Rectangle2D area) {
    Font name = Fonts.bold(t.bodySize());
    Font date = Fonts.regular(t.smallSize());
    Font axis = Fonts.regular(t.bodySize());
    double block = TextMetrics.lineHeight(name) + TextMetrics.lineHeight(date) + 10;
    double header = TextMetrics.lineHeight(name) + 10;
    double inset = TextMetrics.width("0000", axis) / 2 + 2;
    double left = area.getMinX() + inset;
    double right = area.getMaxX() - inset;
    Clip worst = null;
    int lanes = m.lanes().size();
    int levels = 0;
    for (int lane = 0; lane < lanes; lane++) {
      int l = lane;
      List<TimelineChartModel.Event> events = m.events().stream().filter(e -> e.lane() == l).toList();
      double[] x0 = new double[events.size()];
      double[] x1 = new double[events.size()];
      double[] widths = new double[events.size()];
      for (int i = 0; i < events.size(); i++) {
        TimelineChartModel.Event e = events.get(i);
        x0[i] = left + (e.date().start() - m.from()) / (m.to() - m.from()) * (right - left);
        x1[i] = Math.max(left + (e.date().end() - m.from()) / (m.to() - m.from()) * (right - left), x0[i] + MARK);
        widths[i] = Math.max(TextMetrics.width(e.label(), name),
            TextMetrics.width(e.date().label(m.frame().locale()), date)) + 10;
        worst = worse(worst, new Clip("event label", e.label(), widths[i] - 2, area.getWidth()));
      }
      levels += LaneLabels.levels(LaneLabels.place(x0, x1, widths, area.getMinX(), area.getMaxX()));
    }
    double height = lanes == 2
        ? 2 * (header + MARK) + LaneLabels.TITLE_FOOT + levels * block + TextMetrics.lineHeight(axis) + 16
            + band(m.frame(), m.from(), m.to(), left, right, area.getMinX(), area.getMaxX(), t)
        : lanes * (header + 2 * MARK) + levels * block + TextMetrics.lineHeight(axis) + 12;
    return new Need(height, "its " + lanes + (lanes == 1 ? " lane" : " lanes"), worst);
  }

  /**
   * Time down the page: every label, wrapped to the label column, stacked without overlap; on a
   * narrow chart, a list of the events, lanes named by a key above and each date over its label.
   */
  private static Need vertical(TimelineChartModel m, Theme t, Rectangle2D area) {
    Font laneFont = Fonts.bold(t.smallSize());
    Font dateFont = Fonts.bold(t.smallSize());
    Font labelFont = Fonts.regular(t.smallSize());
    double laneWidth = 0;
    for (TimelineChartModel.Lane lane : m.lanes()) {
      laneWidth = Math.max(laneWidth, TextMetrics.width(lane.name(), laneFont) + 14);
    }
    double dateWidth = 0;
    for (TimelineChartModel.Event e : m.events()) {
      dateWidth = Math.max(dateWidth, TextMetrics.width(e.date().label(m.frame().locale()), dateFont));
    }
    double axisWidth = TextMetrics.width("0000", Fonts.regular(t.bodySize())) + 14;
    double textLeft = axisWidth + laneWidth * m.lanes().size() + 40 + dateWidth + 12;
    boolean keyed = NarrowLayout.lanesKeyed(area.getWidth() - textLeft, area.getWidth());
    double lh = TextMetrics.lineHeight(labelFont);
    double height = 8;
    if (keyed) {
      // A list: the key, then a row per event, its date over its label, beside the lanes' marks.
      textLeft = (MARK + 10) * m.lanes().size() + 16;
      height = KeyLayout.height(m.lanes().stream().map(TimelineChartModel.Lane::name).toList(), laneFont,
          area.getWidth()) + 16;
    }
    double maxText = area.getWidth() - textLeft;
    Clip worst = null;
    for (TimelineChartModel.Event e : m.events()) {
      String word = TextMetrics.widestWord(e.label(), labelFont);
      worst = worse(worst, new Clip("event label word", word, TextMetrics.width(word, labelFont), maxText));
      int lines = TextMetrics.wrap(e.label(), labelFont, Math.max(1, maxText)).size();
      height += keyed ? (lines + 1) * lh + 8 : lines * lh + 4;
    }
    return new Need(height, "its " + m.events().size() + " event labels", worst);
  }

  /**
   * Terms as bars: a column of names, then the axis, every row with its name, note and marks; on
   * a narrow chart, each name and note on a line above its bar and the marks' labels below it.
   */
  private static Need range(RangeChartModel m, Theme t, Rectangle2D area) {
    Font name = Fonts.bold(t.bodySize());
    Font note = Fonts.regular(t.smallSize());
    double nameWidth = 0;
    double lineWidth = 0;
    String widestLine = "";
    String widest = "";
    boolean notes = false;
    for (int r = 0; r < m.rows().size(); r++) {
      String n = m.rowNote(r);
      notes |= !n.isEmpty();
      String rowName = m.rows().get(r).name();
      double own = Math.max(TextMetrics.width(rowName, name), TextMetrics.width(n, note));
      if (own > nameWidth) {
        nameWidth = own;
        widest = TextMetrics.width(rowName, name) >= TextMetrics.width(n, note) ? rowName : n;
      }
      double line = TextMetrics.width(rowName, name) + (n.isEmpty() ? 0 : 8 + TextMetrics.width(n, note));
      if (line > lineWidth) {
        lineWidth = line;
        widestLine = n.isEmpty() ? rowName : rowName + " " + n;
      }
    }
    boolean above = NarrowLayout.namesAbove(nameWidth + 24, area.getWidth());
    double left = area.getMinX() + (above ? 18 : nameWidth + 24);
    double plot = area.getMaxX() - 12 - left;
    boolean notesUnder = above && NarrowLayout.notesUnderNames(lineWidth, area.getWidth() - 18);
    Clip worst = above && !notesUnder ? worse(null, new Clip("row name", widestLine, lineWidth, area.getWidth() - 18))
        : null;
    if (notesUnder) {
      worst = worse(worst, new Clip("row name", widest, nameWidth, area.getWidth() - 18));
    }
    for (int r = 0; r < m.rows().size(); r++) {
      List<RangeChartModel.Mark> marks = m.marksOf(r);
      double[] xs = marks.stream().mapToDouble(k -> left + (k.date().mid() - m.from()) / (m.to() - m.from()) * plot)
          .toArray();
      for (MarkLabels.Label label : MarkLabels.of(xs, marks.stream().map(m::markLabel).toList(), note)) {
        worst = worse(worst, new Clip("mark label", label.text(),
            TextMetrics.width(label.text(), note) + MarkLabels.GAP, plot));
      }
    }
    double row;
    if (above) {
      row = TextMetrics.lineHeight(name) + (notesUnder ? TextMetrics.lineHeight(note) : 0) + 4 + BAR
          + (m.marks().isEmpty() ? 0 : 4 + TextMetrics.lineHeight(note)) + 8;
    } else {
      row = TextMetrics.lineHeight(name) + 4;
      if (notes) {
        row = Math.max(row, TextMetrics.lineHeight(name) + TextMetrics.lineHeight(note));
      }
      if (!m.marks().isEmpty()) {
        // A mark's label sits above its bar and must clear the bar of the row above.
        row = Math.max(row, BAR + 5 + TextMetrics.lineHeight(note));
      }
    }
    double height = TextMetrics.lineHeight(Fonts.regular(t.bodySize())) + 12
        + (m.marksLegend() == null ? 0 : TextMetrics.lineHeight(note) + 14)
        + band(m.frame(), m.from(), m.to(), left, area.getMaxX() - 12, area.getMinX(), area.getMaxX() - 12, t)
        + m.groups().size() * (TextMetrics.lineHeight(name) + 12)
        + m.rows().size() * row;
    int rows = m.rows().size();
    return new Need(height, "its " + rows + (rows == 1 ? " row" : " rows"), worst);
  }

  /**
   * The band the annotations' labels take above the plot, placed as the renderer places them on a
   * year scale from x0 to x1.
   */
  private static double band(Frame f, double from, double to, double x0, double x1, double left, double right,
      Theme t) {
    double[] anchors = f.annotations().stream()
        .mapToDouble(a -> x0 + ((a.kind() == Annotation.Kind.LINE ? a.at() : a.start()) - from) / (to - from) * (x1 - x0))
        .toArray();
    double[] ends = f.annotations().stream()
        .mapToDouble(a -> x0 + ((a.kind() == Annotation.Kind.LINE ? a.at() : a.end()) - from) / (to - from) * (x1 - x0))
        .toArray();
    return new AnnotationLabels(f.annotations().stream().map(Annotation::text).toList(), anchors, ends, left, right, t)
        .height();
  }

  private static Clip worse(Clip a, Clip b) {
    if (b.width() <= b.available()) {
      return a;
    }
    return a == null || b.width() - b.available() > a.width() - a.available() ? b : a;
  }

  /** The renderer's axis top: 1, 2, 2.5 or 5 times a power of ten, in steps of a fifth. */
  private static double niceCeiling(double value) {
    if (value <= 0) {
      return 0;
    }
    double raw = value / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * magnitude;
    for (double f : new double[] {1, 2, 2.5, 5}) {
      if (f * magnitude >= raw) {
        step = f * magnitude;
        break;
      }
    }
    return Math.ceil(value / step) * step;
  }
}
