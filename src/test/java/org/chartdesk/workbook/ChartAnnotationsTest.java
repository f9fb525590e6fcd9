package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.chartdesk.dataset.Story;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.ChartModel;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;

/**
 * The examples' annotations in their native Excel charts: highlights as colours, notes as the
 * labels of their points, and what Excel does not draw named on the sheet.
 */
class ChartAnnotationsTest {
  static final Theme THEME = Theme.house();
  static XSSFWorkbook wb;

  @BeforeAll
  static void write() throws Exception {
    Story story = Examples.story();
    List<ChartModel> models = Examples.models(story);
    byte[] bytes = WorkbookWriter.write(story, models, Map.of(), THEME,
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of()));
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static XSSFChart chart(String sheet) {
    return wb.getSheet(sheet).createDrawingPatriarch().getCharts().get(0);
  }

  static CTPlotArea plot(String sheet) {
    return chart(sheet).getCTChart().getPlotArea();
  }

  @Test
  void aHighlightedColumnKeepsTheSeriesColourAndTheOthersAreMuted() {
    var ser = plot("column-highlight").getBarChartArray(0).getSerArray(0);
    assertThat(rgb(ser.getSpPr())).isEqualTo(hex(THEME.muted()));
    // 1973, the first year, is highlighted.
    assertThat(ser.getDPtArray()).singleElement().satisfies(p -> {
      assertThat(p.getIdx().getVal()).isZero();
      assertThat(rgb(p.getSpPr())).isEqualTo(hex(THEME.series(0)));
    });
  }

  @Test
  void aHighlightedBarKeepsTheSeriesColour() {
    var ser = plot("bar").getBarChartArray(0).getSerArray(0);
    assertThat(rgb(ser.getSpPr())).isEqualTo(hex(THEME.muted()));
    // Joseph Stalin, the first bar.
    assertThat(ser.getDPtArray()).extracting(p -> p.getIdx().getVal(), p -> rgb(p.getSpPr()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, hex(THEME.series(0))));
  }

  @Test
  void aHighlightedLineKeepsItsColourAndIsPlottedOverTheMutedOnes() {
    CTLineSer[] sers = plot("line-events-to-date").getLineChartArray(0).getSerArray();
    assertThat(sers).hasSize(4);
    // Diplomacy in the story's green, the palette's third colour, as the example's spec asks.
    assertThat(rgb(sers[0].getSpPr().getLn().getSolidFill().getSrgbClr().getVal())).isEqualTo(hex(THEME.series(2)));
    for (int i = 1; i < 4; i++) {
      assertThat(rgb(sers[i].getSpPr().getLn().getSolidFill().getSrgbClr().getVal())).isEqualTo(hex(THEME.muted()));
    }
    // Diplomacy, the first series, is plotted last, over the others.
    assertThat(sers).extracting(s -> s.getOrder().getVal()).containsExactly(3L, 0L, 1L, 2L);
  }

  @Test
  void aNoteAtAColumnIsItsLabelWithTheValueKeptAsAField() {
    CTDLbl note = label(plot("column-highlight").getBarChartArray(0).getSerArray(0).getDLbls().getDLblArray(), 4);
    // Above the column: the note, then the value nearest the column, in the value labels' format.
    assertThat(note.getTx().getRich().getPArray(0).getRArray(0).getT()).isEqualTo("The KGB's influence was diminished");
    CTTextField value = note.getTx().getRich().getPArray(1).getFldArray(0);
    assertThat(value.getType()).isEqualTo("VALUE");
    assertThat(value.getId()).matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");
    assertThat(note.getNumFmt().getFormatCode()).isEqualTo("#,##0");
    assertThat(note.getDLblPos().getVal()).isEqualTo(STDLblPos.OUT_END);
    assertThat(note.getShowVal().getVal()).isTrue();
  }

