package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.chartdesk.build.Build;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STAxPos;

/**
 * A line over 300 whole-number steps, as Excel is to draw it: a scatter chart with lines whose x
 * axis is a value axis from the first step to the last, reading the chart data block's numbers,
 * with the editor's note and the data's gap kept.
 */
public class NumberAxisTest {
  public static final int FIRST = 1000;
  static final int STEPS = 300;
  /** A step without a value: a gap in the line. */
  static final int MISSING = 1100;
  static final int NOTED = 1150;
  public static final String NOTE = "The note at step 1150";

  @TempDir static Path dir;
  static byte[] bytes;
  static XSSFWorkbook wb;

  /** Writes the project (one dataset of {@link #STEPS} rows, one line chart) into {@code dir}/project. */
  public static Path project(Path dir) throws Exception {
    StringBuilder rows = new StringBuilder("step,value\n");
    for (int i = 0; i < STEPS; i++) {
      int step = FIRST + i;
      rows.append(step).append(',').append(step == MISSING ? "" : Integer.toString(50 + (i * 37) % 41)).append('\n');
    }
    return OneChartProject.write(dir, rows, """
        {"name": "step", "type": "integer"}, {"name": "value", "type": "integer"}""", """
        title: Three hundred steps
        kind: line
        data: walk
        x: {field: step}
        y: {field: value, label: Value}
        source: Made up
        annotations:
          - {kind: label, x: %d, text: %s}
        """.formatted(NOTED, NOTE));
  }

  /** The project's workbook, the published image blank. */
  public static byte[] workbook(Path project, Map<String, byte[]> images) throws Exception {
    Build.Checked checked = new Build(project).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    return WorkbookWriter.write(checked.story(), checked.models(), images, Theme.house(),
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of()));
  }

  @BeforeAll
  static void write() throws Exception {
    bytes = workbook(project(dir), Map.of());
    wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static XSSFSheet sheet() {
    return wb.getSheet("walk (chart)");
  }

  static XSSFChart chart() {
    return sheet().createDrawingPatriarch().getCharts().get(0);
  }

  @Test
  void theLineIsAScatterChartWithLinesOverAValueAxis() {
    CTPlotArea plot = chart().getCTChart().getPlotArea();
    assertThat(plot.sizeOfLineChartArray()).isZero();
    assertThat(plot.sizeOfCatAxArray()).isZero();
    assertThat(plot.getScatterChartArray()).singleElement().satisfies(c -> {
      assertThat(c.getScatterStyle().getVal().toString()).isEqualTo("lineMarker");
      assertThat(c.getSerArray()).singleElement().satisfies(ser -> {
        assertThat(ser.getMarker().getSymbol().getVal().toString()).isEqualTo("none");
        assertThat(ser.getSpPr().getLn().getSolidFill().getSrgbClr().getVal()).isNotNull();
        assertThat(ser.getSmooth().getVal()).isFalse();
      });
    });
    CTValAx x = plot.getValAxArray(0);
    assertThat(x.getAxPos().getVal()).isEqualTo(STAxPos.B);
    assertThat(x.getScaling().getMin().getVal()).isEqualTo(FIRST);
    assertThat(x.getScaling().getMax().getVal()).isEqualTo(FIRST + STEPS - 1);
    assertThat(x.getNumFmt().getFormatCode()).isEqualTo("0");
    assertThat(x.getNumFmt().getSourceLinked()).isFalse();
    assertThat(plot.getScatterChartArray(0).getAxIdArray(0).getVal()).isEqualTo(x.getAxId().getVal());
    // The value axis stands at the first number, left, whatever the numbers' sign.
    assertThat(plot.getValAxArray(1).getCrosses().getVal().toString()).isEqualTo("min");
    assertThat(chart().getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
  }

  @Test
  void theXValuesAreTheBlocksNumbersAndTheGapIsABlankCell() {
    CTScatterSer ser = chart().getCTChart().getPlotArea().getScatterChartArray(0).getSerArray(0);
    AreaReference xs = new AreaReference(ser.getXVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
    AreaReference ys = new AreaReference(ser.getYVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
    assertThat(xs.getAllReferencedCells()).hasSize(STEPS);
    int first = xs.getFirstCell().getRow();
    assertThat(ys.getFirstCell().getRow()).isEqualTo(first);
    for (int i = 0; i < STEPS; i++) {
      var row = sheet().getRow(first + i);
      var category = row.getCell(xs.getFirstCell().getCol());
      assertThat(category.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(category.getNumericCellValue()).isEqualTo(FIRST + i);
      var value = row.getCell(ys.getFirstCell().getCol());
      if (FIRST + i == MISSING) {
        assertThat(value == null || value.getCellType() == CellType.BLANK).as("the missing value's cell").isTrue();
      } else {
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      }
    }
  }

  @Test
  void theNoteIsItsPointsLabel() {
    var labels = chart().getCTChart().getPlotArea().getScatterChartArray(0).getSerArray(0).getDLbls().getDLblArray();
    assertThat(labels).singleElement().satisfies(l -> {
      assertThat(l.getIdx().getVal()).isEqualTo(NOTED - FIRST);
      assertThat(l.getTx().getRich().toString()).contains(NOTE);
    });
  }

  @Test
  void theChartFollowsTheSchemaAndExcelsOrder() throws Exception {
    List<XmlError> errors = new ArrayList<>();
    assertThat(chart().getCTChartSpace().validate(new XmlOptions().setErrorListener(errors))).as(errors.toString())
        .isTrue();
    Map<String, List<String>> excel = ExcelMadeComparisonTest.childOrder(ExcelMadeComparisonTest.unzip(
        Files.readAllBytes(ExcelMadeComparisonTest.EXCEL_MADE.resolve("chart_scatter01.xlsx")))
        .get("xl/charts/chart1.xml"));
    // The workbook's one chart.
    Map<String, List<String>> ours = ExcelMadeComparisonTest.childOrder(
        ExcelMadeComparisonTest.unzip(bytes).get("xl/charts/chart1.xml"));
    for (String path : List.of("chartSpace/chart/plotArea", "chartSpace/chart/plotArea/scatterChart",
        "chartSpace/chart/plotArea/scatterChart/ser", "chartSpace/chart/plotArea/valAx")) {
      List<String> mine = ours.get(path);
      // Everything Excel writes there, we write, in Excel's order (the legend aside: one series).
      assertThat(mine).as(path).containsAll(excel.get(path));
      assertThat(mine.stream().filter(excel.get(path)::contains).toList()).as(path).isEqualTo(excel.get(path));
    }
  }
}
