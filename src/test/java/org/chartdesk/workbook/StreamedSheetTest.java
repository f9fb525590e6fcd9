package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Notation;
import org.chartdesk.dataset.Story;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** A streamed dataset sheet holds what the same sheet written through POI's cells holds. */
class StreamedSheetTest {
  @Test
  void everyKindOfValueReadsBackTheSameStreamedOrWhole() throws IOException {
    Field day = new Field("day", FieldType.DATE, null, "", null, false, List.of(), false,
        new Notation(List.of(""), Notation.NO_GROUPING, '.', java.util.Set.of(), DatePattern.compile("%Y-%m-%d"),
            List.of("true"), List.of("false")));
    Dataset d = new Dataset("mixed", "Mixed", "", "mixed.csv", List.of(field("year", FieldType.YEAR),
        field("count", FieldType.INTEGER), field("share", FieldType.NUMBER), field("note", FieldType.STRING), day,
        field("flag", FieldType.BOOLEAN), new Field("source_quote", FieldType.STRING, "", "", null, false, List.of(),
            true)),
        List.of(new org.chartdesk.dataset.Row(2, new Object[] {1973L, 12345L, 0.125, "=HYPERLINK(\"x\")",
                LocalDate.of(1971, 8, 9), true, "a & b < c > \"d\""}),
            new org.chartdesk.dataset.Row(3, new Object[] {null, -7L, -1234.5, "  padded ", LocalDate.of(1860, 1, 1),
                false, "line one\r\nline two, and a long quote ".repeat(8)}),
            new org.chartdesk.dataset.Row(4, new Object[] {1977L, null, 5.0, "https://example.org/a?b=1&c=2", null,
                null, "tab\there \uD83D\uDE00"})),
        "0");
    Story story = new Story("s", "Title", "", "CC0", "", List.of(), List.of(d));

    byte[] whole = WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO,
        Integer.MAX_VALUE);
    byte[] streamed = WorkbookWriter.write(story, List.of(), Map.of(), Theme.house(), WorkbookWriterTest.INFO, 2);

    assertThat(entry(streamed, "xl/worksheets/sheet2.xml")).as("written by the streaming path").contains("inlineStr");
    assertThat(entry(whole, "xl/worksheets/sheet2.xml")).doesNotContain("inlineStr");
    assertThat(cells(streamed, "mixed")).isEqualTo(cells(whole, "mixed"));
  }

  @Test
  void theExamplesDatasetsAndChartDataReadBackTheSameStreamedOrWhole() throws Exception {
    Story story = Examples.story();
    List<ChartModel> charts = Examples.models(story);
    byte[] whole = WorkbookWriter.write(story, charts, Map.of(), Theme.house(), WorkbookWriterTest.INFO,
        Integer.MAX_VALUE);
    byte[] streamed = WorkbookWriter.write(story, charts, Map.of(), Theme.house(), WorkbookWriterTest.INFO, 0);
    assertThat(WorkbookWriter.write(story, charts, Map.of(), Theme.house(), WorkbookWriterTest.INFO, 0))
        .as("the same bytes every time").isEqualTo(streamed);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(whole))) {
      for (var sheet : wb) {
        assertThat(cells(streamed, sheet.getSheetName())).as(sheet.getSheetName())
            .isEqualTo(cells(whole, sheet.getSheetName()));
      }
    }
    // The native charts read the same cells; a streamed block's are not copied into the chart. A
    // column chart reads its own few cells on its chart sheet, never streamed, and keeps its copy.
    List<String> ownCells = charts.stream().filter(org.chartdesk.model.ColumnChartModel.class::isInstance)
        .map(m -> "'" + m.frame().id() + "'!").toList();
    for (int i = 1; i <= 7; i++) {
      String part = "xl/charts/chart" + i + ".xml";
      assertThat(references(entry(streamed, part))).as(part).isEqualTo(references(entry(whole, part)))
          .isNotEmpty();
      if (ownCells.stream().noneMatch(entry(streamed, part)::contains)) {
        assertThat(entry(streamed, part)).doesNotContain("numCache");
      }
    }
  }

  /** Every row's height and every cell's type, value, format, wrapping, quote prefix and link; the table. */
  private static List<String> cells(byte[] book, String sheetName) throws IOException {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      XSSFSheet sheet = wb.getSheet(sheetName);
      out.add("frozen " + (sheet.getPaneInformation() == null ? "" : sheet.getPaneInformation()
          .getHorizontalSplitPosition()));
      for (int c = 0; c < 8; c++) {
        out.add("width " + sheet.getColumnWidth(c));
      }
      for (Row row : sheet) {
        out.add("row " + row.getRowNum() + " " + row.getHeightInPoints());
        for (Cell cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
            continue;
          }
          out.add(cell.getAddress() + " " + cell.getCellType() + " " + switch (cell.getCellType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula() + " = " + cell.getCachedFormulaResultType() + " "
                + (cell.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? Double.toString(cell.getNumericCellValue()) : "");
            default -> cell.getStringCellValue();
          } + " " + cell.getCellStyle().getDataFormatString() + " " + cell.getCellStyle().getWrapText() + " "
              + cell.getCellStyle().getQuotePrefixed() + " "
              + (cell.getHyperlink() == null ? "" : cell.getHyperlink().getAddress()));
        }
      }
      for (XSSFTable t : sheet.getTables()) {
        out.add(t.getName() + " " + t.getArea().formatAsString() + " " + t.getCTTable().getAutoFilter().getRef()
            + " " + t.getCTTable().getTableColumns() + " " + t.getCTTable().getTableStyleInfo());
      }
    }
    return out;
  }

  private static List<String> references(String chart) {
    return java.util.regex.Pattern.compile("<c:f>[^<]*</c:f>").matcher(chart).results()
        .map(java.util.regex.MatchResult::group).toList();
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static Field field(String name, FieldType type) {
    return new Field(name, type, name, "", null, false, List.of(), false);
  }
}
