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
import org.chartdesk.dataset.Story;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.Theme;

/**
 * Writes the story's Excel workbook: an About sheet, every dataset as a typed Excel Table, and a
 * sheet per chart, where a column chart is a native Excel chart whose series read live formulas
 * over those tables, and a bar, grouped or stacked column, line or area chart a native chart
 * reading the values as drawn. Charts Excel has no kind for are shown as their published image.
 *
 * <p>A dataset of more than {@link #STREAMED_ROWS} rows is streamed: its rows go to disk as they
 * are written, so memory does not grow with them.
 *
 * <p>The bytes depend only on the inputs (and {@code SOURCE_DATE_EPOCH}): fixed document dates,
 * fixed zip entry times, and names and order derived from the inputs alone.
 */
public final class WorkbookWriter {
  static final String CREATOR = "chartdesk";

  /** Datasets with more rows than this are streamed to disk as they are written, not held whole. */
  static final int STREAMED_ROWS = 100_000;

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
    return write(story, charts, pngs, theme, info, STREAMED_ROWS);
  }

  /**
   * As {@link #write(Story, List, Map, Theme, BuildInfo)}, streaming the sheets of datasets, and of
   * chart data, of more than {@code streamedRows} rows.
   */
  static byte[] write(Story story, List<ChartModel> charts, Map<String, byte[]> pngs, Theme theme,
      BuildInfo info, int streamedRows) throws IOException {
    Instant instant = ReproducibleZip.buildInstant(System.getenv("SOURCE_DATE_EPOCH"));
    try (StreamedWorkbook streams = new StreamedWorkbook(new XSSFWorkbook(), instant)) {
      XSSFWorkbook wb = streams.getXSSFWorkbook();
      try {
        Styles styles = new Styles(wb);
        SheetNames.Plan names = SheetNames.plan(story, charts);
        AboutSheetWriter about = AboutSheetWriter.create(wb, styles, names.about());

        Map<String, DataTable> tables = new LinkedHashMap<>();
        Set<String> tableNames = new HashSet<>();
        for (int i = 0; i < story.datasets().size(); i++) {
          Dataset d = story.datasets().get(i);
          String name = names.datasets().get(i);
          boolean streamed = d.rows().size() > streamedRows;
          XSSFSheet sheet = streamed ? streams.createStreamedSheet(name) : wb.createSheet(name);
          tables.put(d.name(), DataSheetWriter.write(sheet, styles, d, DataTable.tableName(d.name(), tableNames),
              streamed ? streams : null));
        }

        ChartSheetWriter chartSheets = new ChartSheetWriter(streams, streamedRows, styles, theme);
        List<AboutSheetWriter.Entry> chartEntries = new ArrayList<>();
        for (ChartModel chart : charts) {
          String id = chart.frame().id();
          String sheet = names.charts().get(id);
          DataTable data = tables.get(chart.dataset());
          if (data == null) {
            throw new IllegalArgumentException("chart " + id + " reads dataset " + chart.dataset()
                + ", which the story does not have");
          }
          SeriesChart.Shape shape = SeriesChart.of(chart);
          if (chart instanceof ColumnChartModel column) {
            chartSheets.column(sheet, column, data, pngs.get(id));
          } else if (shape != null) {
            chartSheets.series(sheet, chart, shape, data, pngs.get(id));
          } else {
            chartSheets.image(sheet, chart, data, pngs.get(id));
          }
          chartEntries.add(new AboutSheetWriter.Entry(chart.frame().title(), sheet, chart.altText()));
        }
        about.fill(story, chartEntries, tables.values().stream()
            .map(t -> new AboutSheetWriter.Entry(t.dataset().title(), t.sheet(), t.dataset().description()))
            .toList(), info, DateTimeFormatter.ISO_INSTANT.format(instant));
        wb.setActiveSheet(0);

        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setTitle(story.title());
        core.getUnderlyingProperties().setCreatedProperty(Optional.of(Date.from(instant)));
        core.getUnderlyingProperties().setModifiedProperty(Optional.of(Date.from(instant)));

        // Through a file, read back at its size: a growing array and its copy would hold a large
        // workbook three times over.
        Path file = Files.createTempFile("chartdesk-", ".xlsx");
        try {
          try (OutputStream out = Files.newOutputStream(file)) {
            streams.write(out);
          }
          return Files.readAllBytes(file);
        } finally {
          Files.delete(file);
        }
      } finally {
        // The streamed sheets' temporary files.
        streams.dispose();
      }
    }
  }
}
