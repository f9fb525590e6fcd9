package org.chartdesk.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.Story;
import org.chartdesk.io.FileBytes;
import org.chartdesk.io.TempFolder;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.QualifiedColumns;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.Theme;
import org.chartdesk.theme.NewsLocale;

/**
 * Writes the story's Excel workbook: an About sheet, every dataset as a typed Excel Table, and a
 * sheet per chart, where a column chart is a native Excel chart whose series read live formulas
 * over those tables, and a bar, grouped or stacked column, line or area chart a native chart
 * reading the values as drawn. Charts Excel has no kind for are shown as their published image.
 *
 * <p>A dataset of more than {@link #STREAMED_ROWS} rows, or {@link #STREAMED_COLUMNS} columns, is
 * streamed: its rows go to disk as they are written, so memory does not grow with them.
 *
 * <p>The bytes depend only on the inputs (and {@code SOURCE_DATE_EPOCH}): fixed document dates,
 * fixed zip entry times, and names and order derived from the inputs alone.
 */
public final class WorkbookWriter {
  static final String CREATOR = "chartdesk";

  /** Datasets with more rows than this are streamed to disk as they are written, not held whole. */
  static final int STREAMED_ROWS = 1_000;
  /** Datasets with more columns than this are streamed too (16,384 columns of one row took minutes). */
  static final int STREAMED_COLUMNS = 200;

  private WorkbookWriter() {}

  /**
   * Builds the workbook.
   *
   * @param charts in build order; each chart's dataset must be one of the story's
   * @param pngs chart id to 1x PNG bytes, embedded beside native charts or alone for kinds Excel
   *     cannot draw; a chart without one gets no image
   * @param info the build's provenance and lint results, for the About sheet
   * @return the .xlsx bytes, byte-identical for identical inputs
   */
  public static byte[] write(Story story, List<ChartModel> charts, Map<String, byte[]> pngs, Theme theme,
      BuildInfo info) throws IOException {
    return write(story, charts, pngs, theme, info, NewsLocale.english());
  }

  /** As {@link #write(Story, List, Map, Theme, BuildInfo)}, its own words in {@code words}' language. */
  public static byte[] write(Story story, List<ChartModel> charts, Map<String, byte[]> pngs, Theme theme,
      BuildInfo info, NewsLocale words) throws IOException {
    return write(story, charts, pngs, theme, info, STREAMED_ROWS, words);
  }

  /**
   * As {@link #write(Story, List, Map, Theme, BuildInfo)}, streaming the sheets of datasets, and of
   * chart data, of more than {@code streamedRows} rows.
   */
  static byte[] write(Story story, List<ChartModel> charts, Map<String, byte[]> pngs, Theme theme,
      BuildInfo info, int streamedRows) throws IOException {
    return write(story, charts, pngs, theme, info, streamedRows, NewsLocale.english());
  }

  private static byte[] write(Story story, List<ChartModel> charts, Map<String, byte[]> pngs, Theme theme,
      BuildInfo info, int streamedRows, NewsLocale words) throws IOException {
    try (Pending workbook = begin(story, charts, theme, streamedRows, words)) {
      for (ChartModel chart : charts) {
        workbook.add(chart, pngs.get(chart.frame().id()));
      }
      return workbook.finish(info);
    }
  }

  /**
   * Starts the workbook: its About sheet (filled last) and every dataset's sheet. Then {@link
   * Pending#add} each chart, in the order of {@code charts}, as its image comes, and {@link
   * Pending#finish}: a build writes the workbook so while the charts are still being drawn.
   */
  public static Pending begin(Story story, List<ChartModel> charts, Theme theme) throws IOException {
    return begin(story, charts, theme, NewsLocale.english());
  }

  /**
   * As {@link #begin(Story, List, Theme)}, the workbook's own words (headings, the lines that say
   * where a chart's data comes from) in {@code words}' language: the edition's.
   */
  public static Pending begin(Story story, List<ChartModel> charts, Theme theme, NewsLocale words)
      throws IOException {
    return begin(story, charts, theme, STREAMED_ROWS, words);
  }

