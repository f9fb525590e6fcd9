package org.chartdesk.workbook;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.chartdesk.model.AxisScale;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.theme.ColumnLabels;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTTitle;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;

/**
 * The native Excel column chart: one series whose categories and values are cell references
 * over the chart data block, gaps for years without a figure, value labels that keep the
 * source's qualifier ("over 3,789"). Data labels and several switches have no XDDF API, so those
 * are set on the underlying CT beans.
 */
final class ColumnChart {
  /** Excel's default 18-point chart title wraps a newsroom headline; 14 points fits one line. */
  static final double TITLE_POINTS = 14;

  static final String LANGUAGE = "en-US";
  /** A number pattern Excel reads alike: quoted text (no quotes in it), digits, decimals, scaling or percent, text. */
  private static final Pattern SIMPLE_PATTERN =
      Pattern.compile("('[^'\"]+')?([#0,]*0(?:\\.0*#*)?(?:,+|%)?)('[^'\"]+')?");

  private ColumnChart() {}

  static void draw(XSSFChart chart, ColumnChartModel m, XSSFSheet sheet, CellRangeAddress years,
      CellRangeAddress values, CellReference seriesName, Theme theme) {
    chart.setTitleText(m.frame().title());
    chart.setTitleOverlay(false);
    XDDFRunProperties titleFont = chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties();
    titleFont.setFontSize(TITLE_POINTS);
    titleFont.setBold(true);

    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    // The axis the published chart has (Excel's own choice may differ, and a split's shared scale with it).
    scale(x, y, m.yMin(), m.yMax(), m.format());
    y.setTitle(m.yLabel());
    y.getOrAddMajorGridProperties().setLineProperties(line(theme.grid(), 0.75));

    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    data.setGapWidth(60);
    // The chart's copy of the values comes from the model, not from evaluating the cells' formulas,
    // which POI cannot do over a table on a streamed sheet.
    String name = sheet.getSheetName();
    XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
        XDDFDataSourcesFactory.fromArray(m.bars().stream().map(b -> (double) b.year()).toArray(Double[]::new),
            years.formatAsString(name, true)),
        XDDFDataSourcesFactory.fromArray(m.bars().stream().map(ColumnChartModel.Bar::value).toArray(Double[]::new),
            values.formatAsString(name, true)));
    series.setTitle(m.yLabel(), seriesName);
    Highlight.points(series, m.bars().stream().map(b -> Integer.toString(b.year())).toList(), m.frame(),
        theme.series(0), theme);
    SeriesPlot.plot(data);

