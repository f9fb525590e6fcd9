package org.chartdesk.workbook;

import static java.lang.Double.NaN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.BarChartModel;
import org.chartdesk.model.Callout;
import org.chartdesk.model.Category;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.Encoding;
import org.chartdesk.model.Frame;
import org.chartdesk.model.GroupedColumnChartModel;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.model.RoundSteps;
import org.chartdesk.model.StackedColumnChartModel;
import org.chartdesk.theme.Theme;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Native Excel charts for the kinds with categories and colour-coded series: bar, grouped and
 * stacked column (100% too), line and area. Every series reads its cells in the chart data block;
 * a missing value is a blank cell, which Excel and LibreOffice draw as a gap (a line breaks there)
 * rather than a zero. Each series gets an explicit colour, as LibreOffice draws a series without
 * one as invisible; line charts get a grouping and a line style, without which LibreOffice draws
 * no line.
 */
final class SeriesChart {
  /** What Excel draws. */
  enum Type {
    BAR, CLUSTERED, STACKED, PERCENT, LINE, AREA, PERCENT_AREA,
    /** Areas with a year without a figure, drawn as their edges ({@link #areaAsLines}). */
    AREA_LINE, STACKED_LINE, PERCENT_LINE;

    /** Whether Excel draws an area chart's edges as lines: it draws a year without a figure as zero. */
    boolean areaAsLines() {
      return this == AREA_LINE || this == STACKED_LINE || this == PERCENT_LINE;
    }
  }

  /**
   * A chart as Excel sees it: categories, series and the value axis.
   *
   * @param format the spec's number pattern
   */
  /**
   * @param min the value axis's lower end as the published chart has it; NaN for a share of 100%
   * @param max its upper end, NaN likewise
   */
  record Shape(Type type, List<Category> categories, List<DataSeries> series, String valueLabel, String format,
      Encoding encoding, double min, double max) {}

  /** Up to this many points, values are labelled as in the published chart; beyond, they would cover it. */
  static final int LABELLED = 100;
  /** Category labels a line or area gets at most, about (see {@link #labelEvery}). */
  static final int MOST_LABELS = 10;

  private SeriesChart() {}

  /** The shape of a model Excel can draw natively, or null for the kinds it has no chart for. */
  static Shape of(ChartModel model) {
    if (model instanceof BarChartModel m) {
      return new Shape(Type.BAR, m.categories(), List.of(new DataSeries("", m.valueLabel(), m.values())),
          m.valueLabel(), m.format(), m.encoding(), m.min(), m.max());
    } else if (model instanceof GroupedColumnChartModel m) {
      return new Shape(Type.CLUSTERED, m.categories(), m.series(), m.valueLabel(), m.format(), m.encoding(), m.min(),
          m.max());
    } else if (model instanceof StackedColumnChartModel m) {
      return m.percent()
          ? new Shape(Type.PERCENT, m.categories(), m.series(), m.valueLabel(), m.format(), m.encoding(), NaN, NaN)
          : new Shape(Type.STACKED, m.categories(), m.series(), m.valueLabel(), m.format(), m.encoding(), 0, m.max());
    } else if (model instanceof LineChartModel m) {
      return new Shape(Type.LINE, shown(m.categories(), m.leftOut()), m.series().stream()
          .map(d -> new DataSeries(d.key(), d.name(), shown(m.categories(), m.leftOut(), d.values()))).toList(),
          m.valueLabel(), m.format(), m.encoding(), m.min(), m.max());
    } else if (model instanceof AreaChartModel m) {
      Shape lines = areaAsLines(m);
      if (lines != null) {
        return lines;
      }
      return m.percent()
          ? new Shape(Type.PERCENT_AREA, m.categories(), m.series(), m.valueLabel(), m.format(), m.encoding(), NaN,
              NaN)
          : new Shape(Type.AREA, m.categories(), m.series(), m.valueLabel(), m.format(), m.encoding(), 0, m.max());
    }
    return null;
  }

