package org.chartdesk.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Field;
import org.chartdesk.model.Category;
import org.chartdesk.model.Encoding;
import org.chartdesk.model.RoundSteps;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.model.Datum;
import org.chartdesk.model.DotChartModel;
import org.chartdesk.model.DumbbellChartModel;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.SeriesColours;
import org.chartdesk.model.SlopeChartModel;
import org.chartdesk.model.SmallMultiplesChartModel;
import org.chartdesk.model.TableChartModel;
import org.chartdesk.model.TimeAxis;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.theme.Theme;
import org.chartdesk.theme.NewsLocale;

/**
 * Writes one sheet per chart: the chart's words, then either a native chart over a small block of
 * cells (live formulas for a column chart, the values as drawn for the series kinds), with the
 * published image below it for comparison, or, for kinds Excel has no chart for, the published
 * image with a pointer to the data.
 */
final class ChartSheetWriter {
  /** Width in pixels of the native chart and of the embedded images (1x PNGs are 1200 wide). */
  static final int WIDTH_PX = 900;
  static final int CHART_HEIGHT_PX = 520;

  /** The chart data block's first column and the column the chart and images start in. */
  static final int DATA_COLUMN = 0;
  static final int CHART_COLUMN = 3;


  /** A line of text in the chart's column under the native chart. */
  private record Caption(int row, String text, CellStyle style) {}

  private final XSSFWorkbook wb;
  private final StreamedWorkbook streams;
  private final int streamedRows;
  /** By sheet name, how many pages tall each series chart's sheet prints on. */
  private final Map<String, Integer> pagesTall = new HashMap<>();
  private final Styles styles;
  private final Theme theme;
  private final NewsLocale words;

  /**
   * @param streams the workbook, which streams a sheet of more than {@code streamedRows} rows
   *     of chart data
   */
  ChartSheetWriter(StreamedWorkbook streams, int streamedRows, Styles styles, Theme theme, NewsLocale words) {
    this.words = words;
    this.wb = streams.getXSSFWorkbook();
    this.streams = streams;
    this.streamedRows = streamedRows;
    this.styles = styles;
    this.theme = theme;
  }

  /** How many pages tall a chart's sheet prints on ({@link Layout#pagesTall}). */
  int pagesTall(String sheetName) {
    return pagesTall.getOrDefault(sheetName, 1);
  }

