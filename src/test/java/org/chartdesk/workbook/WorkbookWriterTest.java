package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.model.Binder;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/** The shipped story's workbook, reopened with POI: cell-true tables and a chart that reads them. */
class WorkbookWriterTest {
  /** Provenance as a build passes it: one silenced rule, one hashed input. */
  static final BuildInfo INFO = new BuildInfo("chartdesk test", new java.util.TreeMap<>(Map.of(
      "datasets/kgb-planted-stories.csv", "ab12")), List.of(),
      List.of(new org.chartdesk.check.SilencedRule("CD105", "kgb-planted-stories", "the source gives no unit", 1)));

  static final String KGB = "kgb-planted-stories";
  static final String KGB_CHART_SHEET = KGB + " (chart)";

  static Story story;
  static List<ChartModel> charts = new ArrayList<>();
  static Map<String, byte[]> pngs = new LinkedHashMap<>();
  static byte[] bytes;
  static XSSFWorkbook wb;

  @BeforeAll
  static void writeShippedStory() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    story = new StoryLoader(project).load();
    try (Stream<Path> files = Files.list(project.resolve("charts"))) {
      for (Path spec : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String name = spec.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        ChartModel model = Binder.bind(story, SpecLoader.load(id, "charts/" + name, Files.readAllBytes(spec)));
        charts.add(model);
        pngs.put(id, blankPng(model.frame().width(), model.frame().height()));
      }
    }
    bytes = WorkbookWriter.write(story, charts, pngs, Theme.house(), INFO);
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  @Test
  void aboutSheetShowsSilencedLintRulesWithTheirReasonsAndTheInputsHashes() {
    List<String> texts = new ArrayList<>();
    wb.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
    assertThat(texts).contains("Editorial lint", "CD105 (1 finding)", "the source gives no unit",
        "Build", "chartdesk test", "datasets/kgb-planted-stories.csv", "ab12", "2000-01-01T00:00:00Z");
  }

  @Test
  void aboutSheetComesFirstWithTheStoryTitleAndLinksToEveryChartSheet() {
    XSSFSheet about = wb.getSheetAt(0);
    assertThat(about.getSheetName()).isEqualTo("About");
    assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo(story.title());
    List<String> internalLinks = about.getHyperlinkList().stream().map(h -> h.getAddress()).toList();
    assertThat(internalLinks).contains("'" + KGB_CHART_SHEET + "'!A1", "'" + KGB + "'!A1",
        story.sources().get(0).url(), story.licenseUrl());
  }