  /**
   * Areas with a year without a figure, as lines: Excel and LibreOffice draw a blank in an area
   * chart as a zero (the stack fell to the axis at 1971 for Africa's missing figure), but break a
   * line there. As in the published chart, the whole stack breaks at such a year: every series is
   * blank there, so the stacked lines (Excel stacks a blank as zero) break together. Null for
   * areas without such a year.
   */
  private static Shape areaAsLines(AreaChartModel m) {
    boolean[] incomplete = new boolean[m.categories().size()];
    boolean any = false;
    for (int c = 0; c < incomplete.length; c++) {
      int category = c;
      incomplete[c] = m.series().stream().anyMatch(d -> d.values().get(category).missing());
      any |= incomplete[c];
    }
    if (!any) {
      return null;
    }
    List<DataSeries> series = m.series().stream().map(d -> new DataSeries(d.key(), d.name(),
        IntStream.range(0, incomplete.length).mapToObj(c -> incomplete[c]
            ? new Datum(null, null, d.values().get(c).label(), List.of()) : d.values().get(c)).toList())).toList();
    Type type = m.percent() ? Type.PERCENT_LINE : series.size() > 1 ? Type.STACKED_LINE : Type.AREA_LINE;
    return new Shape(type, m.categories(), series, m.valueLabel(), m.format(), m.encoding(), m.percent() ? NaN : 0,
        m.percent() ? NaN : m.max());
  }

  /**
   * The categories but those a line passes over because the spec's filter left them out: the
   * sheet lists the figures the chart draws, and a blank there would say the source has none.
   */
  private static List<Category> shown(List<Category> categories, Set<String> leftOut) {
    return leftOut.isEmpty() ? categories : categories.stream().filter(c -> !leftOut.contains(c.key())).toList();
  }

  /** The values at the categories {@link #shown(List, Set)} keeps. */
  private static List<Datum> shown(List<Category> categories, Set<String> leftOut, List<Datum> values) {
    return leftOut.isEmpty() ? values : IntStream.range(0, values.size())
        .filter(c -> !leftOut.contains(categories.get(c).key())).mapToObj(values::get).toList();
  }

  /**
   * The dataset's columns that hold the chart's one series as drawn, {category, value}, or null.
   * They do when the spec has no steps and its categories are the rows, in order, each named by
   * its own value: then the chart can read the table itself.
   */
  static int[] columnsAsDrawn(Shape s, Dataset d) {
    Encoding e = s.encoding();
    if (e == null || !e.steps().isEmpty() || e.series() != null || e.category() == null
        || s.series().size() != 1 || s.categories().size() != d.rows().size()) {
      return null;
    }
    DataSeries series = s.series().get(0);
    // A run of whole-number slots is named by itself or not as a whole: not read a million times.
    boolean named = RoundSteps.allNumbers(s.categories());
    for (int c = 0; c < s.categories().size(); c++) {
      Category category = named ? null : s.categories().get(c);
      if (!named && !category.label().equals(category.key()) || !series.fromSourceRow(c, c)) {
        return null;
      }
    }
    return new int[] {d.indexOf(e.category()), d.indexOf(e.value())};
  }