  /** A column chart: live chart data, a native Excel chart reading it, and the image as published. */
  void column(String sheetName, ColumnChartModel m, DataTable data, byte[] png) throws IOException {
    XSSFSheet sheet = wb.createSheet(sheetName);
    int r = words(sheet, m.frame());
    XSSFCell explain = sheet.createRow(r++).createCell(DATA_COLUMN);
    explain.setCellValue(words.say("workbook_data_formulas", "table", data.table(), "sheet", data.sheet()) + " "
        + words.say("workbook_gap"));
    explain.setCellStyle(styles.italic);

    int headerRow = r;
    XSSFRow header = sheet.createRow(r++);
    String xTitle = data.dataset().field(m.xField()).map(Field::title)
        .filter(t -> !t.isBlank()).orElse(m.xField());
    styled(header.createCell(DATA_COLUMN), xTitle);
    styled(header.createCell(DATA_COLUMN + 1), m.yLabel());
    String change = words.say("workbook_change");
    String changePercent = words.say("workbook_change_percent");
    styled(header.createCell(DATA_COLUMN + 2), change);
    styled(header.createCell(DATA_COLUMN + 3), changePercent);
    Layout.width(sheet, DATA_COLUMN, Math.max(8, xTitle.length() + 2));
    Layout.width(sheet, DATA_COLUMN + 1, Math.min(40, Math.max(12, m.yLabel().length() + 2)));
    Layout.width(sheet, DATA_COLUMN + 2, change.length() + 2);
    Layout.width(sheet, DATA_COLUMN + 3, changePercent.length() + 2);

    String base = ColumnChart.excelFormat(m.format());
    String yearColumn = data.column(m.xField());
    String valueColumn = data.column(m.yField());
    for (ColumnChartModel.Bar bar : m.bars()) {
      XSSFRow row = sheet.createRow(r);
      XSSFCell year = row.createCell(DATA_COLUMN);
      year.setCellValue(bar.year());
      year.setCellStyle(styles.data(DataSheetWriter.YEAR_FORMAT, false, false));
      XSSFCell value = row.createCell(DATA_COLUMN + 1);
      value.setCellFormula(lookup(new CellReference(r, DATA_COLUMN).formatAsString(), yearColumn, valueColumn));
      if (bar.missing()) {
        value.setCellErrorValue(FormulaError.NA);
      } else {
        value.setCellValue(bar.value());
      }
      value.setCellStyle(styles.data(ColumnChart.labelFormat(base, bar.qualifier()), false, false));
      changes(row, r, headerRow, m.bars(), base);
      r++;
    }
    // Wrapped within the data block's columns, so it never runs under the chart.
    XSSFRow boundsRow = sheet.createRow(r);
    styles.text(boundsRow.createCell(DATA_COLUMN), words.say("workbook_change_bound"), true);
    sheet.addMergedRegion(new CellRangeAddress(r, r, DATA_COLUMN, DATA_COLUMN + 3));
    Layout.fitLines(boundsRow, 2);
    CellRangeAddress years = new CellRangeAddress(headerRow + 1, r - 1, DATA_COLUMN, DATA_COLUMN);
    CellRangeAddress values = new CellRangeAddress(headerRow + 1, r - 1, DATA_COLUMN + 1, DATA_COLUMN + 1);

    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    // The derived columns take two more columns than other kinds' data blocks: the chart moves right.
    int chartColumn = CHART_COLUMN + 2;
    XSSFClientAnchor anchor = Layout.box(sheet, chartColumn, headerRow, WIDTH_PX, CHART_HEIGHT_PX);
    // In the colour the chart's images have: a split's value may give it one.
    ColumnChart.draw(drawing.createChart(anchor), m, sheet, years, values,
        new CellReference(sheetName, headerRow, DATA_COLUMN + 1, true, true), SeriesColours.of(m, theme));
    under(sheet, drawing, anchor, chartColumn, png, m);
  }

  /**
   * The change from the previous year and in percent, as live formulas over the chart data with
   * their values cached: the method the chart's title rests on ("fell by four-fifths"), for an
   * analyst to see and reuse. A year without a figure, or after one, gives #N/A.
   */
  private void changes(XSSFRow row, int r, int headerRow, List<ColumnChartModel.Bar> bars, String base) {
    int i = r - headerRow - 1;
    String now = new CellReference(r, DATA_COLUMN + 1).formatAsString();
    String before = new CellReference(r - 1, DATA_COLUMN + 1).formatAsString();
    boolean both = i > 0 && !bars.get(i).missing() && !bars.get(i - 1).missing();
    String test = "AND(ISNUMBER(" + now + "),ISNUMBER(" + before + "))";
    XSSFCell change = row.createCell(DATA_COLUMN + 2);
    XSSFCell percent = row.createCell(DATA_COLUMN + 3);
    if (i == 0) {
      change.setCellFormula("NA()");
      percent.setCellFormula("NA()");
    } else {
      change.setCellFormula("IF(" + test + "," + now + "-" + before + ",NA())");
      percent.setCellFormula("IF(" + test + "," + now + "/" + before + "-1,NA())");
    }
    if (both) {
      double a = bars.get(i - 1).value();
      double b = bars.get(i).value();
      change.setCellValue(b - a);
      percent.setCellValue(b / a - 1);
    } else {
      change.setCellErrorValue(FormulaError.NA);
      percent.setCellErrorValue(FormulaError.NA);
    }
    change.setCellStyle(styles.data("+" + base + ";-" + base + ";0", false, false));
    percent.setCellStyle(styles.data("+0.0%;-0.0%;0.0%", false, false));
  }