  @Test
  void everyDatasetIsATypedTable() throws IOException {
    for (Dataset d : story.datasets()) {
      XSSFSheet sheet = wb.getSheet(d.name());
      assertThat(sheet).as(d.name()).isNotNull();
      assertThat(sheet.getTables()).hasSize(1);
      XSSFTable table = sheet.getTables().get(0);
      assertThat(table.getName()).matches("tbl_[A-Za-z0-9_]+");
      assertThat(table.getColumnCount()).isEqualTo(d.fields().size());
      assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getArea().formatAsString());
      assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(d.rows().size()).getPhysicalNumberOfCells()).isPositive();
    }
    XSSFSheet kgb = wb.getSheet(KGB);
    assertThat(kgb.getTables().get(0).getName()).isEqualTo("tbl_kgb_planted_stories");
    // The expected figures come from the CSV itself, read independently of the loader.
    List<Double> expected = new ArrayList<>();
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("datasets/kgb-planted-stories.csv")))) {
      parser.forEach(rec -> expected.add(Double.parseDouble(rec.get("stories"))));
    }
    List<Double> stories = new ArrayList<>();
    for (int r = 1; r <= expected.size(); r++) {
      XSSFCell year = kgb.getRow(r).getCell(0);
      assertThat(year.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("0");
      XSSFCell value = kgb.getRow(r).getCell(1);
      // The lower bound reads with its qualifier, as on the chart, and is still a number.
      assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(value.getCellStyle().getDataFormatString())
          .isEqualTo(r == 1 ? "\"over \"#,##0" : "#,##0");
      stories.add(value.getNumericCellValue());
    }
    assertThat(stories).containsExactlyElementsOf(expected).contains(3789.0);
    XSSFCell emptyQualifier = kgb.getRow(2).getCell(2);
    assertThat(emptyQualifier.getCellType()).isEqualTo(CellType.BLANK);
    XSSFCell quote = kgb.getRow(1).getCell(4);
    assertThat(quote.getCellStyle().getWrapText()).isTrue();
    assertThat(kgb.getColumnWidth(4)).isEqualTo(DataSheetWriter.CITATION_WIDTH * 256);
  }

  @Test
  void theColumnChartReadsLiveFormulasOverTheTable() {
    XSSFSheet sheet = wb.getSheet(KGB_CHART_SHEET);
    XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
    XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);

    AreaReference years = area(series.getCategoryData().getDataRangeReference());
    AreaReference values = area(series.getValuesData().getDataRangeReference());
    assertThat(years.getFirstCell().getSheetName()).isEqualTo(KGB_CHART_SHEET);
    assertThat(values.getFirstCell().getSheetName()).isEqualTo(KGB_CHART_SHEET);
    ColumnChartModel model = (ColumnChartModel) charts.stream()
        .filter(c -> c.frame().id().equals(KGB)).findFirst().orElseThrow();
    List<CellReference> yearCells = List.of(years.getAllReferencedCells());
    List<CellReference> valueCells = List.of(values.getAllReferencedCells());
    assertThat(yearCells).hasSize(model.years().size());
    assertThat(valueCells).hasSize(model.years().size());
    for (int i = 0; i < yearCells.size(); i++) {
      XSSFCell year = cell(sheet, yearCells.get(i));
      XSSFCell value = cell(sheet, valueCells.get(i));
      assertThat(year.getNumericCellValue()).isEqualTo(model.years().get(i).doubleValue());
      assertThat(value.getRowIndex()).isEqualTo(year.getRowIndex());
      assertThat(value.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(value.getCellFormula()).contains("tbl_kgb_planted_stories[stories]",
          "tbl_kgb_planted_stories[year]", year.getReference());
      ColumnChartModel.Bar bar = model.bars().get(i);
      if (bar.missing()) {
        assertThat(value.getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
        assertThat(value.getErrorCellValue()).isEqualTo(FormulaError.NA.getCode());
      } else {
        assertThat(value.getNumericCellValue()).isEqualTo(bar.value());
      }
    }
    assertThat(cell(sheet, valueCells.get(0)).getCellStyle().getDataFormatString()).isEqualTo("\"over \"#,##0");
    assertThat(model.missingYears()).containsExactly(1974, 1975);

    CTDLbls labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls();
    assertThat(labels.getShowVal().getVal()).isTrue();
    CTDLbl first = labels.getDLblList().stream().filter(l -> l.getIdx().getVal() == 0).findFirst().orElseThrow();
    assertThat(first.getNumFmt().getFormatCode()).contains("over");
    assertThat(first.getNumFmt().getSourceLinked()).isFalse();
    assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);
    assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getSourceLinked()).isFalse();
    assertThat(chart.getTitleText().getString()).isEqualTo(model.frame().title());
  }

  @Test
  void everyChartSheetShowsItsImage() {
    int first = 1 + story.datasets().size();
    for (int i = 0; i < charts.size(); i++) {
      ChartModel chart = charts.get(i);
      XSSFSheet s = wb.getSheetAt(first + i);
      assertThat(s.getSheetName()).startsWith(chart.frame().id());
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(chart.frame().title());
      assertThat(s.getDrawingPatriarch().getShapes()).anyMatch(shape -> shape instanceof XSSFPicture);
    }
  }

  @Test
  void sheetNamesAreValidAndUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      String name = wb.getSheetName(i);
      assertThat(name.length()).isLessThanOrEqualTo(31);
      assertThat(name).doesNotContainPattern("[\\[\\]:*?/\\\\]");
      assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as(name).isTrue();
    }
    assertThat(wb.getNumberOfSheets()).isEqualTo(1 + story.datasets().size() + charts.size());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    assertThat(WorkbookWriter.write(story, charts, pngs, Theme.house(), INFO)).isEqualTo(bytes);
    assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("chartdesk");
    assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
        .isEqualTo(ReproducibleZip.buildInstant(System.getenv("SOURCE_DATE_EPOCH")));
  }

  private static AreaReference area(String ref) {
    return new AreaReference(ref, SpreadsheetVersion.EXCEL2007);
  }

  private static XSSFCell cell(XSSFSheet sheet, CellReference ref) {
    return sheet.getRow(ref.getRow()).getCell(ref.getCol());
  }

  static byte[] blankPng(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}