  @Test
  void aNoteAtAQualifiedFigureKeepsTheQualifierInTheValuesFormat() {
    CTDLbl[] labels = plot("line").getLineChartArray(0).getSerArray(0).getDLbls().getDLblArray();
    CTDLbl over = label(labels, 0);
    // Beside the point, into the gap after 1973: the value, then the note.
    assertThat(over.getDLblPos().getVal()).isEqualTo(STDLblPos.R);
    assertThat(over.getNumFmt().getFormatCode()).isEqualTo("\"over \"#,##0");
    assertThat(over.getTx().getRich().getPArray(0).getFldArray(0).getType()).isEqualTo("VALUE");
    assertThat(over.getTx().getRich().getPArray(1).getRArray(0).getT())
        .isEqualTo("More than in any other non-communist country");
    // 1977 ends the line, which comes down to it: the note goes inside, under the line.
    assertThat(label(labels, 4).getDLblPos().getVal()).isEqualTo(STDLblPos.L);
    // The gaps keep their labels deleted.
    assertThat(label(labels, 1).getDelete().getVal()).isTrue();
  }

  @Test
  void theChartPartsFollowTheSchemasOrder() {
    for (String sheet : List.of("column-highlight", "line", "bar", "line-events-to-date")) {
      List<XmlError> errors = new ArrayList<>();
      XmlOptions options = new XmlOptions().setErrorListener(errors);
      assertThat(chart(sheet).getCTChartSpace().validate(options)).as(sheet + ": " + errors).isTrue();
    }
  }

  @Test
  void theSeriesAndItsNoteComeInTheOrderExcelWritesThem() throws Exception {
    Map<String, List<String>> excel = ExcelMadeComparisonTest.childOrder(ExcelMadeComparisonTest.unzip(
        Files.readAllBytes(ExcelMadeComparisonTest.EXCEL_MADE.resolve("chart_data_labels01.xlsx")))
        .get("xl/charts/chart1.xml"));
    var ser = plot("column-highlight").getBarChartArray(0).getSerArray(0);
    List<String> ours = children(ser);
    assertThat(ours).containsExactly("idx", "order", "tx", "spPr", "dPt", "dLbls", "cat", "val");
    List<String> excelSer = excel.get("chartSpace/chart/plotArea/barChart/ser");
    assertThat(ours.stream().filter(excelSer::contains).toList())
        .isEqualTo(excelSer.stream().filter(ours::contains).toList());
    // A label with text of its own, as Excel writes one (XlsxWriter's custom labels), with the format of its value.
    assertThat(children(label(ser.getDLbls().getDLblArray(), 4))).containsExactly("idx", "layout", "tx", "numFmt",
        "dLblPos", "showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize");
  }

  @Test
  void eventLinesAndSpansAreNamedUnderTheChart() {
    assertThat(texts("line-events-to-date")).contains(
        "Not drawn in the Excel chart: event line at August 1971, \"Treaty of Friendship and Cooperation\"");
    assertThat(texts("area")).contains(
        "Not drawn in the Excel chart: shaded span from 1947 to 1991, \"India independent, to the Soviet Union's end\"");
    assertThat(texts("column-highlight")).noneMatch(t -> t.startsWith("Not drawn in the Excel chart"));
  }

  private static CTDLbl label(CTDLbl[] labels, long idx) {
    return java.util.Arrays.stream(labels).filter(l -> l.getIdx().getVal() == idx).findFirst().orElseThrow();
  }

  /** The local names of an element's children, in order. */
  private static List<String> children(XmlObject element) {
    List<String> out = new ArrayList<>();
    try (XmlCursor c = element.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        out.add(c.getName().getLocalPart());
      }
    }
    return out;
  }

  private static List<String> texts(String sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : wb.getSheet(sheet)) {
      for (Cell cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          out.add(cell.getStringCellValue());
        }
      }
    }
    return out;
  }

  private static String rgb(CTShapeProperties sp) {
    return rgb(sp.getSolidFill().getSrgbClr().getVal());
  }

  private static String rgb(byte[] value) {
    return String.format("%02X%02X%02X", value[0], value[1], value[2]);
  }

  private static String hex(java.awt.Color c) {
    return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