  /**
   * A chart of categories and colour-coded series (bar, grouped or stacked column, line, area):
   * the values as drawn in a block of cells, a native Excel chart reading them, and the image as
   * published. The values are derived by the spec's transform steps, so they are written as
   * numbers, with the table they come from named; a blank cell is a value the data lacks.
   */
  void series(String sheetName, ChartModel m, SeriesChart.Shape s, DataTable data, byte[] png) throws IOException {
    TimeAxis time = DateAxis.of(m);
    int[] columns = data.streamed() ? DateAxis.columnsAsDrawn(m, s, data.dataset()) : null;
    if (columns != null) {
      overTable(sheetName, m, s, data, columns, png);
      return;
    }
    // A block longer than a sheet kept whole is streamed, as a long dataset is.
    boolean streamed = s.categories().size() > streamedRows;
    XSSFSheet sheet = streamed ? streams.createStreamedSheet(sheetName) : wb.createSheet(sheetName);
    int headerRow = headerRow(m.frame());
    int widest = s.categories().stream().mapToInt(c -> c.label().length()).max().orElse(8);
    Layout.width(sheet, DATA_COLUMN, Math.min(40, Math.max(10, widest + 2)));
    List<CellReference> names = new ArrayList<>();
    List<XDDFNumericalDataSource<?>> values = new ArrayList<>();
    int last = headerRow + s.categories().size();
    for (int i = 0; i < s.series().size(); i++) {
      Layout.width(sheet, DATA_COLUMN + 1 + i, Math.min(30, Math.max(10, s.series().get(i).name().length() + 2)));
      names.add(new CellReference(sheetName, headerRow, DATA_COLUMN + 1 + i, true, true));
      String cells = new CellRangeAddress(headerRow + 1, last, DATA_COLUMN + 1 + i, DATA_COLUMN + 1 + i)
          .formatAsString(sheetName, true);
      // The chart's copy of the values comes from the model, not from evaluating the cells' formulas,
      // which POI cannot do over a table on a streamed sheet; a streamed block's values are not copied.
      values.add(XDDFDataSourcesFactory.fromArray(streamed ? new Double[0]
          : s.series().get(i).values().stream().map(Datum::value).toArray(Double[]::new), cells));
    }
    String categories = new CellRangeAddress(headerRow + 1, last, DATA_COLUMN, DATA_COLUMN)
        .formatAsString(sheetName, true);
    int chartColumn = Math.max(CHART_COLUMN, DATA_COLUMN + s.series().size() + 2);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    // The rows are all of the default height, written or not.
    XSSFClientAnchor anchor = Layout.box(sheet, chartColumn, headerRow, WIDTH_PX, CHART_HEIGHT_PX);
    XSSFChart chart = drawing.createChart(anchor);
    boolean numbers = NumberAxis.applies(m, s);
    // Years and other whole numbers named by themselves are numbers in their cells too, as a
    // dataset's are: written as text ("1973"), Excel marked each "number stored as text" and an
    // analyst could not sort or filter them as numbers.
    boolean wholeNumbers = time == null && (numbers || RoundSteps.allNumbers(s.categories()));
    SeriesChart.draw(chart, m, s, time != null ? XDDFDataSourcesFactory.fromArray(streamed ? new Double[0]
        : java.util.stream.IntStream.range(0, s.categories().size()).mapToObj(c -> DateAxis.serial(time, c))
            .toArray(Double[]::new), categories)
        : wholeNumbers ? XDDFDataSourcesFactory.fromArray(streamed ? new Double[0] : NumberAxis.values(s.categories()),
            categories)
        : XDDFDataSourcesFactory.fromArray(streamed ? new String[0]
        : s.categories().stream().map(Category::label).toArray(String[]::new), categories), values, names, theme);
    if (streamed) {
      SeriesChart.dropCaches(chart);
    }
    if (time != null) {
      DateAxis.apply(chart, time);
    } else if (numbers) {
      NumberAxis.apply(chart, s.categories());
    }
    List<Caption> captions = captions(anchor, m.frame(), png != null, s.type());
    int drawn = anchor.getRow2() + captions.size();
    if (png != null) {
      drawn = picture(sheet, drawing, png, chartColumn, anchor.getRow2() + 1 + captions.size(), m.altText());
    }
    pagesTall.put(sheetName, Layout.pagesTall(last + 1, drawn + 1));
    CountFormula counts = CountFormula.of(s.encoding(), data);
    if (streamed) {
      // Its rows are written after the workbook's styles: every style they take must be there.
      styles.textStyle(false, false);
      styles.textStyle(false, true);
      if (time != null) {
        styles.data(DateAxis.format(time), false, false);
      }
      styles.data(NumberAxis.FORMAT, false, false);
      String base = ColumnChart.excelFormat(s.format());
      s.series().forEach(series -> series.values().stream().map(Datum::qualifier).distinct()
          .forEach(q -> styles.data(ColumnChart.labelFormat(base, q), false, false)));
      streams.streamRows(sheet, out -> seriesRows(new XmlRows(out), m, s, wholeNumbers, data, counts, chartColumn,
          captions));
    } else {
      seriesRows(new PoiRows(sheet), m, s, wholeNumbers, data, counts, chartColumn, captions);
    }
  }

