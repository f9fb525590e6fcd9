package org.chartdesk.workbook;

import java.util.ArrayList;
import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.SheetLimits;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.NewsLocale;

/**
 * Checks, before anything is written, that the workbook can hold what the build would put in it:
 * every text within a cell's 32,767 characters, every chart's data block within a sheet's rows and
 * columns, and every dataset and chart on a sheet of its own name. The datasets' rows, columns and
 * values are checked as they are loaded ({@link SheetLimits}).
 */
public final class WorkbookLimits {
  /** Columns the native chart beside a chart data block spans (900 pixels of default columns). */
  static final int CHART_COLUMNS = 16;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final NewsLocale words;

  private WorkbookLimits(NewsLocale words) {
    this.words = words;
  }

  /**
   * Errors for what the workbook cannot hold; warnings for names its sheets cannot take as they are.
   *
   * @param words the locale of the workbook's own words, which some of its cells hold with the data's
   */
  public static List<Diagnostic> check(Story story, List<ChartModel> charts, NewsLocale words) {
    WorkbookLimits limits = new WorkbookLimits(words);
    limits.story(story);
    SheetNames.Plan plan = SheetNames.plan(story, charts);
    for (int i = 0; i < story.datasets().size(); i++) {
      Dataset d = story.datasets().get(i);
      limits.sheetName(d.path(), "dataset", d.name(), plan.datasets().get(i));
    }
    for (ChartModel chart : charts) {
      String file = "charts/" + chart.frame().id() + ".yaml";
      String sheet = plan.charts().get(chart.frame().id());
      // A chart sheet may add " (chart)" to its id, which is no limit of Excel's; any other
      // change is said, with the sheet's name as it is.
      String id = chart.frame().id();
      limits.sheetName(file, "chart", id, sheet.equals(id + SheetNames.CHART_SUFFIX) ? id : sheet);
      story.dataset(chart.dataset()).ifPresent(d -> limits.chart(file, chart, d));
    }
    return List.copyOf(limits.diagnostics);
  }

  /** The About sheet's words from the data package. */
  private void story(Story story) {
    String file = StoryLoader.DESCRIPTOR;
    text(file, "the story's title", story.title());
    text(file, "the story's description", story.description());
    for (Source s : story.sources()) {
      text(file, "the title of source " + Message.quote(s.name()), s.title());
    }
    for (Dataset d : story.datasets()) {
      text(file, "the title of dataset " + Message.quote(d.name()), d.title());
      text(file, "the description of dataset " + Message.quote(d.name()), d.description());
      for (Field f : d.fields()) {
        text(file, "the title of field " + Message.quote(f.name()) + " of dataset " + Message.quote(d.name()),
            f.title());
      }
    }
  }

  /** The words of a chart's sheet, and its data block's extent and labels. */
  private void chart(String file, ChartModel chart, Dataset d) {
    Frame f = chart.frame();
    text(file, "the title", f.title());
    text(file, "the subtitle", f.subtitle());
    for (String note : f.notes()) {
      text(file, "a note", f.noteLine(note));
    }
    text(file, "the source line", f.sourceLine());
    if (chart instanceof ColumnChartModel column) {
      text(file, "the value label", column.yLabel());
    }
    SeriesChart.Shape s = SeriesChart.of(chart);
    if (s != null || chart instanceof ColumnChartModel) {
      for (String line : NotDrawn.lines(f, true, words)) {
        text(file, "the line naming an annotation the Excel chart does not draw", line);
      }
    }
    boolean overTable = s != null && d.rows().size() > WorkbookWriter.STREAMED_ROWS
        && DateAxis.columnsAsDrawn(chart, s, d) != null;
    if (s == null || overTable) {
      return;
    }
    text(file, "the value label", s.valueLabel());
    for (var series : s.series()) {
      text(file, "the name of series " + Message.quote(series.key()), series.name());
    }
    // Moments are written as date serials, not text.
    for (int c = 0; DateAxis.of(chart) == null && c < s.categories().size(); c++) {
      text(file, "the category", s.categories().get(c).label());
    }
    int first = ChartSheetWriter.headerRow(f) + 1;
    int last = first + s.categories().size() - 1;
    if (last >= SheetLimits.ROWS) {
      diagnostics.add(Message.CHART_DATA_TOO_LONG.error(file, 0, 0,
          "count the rows per decade or category with transform steps, or leave some out with a filter",
          Message.quote(d.name()), first + 1, last + 1, SheetLimits.ROWS));
    }
    int columns = ChartSheetWriter.DATA_COLUMN + 1 + s.series().size() + CHART_COLUMNS;
    if (columns > SheetLimits.COLUMNS) {
      diagnostics.add(Message.CHART_DATA_TOO_WIDE.error(file, 0, 0,
          "show fewer series: filter the rows, or use a field with fewer values for the colour",
          s.series().size(), columns, SheetLimits.COLUMNS));
    }
  }

  private void text(String file, String what, String text) {
    if (text != null && text.length() > SheetLimits.CELL_CHARS) {
      diagnostics.add(Message.TEXT_TOO_LONG.error(file, 0, 0, "shorten it", what, Message.quote(text),
          text.length(), SheetLimits.CELL_CHARS));
    }
  }

  private void sheetName(String file, String what, String name, String sheet) {
    if (!sheet.equals(name)) {
      diagnostics.add(Message.SHEET_RENAMED.warning(file, 0, 0, "a sheet name has at most "
          + SheetLimits.SHEET_NAME_CHARS + " characters, none of [ ] : * ? / \\, and differs from the other "
          + "sheets' in more than case", what, Message.quote(name), Message.quote(sheet)));
    }
  }
}