    // XDDF's axis number format is source-linked, so the cells' formats would win.
    chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
    CTBarSer ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
    labels(ser.addNewDLbls(), m, theme);
    if (chart.getCTChart().isSetDispBlanksAs()) {
      chart.getCTChart().getDispBlanksAs().setVal(STDispBlanksAs.GAP);
    } else {
      chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    }
    fixLanguage(chart.getCTChart().getTitle());
    fixLanguage(chart.getCTChart().getPlotArea().getValAxArray(0).getTitle());
    excelDefaults(chart, ser);
    chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
        .setDescr(m.altText());
  }

  /**
   * What Excel itself always writes for a column chart and XDDF leaves out (found by comparing
   * with a chart Excel made, ExcelMadeComparisonTest): the chart's language, a format code in
   * each number cache, and the category axis's label alignment and offset.
   */
  private static void excelDefaults(XSSFChart chart, CTBarSer ser) {
    if (!chart.getCTChartSpace().isSetLang()) {
      chart.getCTChartSpace().addNewLang().setVal("en-US");
    }
    for (var ref : new org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef[] {
        ser.getCat().getNumRef(), ser.getVal().getNumRef()}) {
      if (ref != null && ref.isSetNumCache() && !ref.getNumCache().isSetFormatCode()) {
        ref.getNumCache().setFormatCode("General");
      }
    }
    var cat = chart.getCTChart().getPlotArea().getCatAxArray(0);
    if (!cat.isSetLblAlgn()) {
      cat.addNewLblAlgn().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STLblAlgn.CTR);
    }
    if (!cat.isSetLblOffset()) {
      cat.addNewLblOffset().setVal(100);
    }
  }

  /**
   * Value labels above the columns where the published chart writes them (over every column, or
   * none where one would not fit its slot: {@link ColumnLabels}; a century of yearly labels covered
   * its columns), and the editor's notes at theirs. A qualified figure's label carries the
   * qualifier in its number format; a year without a figure has no label.
   */
  private static void labels(CTDLbls lbls, ColumnChartModel m, Theme theme) {
    Map<String, DataLabels.Note> notes = new HashMap<>();
    m.frame().callouts().forEach(c -> notes.put(c.category(), new DataLabels.Note(c.text(), STDLblPos.OUT_END)));
    List<DataLabels.Point> points = m.bars().stream().map(b -> new DataLabels.Point(b.missing(), b.qualifier(),
        notes.get(Integer.toString(b.year())))).toList();
    // The published plot's width, near enough: the chart's less its margins and value axis.
    double slot = (m.frame().width() - 2 * theme.margin()) * PLOT_SHARE / m.bars().size();
    boolean values = ColumnLabels.everyOneFits(m.bars().stream().filter(b -> !b.missing())
        .map(ColumnChartModel.Bar::stackedLines).toList(), slot, Fonts.bold(theme.bodySize()));
    DataLabels.write(lbls, points, values, excelFormat(m.format()), STDLblPos.OUT_END, m.frame().id());
  }

  /** The share of the chart's width within its margins that the published columns' axis takes. */
  private static final double PLOT_SHARE = 0.9;

  /**
   * POI tags title runs with the JVM's locale ("de-DE" on a German machine), which would make the
   * bytes depend on the machine; the tag only picks spelling and fonts, so it is fixed.
   */
  static void fixLanguage(CTTitle title) {
    for (CTTextParagraph p : title.getTx().getRich().getPArray()) {
      for (CTRegularTextRun run : p.getRArray()) {
        run.getRPr().setLang(LANGUAGE);
      }
    }
  }

  /**
   * A value axis from {@code min} to {@code max}, its labels in the spec's {@code pattern} as
   * Excel writes it ({@link #excelFormat}), with the published chart's gridlines: stepped no
   * finer than Excel's format of its labels shows, at whole steps, its labels with the decimals
   * the ticks need. Excel puts a gridline at the
   * axis's minimum and a step apart from there, so an axis from -150 by 100 was ruled at -150,
   * -50, 50 and 150, none at zero, where the published chart rules -100, 0, 100 and 200: the
   * minimum goes down to a whole step. Below zero, the category labels go to the plot's foot: at
   * the zero line, where Excel puts them, they lay across the columns below it.
   */
  static void scale(XDDFCategoryAxis x, XDDFValueAxis y, double min, double max, String pattern) {
    String format = excelFormat(pattern);
    double step = AxisScale.step(max - min, format);
    // In decimals, so that -0.3 is not -0.30000000000000004.
    double steps = Math.floor(min / step + 1e-9);
    double minimum = BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(steps)).doubleValue();
    y.setMinimum(minimum);
    y.setMaximum(max);
    y.setMajorUnit(step);
    List<Double> ticks = new ArrayList<>();
    BigDecimal by = BigDecimal.valueOf(step);
    for (BigDecimal v = BigDecimal.valueOf(minimum); v.doubleValue() <= max + step * 1e-9; v = v.add(by)) {
      ticks.add(v.doubleValue());
    }
    // The ticks with the decimals they need, as the published chart writes them: 5, not 5.0.
    y.setNumberFormat(excelFormat(NumberStyle.forTicks(pattern, ticks)));
    if (min < 0) {
      x.setTickLabelPosition(AxisTickLabelPosition.LOW);
    }
  }

  /**
   * The spec's number pattern as an Excel format. Simple Java patterns such as "#,##0" or "0.0"
   * mean the same in Excel, and so do their scaling commas ("#,##0.0,,," in billions) and a
   * percent sign ("0.0%", times 100 in both); text in single quotes before or after the number
   * ("#,##0' bn'") is Excel's text in double quotes. Anything else falls back to the house "#,##0":
   * shares of 0.182 under "0.0%" were shown as 0 in every cell, label and tick of the workbook.
   */
  static String excelFormat(String pattern) {
    Matcher m = pattern == null ? null : SIMPLE_PATTERN.matcher(pattern);
    if (m == null || !m.matches()) {
      return DataSheetWriter.INTEGER_FORMAT;
    }
    return excelText(m.group(1)) + m.group(2) + excelText(m.group(3));
  }

  /** Java's quoted text ('bn') as Excel's ("bn"); nothing for none. */
  private static String excelText(String quoted) {
    return quoted == null ? "" : "\"" + quoted.substring(1, quoted.length() - 1) + "\"";
  }

  /** A format that prints the qualifier before the number: {@code "over "#,##0}. */
  static String labelFormat(String base, String qualifier) {
    if (qualifier == null || qualifier.isEmpty()) {
      return base;
    }
    return "\"" + qualifier.replace("\"", "") + " \"" + base;
  }

  static XDDFSolidFillProperties solid(Color c) {
    return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
  }

  static XDDFLineProperties line(Color c, double points) {
    XDDFLineProperties line = new XDDFLineProperties(solid(c));
    line.setWidth(points);
    return line;
  }
}