  /**
   * The rows of a series chart's sheet: its words, where its data comes from, and the block of
   * categories and values (or counting formulas); the captions beside it, in the chart's column.
   *
   * @param numbers whether the categories are whole numbers named by themselves, written as numbers
   */
  private void seriesRows(SheetRows out, ChartModel m, SeriesChart.Shape s, boolean numbers, DataTable data,
      CountFormula counts, int chartColumn, List<Caption> captions) throws IOException {
    int r = words(out, m.frame());
    out.row(r++, 0);
    out.text(DATA_COLUMN, words.say(counts == null ? "workbook_data_values" : "workbook_data_counts", "table",
        data.table(), "sheet", data.sheet()) + " " + words.say("workbook_blank"), styles.italic);
    out.row(r++, 0);
    // Named as the column the categories come from, as in the dataset's table ("year").
    Encoding encoding = s.encoding();
    out.text(DATA_COLUMN, encoding != null && encoding.category() != null ? encoding.category()
        : words.say("workbook_category"), styles.bold);
    for (int i = 0; i < s.series().size(); i++) {
      out.text(DATA_COLUMN + 1 + i, s.series().get(i).name(), styles.bold);
    }
    String base = ColumnChart.excelFormat(s.format());
    int next = 0;
    for (int c = 0; c < s.categories().size(); c++, r++) {
      out.row(r, 0);
      // Categories are text ("1950s"); moments are dates; years and other whole numbers named by
      // themselves are numbers, shown as the axis shows them: 1973, never 1,973.
      TimeAxis time = DateAxis.of(m);
      if (time != null) {
        out.number(DATA_COLUMN, DateAxis.serial(time, c), styles.data(DateAxis.format(time), false, false));
      } else if (numbers) {
        out.number(DATA_COLUMN, Double.parseDouble(s.categories().get(c).key()),
            styles.data(NumberAxis.FORMAT, false, false));
      } else {
        String label = s.categories().get(c).label();
        out.text(DATA_COLUMN, Styles.fit(label), styles.textStyle(false, Styles.looksLikeFormula(label)));
      }
      for (int i = 0; i < s.series().size(); i++) {
        Datum d = s.series().get(i).values().get(c);
        CellStyle style = styles.data(ColumnChart.labelFormat(base, d.qualifier()), false, false);
        String formula = counts == null || d.missing() ? null
            : counts.at(s.categories().get(c).key(), s.series().get(i).key());
        if (formula != null) {
          // The formula, with the count the chart draws as its cached value.
          out.formula(DATA_COLUMN + 1 + i, formula, d.value(), style);
        } else if (!d.missing()) {
          out.number(DATA_COLUMN + 1 + i, d.value(), style);
        } else {
          out.blank(DATA_COLUMN + 1 + i, style);
        }
      }
      if (next < captions.size() && captions.get(next).row() == r) {
        out.text(chartColumn, captions.get(next).text(), captions.get(next++).style());
      }
    }
    // Rows are written in order: the captions below the data block come last.
    for (Caption c : captions.subList(next, captions.size())) {
      out.row(c.row(), 0);
      out.text(chartColumn, c.text(), c.style());
    }
    out.end();
  }