  /**
   * Draws the chart.
   *
   * @param categories the category labels: cells, with their values cached in the chart or not
   * @param values per series, its values
   * @param names per series, the cell of its name
   */
  static void draw(XSSFChart chart, ChartModel m, Shape s, XDDFDataSource<?> categories,
      List<XDDFNumericalDataSource<?>> values, List<CellReference> names, Theme house) {
    // The series in the colours the chart's images give them.
    Theme theme = SeriesColours.of(m, house);
    chart.setTitleText(m.frame().title());
    chart.setTitleOverlay(false);
    XDDFRunProperties titleFont = chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties();
    titleFont.setFontSize(ColumnChart.TITLE_POINTS);
    titleFont.setBold(true);

    boolean bar = s.type() == Type.BAR;
    XDDFCategoryAxis x = chart.createCategoryAxis(bar ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(bar ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    boolean percent = s.type() == Type.PERCENT || s.type() == Type.PERCENT_AREA || s.type() == Type.PERCENT_LINE;
    if (bar) {
      // Excel lists bar categories bottom up; reversed, they read top down as in the published chart,
      // and the value axis crosses at the far end so it stays at the bottom.
      x.setOrientation(AxisOrientation.MAX_MIN);
      y.setCrosses(AxisCrosses.MAX);
    } else {
      y.setCrosses(AxisCrosses.AUTO_ZERO);
    }
    y.setCrossBetween(s.type() == Type.AREA || s.type() == Type.PERCENT_AREA
        ? AxisCrossBetween.MIDPOINT_CATEGORY : AxisCrossBetween.BETWEEN);
    // The axis the published chart has, so that the charts of a split with shared scales compare
    // here too; Excel's own choice ran to 35 for a chart published to 30.
    // Stepped no finer than Excel's format of its labels shows.
    String format = percent ? "0%" : s.format();
    if (Double.isNaN(s.max())) {
      y.setMinimum(0);
      y.setNumberFormat(format);
    } else {
      ColumnChart.scale(x, y, s.min(), s.max(), format);
    }
    // As the picture names the axis, in the chart's language.
    y.setTitle(percent ? m.frame().locale().shareOf(s.valueLabel()) : s.valueLabel());
    y.getOrAddMajorGridProperties().setLineProperties(ColumnChart.line(theme.grid(), 0.75));

    XDDFChartData data = chart.createData(chartType(s.type()), x, y);
    data.setVaryColors(false);
    if (data instanceof XDDFBarChartData b) {
      b.setBarDirection(bar ? BarDirection.BAR : BarDirection.COL);
      b.setBarGrouping(switch (s.type()) {
        case STACKED -> BarGrouping.STACKED;
        case PERCENT -> BarGrouping.PERCENT_STACKED;
        default -> BarGrouping.CLUSTERED;
      });
      if (s.type() == Type.STACKED || s.type() == Type.PERCENT) {
        // Excel draws stacked segments side by side unless they overlap fully.
        b.setOverlap((byte) 100);
      }
      b.setGapWidth(60);
    } else if (data instanceof XDDFLineChartData l) {
      l.setGrouping(switch (s.type()) {
        case STACKED_LINE -> Grouping.STACKED;
        case PERCENT_LINE -> Grouping.PERCENT_STACKED;
        default -> Grouping.STANDARD;
      });
    } else if (data instanceof XDDFAreaChartData a) {
      a.setGrouping(s.type() == Type.PERCENT_AREA ? Grouping.PERCENT_STACKED
          : s.series().size() > 1 ? Grouping.STACKED : Grouping.STANDARD);
    }
    for (int i = 0; i < s.series().size(); i++) {
      XDDFChartData.Series series = data.addSeries(categories, values.get(i));
      series.setTitle(s.series().get(i).name(), names.get(i));
      if (series instanceof XDDFLineChartData.Series line) {
        line.setSmooth(false);
        line.setMarkerStyle(s.categories().size() <= 15 && s.series().size() == 1 ? MarkerStyle.CIRCLE
            : MarkerStyle.NONE);
        series.setLineProperties(ColumnChart.line(Highlight.line(m.frame(), s.series().get(i), theme.series(i),
            theme), 2.25));
      } else {
        // Only a bar chart has a highlight: its categories.
        Highlight.points(series, s.categories().stream().map(Category::key).toList(), m.frame(), theme.series(i),
            theme);
      }
    }
    SeriesPlot.plot(data);
    if (s.series().size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.TOP);
    }

    CTPlotArea plot = chart.getCTChart().getPlotArea();
    plot.getValAxArray(0).getNumFmt().setSourceLinked(false);
    if (data instanceof XDDFLineChartData || data instanceof XDDFAreaChartData) {
      labelEvery(plot.getCatAxArray(0), s.categories().size());
    }
    if (plot.sizeOfLineChartArray() > 0) {
      Highlight.onTop(plot.getLineChartArray(0), s.series(), m.frame());
    }
    labels(plot, s, m.frame());
    if (chart.getCTChart().isSetDispBlanksAs()) {
      chart.getCTChart().getDispBlanksAs().setVal(STDispBlanksAs.GAP);
    } else {
      chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    }
    ColumnChart.fixLanguage(chart.getCTChart().getTitle());
    ColumnChart.fixLanguage(plot.getValAxArray(0).getTitle());
    chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().setDescr(m.altText());
  }

  /**
   * Leaves the chart's series with their cell references alone: a chart over a million rows would
   * otherwise carry a copy of them, which Excel and LibreOffice make anew from the cells anyway.
   */
  static void dropCaches(XSSFChart chart) {
    CTPlotArea plot = chart.getCTChart().getPlotArea();
    for (var c : plot.getLineChartArray()) {
      for (var ser : c.getSerArray()) {
        dropCaches(ser.getCat(), ser.getVal());
      }
    }
    for (var c : plot.getBarChartArray()) {
      for (var ser : c.getSerArray()) {
        dropCaches(ser.getCat(), ser.getVal());
      }
    }
    for (var c : plot.getAreaChartArray()) {
      for (var ser : c.getSerArray()) {
        dropCaches(ser.getCat(), ser.getVal());
      }
    }
  }

  /**
   * A line or area over more than {@link #LABELLED} categories: a label (and tick) every so many, a
   * round number of them, about ten in all, as Excel reads {@code tickLblSkip}. (LibreOffice 7
   * ignores it, and runs a 2,000-step axis's numbers together: "10011073114512171289...".)
   */
  static void labelEvery(CTCatAx axis, int categories) {
    // Up to a hundred, both programs choose well themselves.
    if (categories <= LABELLED) {
      return;
    }
    int skip = RoundSteps.atLeast((categories + MOST_LABELS - 1) / MOST_LABELS);
    (axis.isSetTickLblSkip() ? axis.getTickLblSkip() : axis.addNewTickLblSkip()).setVal(skip);
    (axis.isSetTickMarkSkip() ? axis.getTickMarkSkip() : axis.addNewTickMarkSkip()).setVal(skip);
  }

  /** Numeric categories read as the published chart writes them, without digit grouping. */
  static void plainCategories(XSSFChart chart) {
    var axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
    (axis.isSetNumFmt() ? axis.getNumFmt() : axis.addNewNumFmt()).setFormatCode("0");
    axis.getNumFmt().setSourceLinked(false);
  }

  private static void dropCaches(CTAxDataSource categories, CTNumDataSource values) {
    if (categories.isSetNumRef() && categories.getNumRef().isSetNumCache()) {
      categories.getNumRef().unsetNumCache();
    }
    if (categories.isSetStrRef() && categories.getStrRef().isSetStrCache()) {
      categories.getStrRef().unsetStrCache();
    }
    if (values.isSetNumRef() && values.getNumRef().isSetNumCache()) {
      values.getNumRef().unsetNumCache();
    }
  }

  private static ChartTypes chartType(Type type) {
    return switch (type) {
      case LINE, AREA_LINE, STACKED_LINE, PERCENT_LINE -> ChartTypes.LINE;
      case AREA, PERCENT_AREA -> ChartTypes.AREA;
      default -> ChartTypes.BAR;
    };
  }

  /**
   * Value labels where the published chart has them: on bars and columns, and on a single line,
   * up to {@link #LABELLED} points; and the editor's notes at their points, on any line.
   */
  private static void labels(CTPlotArea plot, Shape s, Frame frame) {
    boolean bars = plot.sizeOfBarChartArray() > 0;
    if (!bars && plot.sizeOfLineChartArray() == 0) {
      return;
    }
    // A 100% stack's segments are left unlabelled: Excel labels a segment with its value, a count,
    // which on an axis of shares reads as a percentage ("5" on a segment of 71%); a caption says so.
    // Areas drawn as lines keep the published areas' labels: none at their points.
    boolean values = s.categories().size() <= LABELLED && (bars || s.series().size() == 1)
        && s.type() != Type.PERCENT && !s.type().areaAsLines();
    STDLblPos.Enum position = !bars ? STDLblPos.T
        : s.type() == Type.BAR || s.type() == Type.CLUSTERED ? STDLblPos.OUT_END : STDLblPos.CTR;
    // A zero segment of a stack has no height: its "0" would only sit on the segment below.
    boolean stacked = s.type() == Type.STACKED || s.type() == Type.PERCENT;
    String base = ColumnChart.excelFormat(s.format());
    for (int i = 0; i < s.series().size(); i++) {
      Map<String, String> notes = notes(frame, s, i);
      if (!values && notes.isEmpty()) {
        continue;
      }
      List<DataLabels.Point> points = new ArrayList<>();
      List<Datum> data = s.series().get(i).values();
      for (int c = 0; c < s.categories().size(); c++) {
        Datum d = data.get(c);
        String note = notes.get(s.categories().get(c).key());
        points.add(new DataLabels.Point(d.missing() || (stacked && d.value() == 0), d.qualifier(),
            note == null ? null : new DataLabels.Note(note, NotePlacement.onLine(data, c))));
      }
      CTDLbls lbls = bars ? plot.getBarChartArray(0).getSerArray(i).addNewDLbls()
          : plot.getLineChartArray(0).getSerArray(i).addNewDLbls();
      DataLabels.write(lbls, points, values, base, position, frame.id() + "/" + i);
    }
  }

  /** The editor's notes on series {@code i}, by category key; a note names no series on a chart of one. */
  private static Map<String, String> notes(Frame frame, Shape s, int i) {
    Map<String, String> notes = new HashMap<>();
    for (Callout c : frame.callouts()) {
      if (c.series() == null ? s.series().size() == 1 : c.series().equals(s.series().get(i).key())) {
        notes.put(c.category(), c.text());
      }
    }
    return notes;
  }
}