  private static Pending begin(Story story, List<ChartModel> charts, Theme theme, int streamedRows,
      NewsLocale words) throws IOException {
    Pending workbook = new Pending(story, theme, streamedRows, words);
    try {
      workbook.start(charts);
      return workbook;
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /** A workbook being written; not for use by several threads at once. */
  public static final class Pending implements AutoCloseable {
    private final Story story;
    private final Instant instant = ReproducibleZip.buildInstant(System.getenv("SOURCE_DATE_EPOCH"));
    private final StreamedWorkbook streams;
    private final XSSFWorkbook wb;
    private final Styles styles;
    private final ChartSheetWriter chartSheets;
    private final int streamedRows;
    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final List<AboutSheetWriter.Entry> chartEntries = new ArrayList<>();
    private SheetNames.Plan names;
    private AboutSheetWriter about;

    private final NewsLocale words;

    private Pending(Story story, Theme theme, int streamedRows, NewsLocale words) {
      this.words = words;
      PoiTempFolder.use();
      JdkTransformer.name();
      this.story = story;
      this.streams = new StreamedWorkbook(new XSSFWorkbook(), instant);
      this.wb = streams.getXSSFWorkbook();
      this.styles = new Styles(wb);
      this.chartSheets = new ChartSheetWriter(streams, streamedRows, styles, theme, words);
      this.streamedRows = streamedRows;
    }

    private void start(List<ChartModel> charts) throws IOException {
      names = SheetNames.plan(story, charts);
      about = AboutSheetWriter.create(wb, styles, names.about(), words);
      Set<String> tableNames = new HashSet<>();
      Map<String, Map<String, String>> qualified = QualifiedColumns.byDataset(charts);
      for (int i = 0; i < story.datasets().size(); i++) {
        Dataset d = story.datasets().get(i);
        String name = names.datasets().get(i);
        // A wide dataset too: POI looks up every cell's column among the widths set, one by one.
        boolean streamed = d.rows().size() > streamedRows || d.fields().size() > STREAMED_COLUMNS;
        XSSFSheet sheet = streamed ? streams.createStreamedSheet(name) : wb.createSheet(name);
        tables.put(d.name(), DataSheetWriter.write(sheet, styles, d, qualified.getOrDefault(d.name(), Map.of()),
            DataTable.tableName(d.name(), tableNames), streamed ? streams : null));
      }
    }

    /**
     * Adds a chart's sheet.
     *
     * @param png its 1x PNG, embedded beside a native chart or alone for kinds Excel cannot draw;
     *     null for none
     */
    public void add(ChartModel chart, byte[] png) throws IOException {
      String id = chart.frame().id();
      String sheet = names.charts().get(id);
      DataTable data = tables.get(chart.dataset());
      if (data == null) {
        throw new IllegalArgumentException("chart " + id + " reads dataset " + chart.dataset()
            + ", which the story does not have");
      }
      SeriesChart.Shape shape = SeriesChart.of(chart);
      if (chart instanceof ColumnChartModel column) {
        chartSheets.column(sheet, column, data, png);
      } else if (shape != null) {
        chartSheets.series(sheet, chart, shape, data, png);
      } else {
        chartSheets.image(sheet, chart, data, png);
      }
      ShapeNames.apply(wb.getSheet(sheet).getDrawingPatriarch());
      if (png != null) {
        streams.deflateAhead(png);
      }
      chartEntries.add(new AboutSheetWriter.Entry(chart.frame().title(), sheet, chart.altText()));
    }

    /** Every dataset's described columns, in the order of the datasets' sheets. */
    private List<AboutSheetWriter.Column> columns() {
      List<AboutSheetWriter.Column> out = new ArrayList<>();
      for (DataTable t : tables.values()) {
        for (Field f : t.dataset().fields()) {
          if (f.meaning() != null) {
            out.add(new AboutSheetWriter.Column(t.sheet(), f.name(), f.meaning()));
          }
        }
      }
      return out;
    }

    /**
     * Fills the About sheet and writes the workbook.
     *
     * @param info the build's provenance and lint results, for the About sheet
     * @return the .xlsx bytes, byte-identical for identical inputs
     */
    public byte[] finish(BuildInfo info) throws IOException {
      about.fill(story, chartEntries, tables.values().stream()
          .map(t -> new AboutSheetWriter.Entry(t.dataset().title(), t.sheet(), t.dataset().description()))
          .toList(), columns(), info, DateTimeFormatter.ISO_INSTANT.format(instant));
      wb.setActiveSheet(0);
      wb.forEach(s -> Layout.printOnePageWide((XSSFSheet) s, names.charts().containsValue(s.getSheetName())
          ? chartSheets.pagesTall(s.getSheetName()) : 0));

      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setCreator(CREATOR);
      core.setTitle(story.title());
      core.getUnderlyingProperties().setCreatedProperty(Optional.of(Date.from(instant)));
      core.getUnderlyingProperties().setModifiedProperty(Optional.of(Date.from(instant)));

      // Through a file, read back at its size: a growing array and its copy would hold a large
      // workbook three times over.
      // In the build's own folder, which a later build removes should this one be killed.
      Path file = Files.createTempFile(TempFolder.of(), "workbook-", ".xlsx");
      try {
        try (FirstFailure out = new FirstFailure(Files.newOutputStream(file))) {
          try {
            streams.write(out);
          } catch (IOException | RuntimeException e) {
            // Without a streamed sheet, POI wraps the disk's error in a runtime exception of its own.
            throw out.cause(e);
          }
        }
        return FileBytes.read(file);
      } finally {
        Files.delete(file);
      }
    }

    /**
     * A stream that remembers the first error writing to it. When the disk fills, POI closes its zip
     * in a {@code finally} and reports only that the zip "contains unclosed entries"; the user needs
     * to hear that the disk is full.
     */
    private static final class FirstFailure extends java.io.FilterOutputStream {
      private IOException first;

      FirstFailure(OutputStream out) {
        super(out);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw remember(e);
        }
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw remember(e);
        }
      }

      private IOException remember(IOException e) {
        if (first == null) {
          first = e;
        }
        return e;
      }

      /**
       * The first error written, with what the writer reported instead kept beside it; what it
       * reported when nothing failed to be written.
       */
      IOException cause(Exception reported) {
        if (first == null) {
          if (reported instanceof RuntimeException r) {
            throw r;
          }
          return (IOException) reported;
        }
        if (first != reported) {
          first.addSuppressed(reported);
        }
        return first;
      }
    }

    /** Removes the streamed sheets' temporary files. */
    @Override
    public void close() throws IOException {
      streams.close();
    }
  }
}
