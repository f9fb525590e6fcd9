package org.chartdesk.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * <p>The bytes depend only on the inputs (and {@code SOURCE_DATE_EPOCH}): fixed document dates,
 * fixed zip entry times, and names and order derived from the inputs alone.
 */
public final class WorkbookWriter {
  static final String CREATOR = "chartdesk";

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
    Instant instant = ReproducibleZip.buildInstant(System.getenv("SOURCE_DATE_EPOCH"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      SheetNames names = new SheetNames();
      AboutSheetWriter about = AboutSheetWriter.create(wb, styles, names.claim(AboutSheetWriter.NAME));

      Map<String, DataTable> tables = new LinkedHashMap<>();
      Set<String> tableNames = new HashSet<>();
      for (Dataset d : story.datasets()) {
        tables.put(d.name(), DataSheetWriter.write(wb, styles, d, names.claim(d.name()),
            DataTable.tableName(d.name(), tableNames)));
      }

      ChartSheetWriter chartSheets = new ChartSheetWriter(wb, styles, theme);
      List<AboutSheetWriter.Entry> chartEntries = new ArrayList<>();
      for (ChartModel chart : charts) {
        String id = chart.frame().id();
        String sheet = names.isTaken(id) ? names.claim(id, " (chart)") : names.claim(id);
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

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return ReproducibleZip.normalise(out.toByteArray(), instant);
    }
  }
}
