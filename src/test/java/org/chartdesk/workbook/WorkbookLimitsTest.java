package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.model.Binder;
import org.chartdesk.model.ChartModel;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** Each of Excel's limits, checked before anything is written, naming what does not fit. */
class WorkbookLimitsTest {
  @Test
  void aChartWhoseDataRunsPastTheLastRowIsAnError() throws InputException {
    // Two rows, but a slot for every step between them: 1,048,571 rows of chart data.
    Story story = story("walk", rows(new Object[] {0L, 1.0, "a"}, new Object[] {1_048_570L, 2.0, "b"}));
    ChartModel line = bind(story, "walk", "kind: line\nx: {field: step}\ny: {field: value}\n");

    List<Diagnostic> found = WorkbookLimits.check(story, List.of(line), NewsLocale.english());

    int first = ChartSheetWriter.headerRow(line.frame()) + 2;
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo("charts/walk.yaml");
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.text()).isEqualTo(Message.CHART_DATA_TOO_LONG.format("\"walk\"", first, first + 1_048_570,
          1_048_576));
    });
  }

  @Test
  void aChartWithMoreSeriesThanASheetHasColumnsIsAnError() throws InputException {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 16_400; i++) {
      rows.add(new Row(i + 2, new Object[] {2000L, 1.0, "s" + i}));
    }
    Story story = story("walk", rows);
    ChartModel columns = bind(story, "walk",
        "kind: grouped-column\nx: {field: step}\ny: {field: value}\ncolor: {field: name}\n");

    assertThat(WorkbookLimits.check(story, List.of(columns), NewsLocale.english())).extracting(Diagnostic::code)
        .containsExactly(Message.CHART_DATA_TOO_WIDE);
  }

  @Test
  void aTextLongerThanACellHoldsIsAnErrorThatSaysWhichText() throws InputException {
    String label = "x".repeat(20_000);
    Story story = story("walk", rows(new Object[] {1L, 1.0, label}));
    ChartModel bars = bind(story, "walk", "kind: bar\ny: {field: name}\nx: {field: value}\nlabel: \"{name} {name}\"\n"
        + "subtitle: " + "s".repeat(40_000) + "\n");

    List<Diagnostic> found = WorkbookLimits.check(story, List.of(bars), NewsLocale.english());

    assertThat(found).extracting(Diagnostic::text).containsExactly(
        Message.TEXT_TOO_LONG.format("the subtitle", Message.quote("s".repeat(40_000)), 40_000, 32_767),
        Message.TEXT_TOO_LONG.format("the category", Message.quote(label + " " + label), 40_001, 32_767));
    assertThat(found).extracting(Diagnostic::file).containsOnly("charts/walk.yaml");
  }

  @Test
  void anEventLineTheSheetNamesMustFitItsCell() throws InputException {
    String text = "t".repeat(33_000);
    Story story = story("walk", rows(new Object[] {1L, 1.0, "a"}, new Object[] {2L, 2.0, "b"}));
    ChartModel line = bind(story, "walk", "kind: line\nx: {field: step}\ny: {field: value}\n"
        + "annotations: [{kind: line, x: 2, text: " + text + "}]\n");

    String cell = "Not drawn in the Excel chart (see the image below): event line at 2, \"" + text + "\"";
    assertThat(WorkbookLimits.check(story, List.of(line), NewsLocale.english())).extracting(Diagnostic::text)
        .containsExactly(
        Message.TEXT_TOO_LONG.format("the line naming an annotation the Excel chart does not draw",
            Message.quote(cell), cell.length(), 32_767));
  }

  @Test
  void theDataPackagesWordsMustFitTheAboutSheet() {
    Dataset d = new Dataset("walk", "Walk", "d".repeat(33_000), "datasets/walk.csv", fields(), List.of(), "0");
    Story story = new Story("s", "S", "", "", "", List.of(), List.of(d));
    assertThat(WorkbookLimits.check(story, List.of(), NewsLocale.english())).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo(StoryLoader.DESCRIPTOR);
      assertThat(e.text()).startsWith("the description of dataset \"walk\" ");
    });
  }

  @Test
  void aNameASheetCannotTakeIsAWarningThatNamesTheSheet() throws InputException {
    String name = "kgb-planted-stories-in-indian-publications";
    Story story = story(name, rows(new Object[] {1973L, 1.0, "a"}));
    ChartModel chart = bind(story, name, "a[1]", "kind: line\nx: {field: step}\ny: {field: value}\n");

    List<Diagnostic> found = WorkbookLimits.check(story, List.of(chart), NewsLocale.english());

    assertThat(found).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    assertThat(found).extracting(Diagnostic::file).containsExactly("datasets/" + name + ".csv", "charts/a[1].yaml");
    assertThat(found).extracting(Diagnostic::text).containsExactly(
        Message.SHEET_RENAMED.format("dataset", Message.quote(name), "\"kgb-planted-stories-in-indian-p\""),
        Message.SHEET_RENAMED.format("chart", "\"a[1]\"", "\"a_1_\""));
  }

  /**
   * Two charts whose ids are the same in their first 31 characters are numbered, as two datasets
   * would be, and " (chart)" is kept for a chart named as its dataset: the second chart's sheet
   * had been "…-indian-pu (chart)" and the warning named a sheet without the suffix, which no
   * workbook held.
   */
  @Test
  void chartsWhoseIdsCutToTheSameNameAreNumberedAndEachWarningNamesItsSheet() throws InputException {
    String name = "kgb-planted-stories-in-indian-publications";
    String spec = "kind: line\nx: {field: step}\ny: {field: value}\n";
    Story walk = story("walk", rows(new Object[] {1973L, 1.0, "a"}));
    List<ChartModel> charts = List.of(bind(walk, "walk", name + "-one", spec), bind(walk, "walk", name + "-two", spec),
        bind(walk, "walk", spec));

    assertThat(WorkbookLimits.check(walk, charts, NewsLocale.english())).extracting(Diagnostic::text).containsExactly(
        Message.SHEET_RENAMED.format("chart", Message.quote(name + "-one"), "\"kgb-planted-stories-in-indian-p\""),
        Message.SHEET_RENAMED.format("chart", Message.quote(name + "-two"), "\"kgb-planted-stories-in-indi (2)\""));

    Story kgb = story(name, rows(new Object[] {1973L, 1.0, "a"}));
    assertThat(WorkbookLimits.check(kgb, List.of(bind(kgb, name, spec)), NewsLocale.english()))
        .extracting(Diagnostic::text).containsExactly(
            Message.SHEET_RENAMED.format("dataset", Message.quote(name), "\"kgb-planted-stories-in-indian-p\""),
            Message.SHEET_RENAMED.format("chart", Message.quote(name), "\"kgb-planted-stories-in- (chart)\""));
  }

  @Test
  void theChartDataBlockStartsWhereTheCheckSaysItDoes() throws Exception {
    Story story = story("walk", rows(new Object[] {1L, 1.0, "a"}, new Object[] {2L, 2.0, "b"}));
    ChartModel line = bind(story, "walk", "kind: line\nx: {field: step}\ny: {field: value}\nnotes: [one, two]\n");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(story, List.of(line),
        Map.of(), Theme.house(), WorkbookWriterTest.INFO)))) {
      assertThat(wb.getSheet("walk (chart)").getRow(ChartSheetWriter.headerRow(line.frame())).getCell(0)
          .getStringCellValue()).isEqualTo("step");
    }
  }

  private static ChartModel bind(Story story, String data, String keys) throws InputException {
    return bind(story, data, data, keys);
  }

  private static ChartModel bind(Story story, String data, String id, String keys) throws InputException {
    String yaml = "title: T\ndata: " + data + "\nsource: S\n" + keys;
    return Binder.bind(story, SpecLoader.load(id, "charts/" + id + ".yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Row> rows(Object[]... values) {
    List<Row> rows = new ArrayList<>();
    for (Object[] v : values) {
      rows.add(new Row(rows.size() + 2, v));
    }
    return rows;
  }

  private static Story story(String name, List<Row> rows) {
    Dataset d = new Dataset(name, "Walk", "", "datasets/" + name + ".csv", fields(), rows, "0");
    return new Story("s", "S", "", "", "", List.of(), List.of(d));
  }

  private static List<Field> fields() {
    return List.of(new Field("step", FieldType.INTEGER, "Step", "", null, true, List.of(), false),
        new Field("value", FieldType.NUMBER, "Value", "", null, false, List.of(), false),
        new Field("name", FieldType.STRING, "Name", "", null, false, List.of(), false));
  }
}
