package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Notation;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** The workbook's rules one by one, on small made-up inputs. */
class WorkbookPartsTest {
  @Test
  void sheetNamesAreCutCleanedAndDeduplicatedIgnoringCase() {
    SheetNames names = new SheetNames();
    assertThat(names.claim("a/b:c*d?e[f]g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
    assertThat(names.claim("'quoted'")).isEqualTo("quoted");
    assertThat(names.claim("history")).isEqualTo("history_");
    assertThat(names.claim("")).isEqualTo("Sheet");
    String longName = "x".repeat(40);
    assertThat(names.claim(longName)).hasSize(31);
    assertThat(names.claim(longName.toUpperCase())).hasSize(31).endsWith(" (2)");
    assertThat(names.claim("QUOTED")).isEqualTo("QUOTED (2)");
    assertThat(names.claim("quoted", " (chart)")).isEqualTo("quoted (chart)");
    assertThat(names.claim("y".repeat(40), " (chart)")).hasSize(31).endsWith(" (chart)");
  }

  @Test
  void tableNamesAndStructuredReferencesAreValidExcel() {
    Set<String> taken = new java.util.HashSet<>();
    assertThat(DataTable.tableName("kgb-planted stories", taken)).isEqualTo("tbl_kgb_planted_stories");
    assertThat(DataTable.tableName("kgb_planted-stories", taken)).isEqualTo("tbl_kgb_planted_stories_2");
    DataTable t = new DataTable(null, "s", "tbl_x", false);
    assertThat(t.column("year")).isEqualTo("tbl_x[year]");
    assertThat(t.column("a#b[c]'")).isEqualTo("tbl_x[a'#b'[c']'']");
  }

  @Test
  void cellsAreTypedAndTextNeverBecomesAFormula() throws IOException {
    Dataset d = new Dataset("mixed", "Mixed", "", "mixed.csv", List.of(
        field("year", FieldType.YEAR, false), field("count", FieldType.INTEGER, false),
        field("share", FieldType.NUMBER, false), field("note", FieldType.STRING, false),
        field("source_quote", FieldType.STRING, true)),
        List.of(new Row(2, new Object[] {1973L, 12345L, 0.125, "=HYPERLINK(\"x\")", "q"}),
            new Row(3, new Object[] {1974L, null, 5.0, "-3", null}),
            new Row(4, new Object[] {null, 7L, null, "plain", "q"})),
        "0");
    Story story = new Story("s", "Title", "", "CC0", "", List.of(new Source("a", "A", "https://a.example", null)),
        List.of(d));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO)))) {
      XSSFSheet sheet = wb.getSheet("mixed");
      XSSFRow r1 = sheet.getRow(1);
      assertThat(r1.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(r1.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(r1.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.###");
      XSSFCell formulaLike = r1.getCell(3);
      assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
      XSSFRow r2 = sheet.getRow(2);
      assertThat(r2.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(r2.getCell(2).getCellStyle().getDataFormatString()).as("5.0 must not read \"5.\"").isEqualTo("#,##0");
      assertThat(r2.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sheet.getRow(3).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getTables().get(0).getArea().formatAsString()).isEqualTo("A1:E4");
    }
  }

  @Test
  void datesAreRealDatesAsPreciseAsGivenAndBefore1900TheyAreIsoText() throws IOException {
    Field day = new Field("day", FieldType.DATE, null, "", null, false, List.of(), false,
        new Notation(List.of(""), Notation.NO_GROUPING, '.', java.util.Set.of(), DatePattern.compile("%Y-%m-%d"),
            List.of("true"), List.of("false")));
    Field month = new Field("month", FieldType.DATE, null, "", null, false, List.of(), false,
        new Notation(List.of(""), Notation.NO_GROUPING, '.', java.util.Set.of(), DatePattern.compile("%B %Y"),
            List.of("true"), List.of("false")));
    Field flag = field("treaty", FieldType.BOOLEAN, false);
    Dataset d = new Dataset("dates", "Dates", "", "dates.csv", List.of(day, month, flag),
        List.of(new Row(2, new Object[] {java.time.LocalDate.of(1971, 8, 9), java.time.LocalDate.of(1955, 6, 1), true}),
            new Row(3, new Object[] {java.time.LocalDate.of(1860, 1, 1), java.time.LocalDate.of(1900, 2, 1), false})),
        "0");
    Story story = new Story("s", "Title", "", "CC0", "", List.of(), List.of(d));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO)))) {
      XSSFSheet sheet = wb.getSheet("dates");
      XSSFRow r1 = sheet.getRow(1);
      assertThat(r1.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(1971, 8, 9));
      assertThat(r1.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
      assertThat(r1.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("mmm yyyy");
      assertThat(r1.getCell(2).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(r1.getCell(2).getBooleanCellValue()).isTrue();
      XSSFRow r2 = sheet.getRow(2);
      assertThat(r2.getCell(0).getCellType()).as("1860 cannot be an Excel date").isEqualTo(CellType.STRING);
      assertThat(r2.getCell(0).getStringCellValue()).isEqualTo("1860-01-01");
      assertThat(r2.getCell(1).getStringCellValue()).isEqualTo("1900-02");
    }
  }

  @Test
  void webAddressesInTablesAreLinksAndOtherTextIsNot() throws IOException {
    Dataset d = new Dataset("links", "Links", "", "links.csv", List.of(field("url", FieldType.STRING, false)),
        List.of(new Row(2, new Object[] {"https://en.wikipedia.org/wiki/India%E2%80%93Soviet_Union_relations"}),
            new Row(3, new Object[] {"see https://example.org for more"})), "0");
    Story story = new Story("s", "Title", "", "CC0", "", List.of(), List.of(d));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO)))) {
      XSSFSheet sheet = wb.getSheet("links");
      assertThat(sheet.getRow(1).getCell(0).getHyperlink().getAddress())
          .isEqualTo("https://en.wikipedia.org/wiki/India%E2%80%93Soviet_Union_relations");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("https://");
      assertThat(sheet.getRow(2).getCell(0).getHyperlink()).isNull();
    }
  }

  @Test
  void qualifiersBecomeLiteralTextInTheNumberFormat() {
    assertThat(ColumnChart.labelFormat("#,##0", "over")).isEqualTo("\"over \"#,##0");
    assertThat(ColumnChart.labelFormat("#,##0", null)).isEqualTo("#,##0");
    assertThat(ColumnChart.labelFormat("0.0", "about \"x\"")).isEqualTo("\"about x \"0.0");
    assertThat(ColumnChart.excelFormat("#,##0.0")).isEqualTo("#,##0.0");
    assertThat(ColumnChart.excelFormat("0.00%")).isEqualTo("0.00%");
    assertThat(ColumnChart.excelFormat("#,##0.0,,,' bn'")).isEqualTo("#,##0.0,,,\" bn\"");
    assertThat(ColumnChart.excelFormat("'$'#,##0")).isEqualTo("\"$\"#,##0");
    assertThat(ColumnChart.excelFormat("#,##0.0' \"x'")).isEqualTo("#,##0");
    assertThat(ColumnChart.excelFormat("yyyy")).isEqualTo("#,##0");
  }

  @Test
  void theChartDataFormulaGivesNaForAMissingYearOrAnEmptyCell() {
    assertThat(ChartSheetWriter.lookup("A8", "t[year]", "t[v]")).isEqualTo(
        "IFERROR(IF(INDEX(t[v],MATCH(A8,t[year],0))=\"\",NA(),INDEX(t[v],MATCH(A8,t[year],0))),NA())");
  }

  @Test
  void zipEntryTimesDoNotDependOnTheTimeZone() throws IOException {
    Story story = new Story("s", "Title", "", "CC0", "", List.of(), List.of());
    TimeZone original = TimeZone.getDefault();
    List<byte[]> results = new ArrayList<>();
    try {
      for (String zone : List.of("UTC", "Asia/Kolkata", "America/Los_Angeles")) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        results.add(WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO));
      }
    } finally {
      TimeZone.setDefault(original);
    }
    assertThat(results.get(1)).isEqualTo(results.get(0));
    assertThat(results.get(2)).isEqualTo(results.get(0));
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(results.get(0)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName())
            .isEqualTo(LocalDateTime.ofInstant(ReproducibleZip.buildInstant(System.getenv("SOURCE_DATE_EPOCH")),
                java.time.ZoneOffset.UTC));
        assertThat(e.getExtra()).as(e.getName()).isNull();
      }
    }
  }

  @Test
  void sourceDateEpochSetsTheBuildInstant() {
    assertThat(ReproducibleZip.buildInstant(null)).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(ReproducibleZip.buildInstant("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThatThrownBy(() -> ReproducibleZip.buildInstant("yesterday")).hasMessageContaining("SOURCE_DATE_EPOCH");
    // Refused as the PDFs' date refuses them (they had ignored them, and the workbook taken them).
    for (String value : new String[] {"-5", "1700000000000", " 1700000000"}) {
      assertThatThrownBy(() -> ReproducibleZip.buildInstant(value)).as(value).hasMessageContaining("SOURCE_DATE_EPOCH");
    }
  }

  @Test
  void pngSizeIsReadFromTheHeader() throws IOException {
    assertThat(Png.size(WorkbookWriterTest.blankPng(1200, 675))).containsExactly(1200, 675);
    assertThatThrownBy(() -> Png.size(new byte[30])).isInstanceOf(IllegalArgumentException.class);
  }

  private static Field field(String name, FieldType type, boolean citation) {
    return new Field(name, type, name, "", null, false, List.of(), citation);
  }
}