  /**
   * A chart whose points are the rows of a streamed table, in order: the native chart reads the
   * table's columns themselves, so a million rows are neither written twice nor copied into the
   * chart; then the image as published.
   *
   * @param columns the table's category and value columns
   */
  private void overTable(String sheetName, ChartModel m, SeriesChart.Shape s, DataTable data, int[] columns,
      byte[] png) throws IOException {
    XSSFSheet sheet = wb.createSheet(sheetName);
    int r = words(sheet, m.frame());
    List<Field> fields = data.dataset().fields();
    int rows = data.dataset().rows().size();
    XSSFCell explain = sheet.createRow(r++).createCell(DATA_COLUMN);
    explain.setCellValue(words.say("workbook_data_rows", "rows",
        words.marks(NumberStyle.format(rows, NumberStyle.DEFAULT_PATTERN)), "table", data.table(), "sheet",
        data.sheet(), "x", fields.get(columns[0]).name(), "y", fields.get(columns[1]).name()) + " "
        + words.say("workbook_blank"));
    explain.setCellStyle(styles.italic);
    String categories = new CellRangeAddress(1, rows, columns[0], columns[0]).formatAsString(data.sheet(), true);
    String values = new CellRangeAddress(1, rows, columns[1], columns[1]).formatAsString(data.sheet(), true);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = Layout.box(sheet, DATA_COLUMN, r, WIDTH_PX, CHART_HEIGHT_PX);
    XSSFChart chart = drawing.createChart(anchor);
    // Dates are serial numbers in their cells.
    SeriesChart.draw(chart, m, s, fields.get(columns[0]).type().isNumeric() || fields.get(columns[0]).type().isTemporal()
        ? XDDFDataSourcesFactory.fromArray(new Double[0], categories)
        : XDDFDataSourcesFactory.fromArray(new String[0], categories),
        List.of(XDDFDataSourcesFactory.fromArray(new Double[0], values)), Collections.singletonList(null),
        theme);
    SeriesChart.dropCaches(chart);
    if (DateAxis.of(m) != null) {
      DateAxis.apply(chart, DateAxis.of(m));
    } else if (NumberAxis.applies(m, s)) {
      NumberAxis.apply(chart, s.categories());
    } else {
      SeriesChart.plainCategories(chart);
    }
    under(sheet, drawing, anchor, DATA_COLUMN, png, m);
  }

  /** Under the native chart: its captions, then the image as published, when there is one. */
  private void under(XSSFSheet sheet, XSSFDrawing drawing, XSSFClientAnchor chart, int column, byte[] png,
      ChartModel m) {
    List<Caption> captions = captions(chart, m.frame(), png != null, null);
    for (Caption c : captions) {
      XSSFCell cell = row(sheet, c.row()).createCell(column);
      cell.setCellValue(c.text());
      cell.setCellStyle(c.style());
    }
    if (png != null) {
      picture(sheet, drawing, png, column, chart.getRow2() + 1 + captions.size(), m.altText());
    }
  }

  /**
   * The lines under a native chart, from the row below it: each annotation it does not show, then
   * "As published:" over the image, when there is one.
   */
  /** @param shares whether the chart is a 100% stack, whose shares its native chart leaves unlabelled */
  /** The captions under a native chart; {@code type} is null for a column chart's. */
  private List<Caption> captions(XSSFClientAnchor chart, Frame frame, boolean image, SeriesChart.Type type) {
    List<Caption> out = new ArrayList<>();
    int row = chart.getRow2() + 1;
    for (String line : NotDrawn.lines(frame, image, words)) {
      out.add(new Caption(row++, line, styles.italic));
    }
    if (type == SeriesChart.Type.PERCENT) {
      out.add(new Caption(row++, words.say("workbook_shares_unlabelled"), styles.italic));
    }
    if (type != null && type.areaAsLines()) {
      out.add(new Caption(row++, words.say("workbook_area_as_lines"), styles.italic));
    }
    if (image) {
      out.add(new Caption(row, words.say("workbook_as_published"), styles.bold));
    }
    return out;
  }

  /** A chart Excel cannot draw natively: the published image and where its data is. */
  void image(String sheetName, ChartModel m, DataTable data, byte[] png) throws IOException {
    XSSFSheet sheet = wb.createSheet(sheetName);
    int r = words(sheet, m.frame());
    XSSFCell note = sheet.createRow(r++).createCell(0);
    note.setCellValue(words.say(png == null ? "workbook_no_image" : "workbook_image_only", "kind",
        kindName(m), "sheet", data.sheet()));
    note.setCellStyle(styles.italic);
    if (png != null) {
      picture(sheet, sheet.createDrawingPatriarch(), png, 0, r + 1, m.altText());
    }
  }

  /** The kind as the note on an image-only sheet names it, in the workbook's words. */
  private String kindName(ChartModel m) {
    String key = m instanceof RangeChartModel ? "range"
        : m instanceof TimelineChartModel ? "timeline"
        : m instanceof DotChartModel d ? (d.stems() ? "lollipop" : "dot")
        : m instanceof DumbbellChartModel ? "dumbbell"
        : m instanceof SlopeChartModel ? "slope"
        : m instanceof SmallMultiplesChartModel ? "small_multiples"
        : m instanceof TableChartModel ? "table" : null;
    return key == null ? m.getClass().getSimpleName() : words.say("workbook_kind_" + key);
  }

  /**
   * The row of a chart data block's header: after the words (title, subtitle, notes, source line),
   * a gap, and the line that says where the data comes from.
   */
  static int headerRow(Frame frame) {
    return frame.notes().size() + 5;
  }

  /** Title, subtitle, notes and source line from row 1 down; returns the next free row after a gap. */
  private int words(SheetRows out, Frame frame) throws IOException {
    int r = 0;
    out.row(r++, 0);
    out.text(0, frame.title(), styles.title);
    if (frame.subtitle() != null) {
      out.row(r, 0);
      out.text(0, frame.subtitle(), null);
    }
    r++;
    for (String note : frame.notes()) {
      out.row(r++, 0);
      out.text(0, frame.noteLine(note), null);
    }
    out.row(r++, 0);
    out.text(0, frame.sourceLine(), null);
    return r + 1;
  }

  /** The words of a sheet kept whole. */
  private int words(XSSFSheet sheet, Frame frame) throws IOException {
    return words(new PoiRows(sheet), frame);
  }

  /**
   * The chart data formula: the figure for this row's year, looked up in the table by year so it
   * survives sorting and filtering the table; #N/A (a gap, not a zero) when the table has no row
   * for the year or the row has no figure.
   */
  static String lookup(String yearCell, String yearColumn, String valueColumn) {
    String index = "INDEX(" + valueColumn + ",MATCH(" + yearCell + "," + yearColumn + ",0))";
    return "IFERROR(IF(" + index + "=\"\",NA()," + index + "),NA())";
  }

  /** Anchors the image at the row; returns the row its bottom is in. */
  private int picture(XSSFSheet sheet, XSSFDrawing drawing, byte[] png, int column, int row, String altText) {
    int[] size = Png.size(png);
    int height = (int) Math.round((double) WIDTH_PX * size[1] / size[0]);
    XSSFClientAnchor anchor = Layout.box(sheet, column, row, WIDTH_PX, height);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    XSSFPicture picture = drawing.createPicture(anchor, wb.addPicture(png, Workbook.PICTURE_TYPE_PNG));
    picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(altText);
    return anchor.getRow2();
  }

  private void styled(XSSFCell cell, String text) {
    cell.setCellValue(text);
    cell.setCellStyle(styles.bold);
  }

  private static XSSFRow row(XSSFSheet sheet, int index) {
    XSSFRow row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }
}
