package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read by openpyxl, the library most Python analysts open workbooks with: every
 * chart's series point at the chart-data cells, those cells are formulas over the dataset's
 * table, and no data cell of a table is a formula. It opens the workbook without a warning (it
 * warned of no default style while the styles lacked Excel's "Normal"), a table's numbers are
 * indented from the right, the About sheet says what each described column holds, and a chart's
 * value axis runs as in the published chart, stepped no finer than its labels show.
 */
class OpenpyxlWorkbookTest {
  static final String SCRIPT = """
      import sys, warnings, openpyxl
      with warnings.catch_warnings(record=True) as caught:
          warnings.simplefilter('always')
          wb = openpyxl.load_workbook(sys.argv[1])
      for w in caught:
          print('WARNING', w.message)
      for row in wb['About'].iter_rows(values_only=True):
          if len(row) > 2 and row[1] == 'period':
              print('COLUMN', row[0], '|', row[2])
      for ws in wb.worksheets:
          for chart in ws._charts:
              print('AXIS', ws.title, '|', chart.y_axis.scaling.min, '|', chart.y_axis.scaling.max, '|', chart.y_axis.majorUnit)
              for s in chart.series:
                  cat = s.cat.numRef.f if s.cat and s.cat.numRef else (s.cat.strRef.f if s.cat and s.cat.strRef else '')
                  print('SERIES', ws.title, '|', cat, '|', s.val.numRef.f)
          for t in ws.tables.values():
              for row in ws[t.ref][1:]:
                  for c in row:
                      if c.data_type == 'f':
                          print('FORMULA-IN-TABLE', ws.title, c.coordinate, c.value)
                      if c.data_type == 'n' and c.value is not None:
                          print('NUMBER', ws.title, c.coordinate, c.alignment.horizontal, int(c.alignment.indent))
          for row in ws.iter_rows():
              for c in row:
                  if c.data_type == 'f':
                      print('FORMULA', ws.title, c.coordinate, c.value)
      """;

  @TempDir Path dir;
  @TempDir static Path examples;

  /** What a Python script given the examples' workbook prints; the workbook is built once. */
  private String readExamples(String script) throws Exception {
    Tools.require("python3");
    Path book = examples.resolve("out/chart-kinds.xlsx");
    if (!Files.exists(book)) {
      new Build(Path.of("examples").toAbsolutePath()).build(examples.resolve("out"));
    }
    Path file = Files.writeString(dir.resolve("read.py"), script);
    return Tools.run(dir, Tools.python(), file.toString(), book.toString());
  }

  /**
   * A line over five years: its chart data named the years' column "Category" and held them as
   * text, each marked "number stored as text" by Excel; they are numbers under "year", and the
   * chart's categories read them as numbers.
   */
  @Test
  void yearsInAChartsDataAreNumbersUnderTheirColumnsName() throws Exception {
    String out = readExamples("""
        import sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])['line']
        for row in ws.iter_rows(max_col=1):
            c = row[0]
            if c.value is not None and len(str(c.value)) < 10:
                print('CELL', repr(c.value), c.data_type, c.number_format)
        s = ws._charts[0].series[0]
        print('CATEGORIES', 'numbers' if s.cat.numRef else 'text')
        """);
    assertThat(out).contains("CELL 'year' s General", "CELL 1973.0 n 0", "CELL 1977.0 n 0", "CATEGORIES numbers")
        .doesNotContain("CELL '1973'");
  }

  /**
   * A table's column names were styled by its table style alone, which LibreOffice and Google
   * Sheets do not draw: printed or opened there, they read as one more row of data. Every
   * table's header cells are bold in their own right.
   */
  @Test
  void everyTablesColumnNamesAreBold() throws Exception {
    String out = readExamples("""
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        for ws in wb.worksheets:
            for t in ws.tables.values():
                for c in ws[t.ref][0]:
                    print('HEADER', ws.title, c.coordinate, repr(c.value), c.font.b)
        """);
    List<String> headers = out.lines().filter(l -> l.startsWith("HEADER ")).toList();
    assertThat(headers).hasSizeGreaterThan(10).allMatch(l -> l.endsWith(" True"));
  }

  /**
   * A 100% stack's native chart labelled each segment with its count ("5" on a segment of 71%),
   * read as a percentage on its axis of shares; its segments are unlabelled and a caption says
   * why. The stack of counts keeps its labels.
   */
  @Test
  void aShareOfAHundredPercentIsNotLabelledWithItsCount() throws Exception {
    String out = readExamples("""
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        for name in ['percent-column', 'stacked-column']:
            ws = wb[name]
            for s in ws._charts[0].series:
                print('LABELS', name, bool(s.dLbls and s.dLbls.showVal))
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.startswith('Shares are not labelled'):
                        print('CAPTION', name)
        """);
    assertThat(out.lines().filter(l -> l.startsWith("LABELS percent-column"))).hasSize(4)
        .allMatch(l -> l.endsWith("False"));
    assertThat(out.lines().filter(l -> l.startsWith("LABELS stacked-column"))).isNotEmpty()
        .allMatch(l -> l.endsWith("True"));
    assertThat(out).contains("CAPTION percent-column").doesNotContain("CAPTION stacked-column");
  }

  /**
   * The visits per decade stepped by 0.5 under a whole-number format: LibreOffice labelled the axis
   * "0, 1, 1, 2, 2, 3", a 3 the data never reaches. Every example chart's value axis steps by a
   * whole number of what its format shows.
   */
  @Test
  void everyValueAxisStepsByWhatItsLabelsShow() throws Exception {
    String out = readExamples("""
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        for ws in wb.worksheets:
            for chart in ws._charts:
                y = chart.y_axis
                print('AXIS', ws.title, '|', y.numFmt.formatCode if y.numFmt else '', '|', y.majorUnit)
        """);
    List<String> axes = out.lines().filter(l -> l.startsWith("AXIS ")).toList();
    assertThat(axes).hasSizeGreaterThan(8).anySatisfy(l -> assertThat(l).startsWith("AXIS grouped-column |"));
    assertThat(axes).filteredOn(l -> l.contains("| #,##0 |")).hasSizeGreaterThan(4).allSatisfy(l -> {
      String unit = l.substring(l.lastIndexOf('|') + 1).strip();
      assertThat(unit.equals("None") || Double.parseDouble(unit) >= 1 && Double.parseDouble(unit) % 1 == 0)
          .as(l).isTrue();
    });
  }

  @Test
  void seriesReferenceTheChartDataAndTablesHoldNoFormulas() throws Exception {
    Tools.require("python3");
    new Build(Path.of("").toAbsolutePath()).build(dir.resolve("out"));
    Path script = Files.writeString(dir.resolve("read.py"), SCRIPT);
    String out = Tools.run(dir, Tools.python(), script.toString(),
        dir.resolve("out/india-soviet-union-relations.xlsx").toString());

    assertThat(out).contains("SERIES kgb-planted-stories (chart) | 'kgb-planted-stories (chart)'!$A$8:$A$12 | "
        + "'kgb-planted-stories (chart)'!$B$8:$B$12");
    assertThat(out).doesNotContain("FORMULA-IN-TABLE", "WARNING");
    // The value axis as published, 0 to 5,000 by 1,000: left to itself, a spreadsheet chose 500s.
    assertThat(out).contains("AXIS kgb-planted-stories (chart) | 0.0 | 5000.0 | 1000.0");
    // What a dataset's coded column holds, as the data package says, on the About sheet.
    assertThat(out).contains("COLUMN relations-timeline | Month, season, \"late\" (late in the year) or "
        + "\"late-decade\" (late part of the decade starting at year); empty if only the year");
    // Numbers stand clear of the text in the next column, printed without gridlines ("1955june").
    assertThat(out.lines().filter(l -> l.startsWith("NUMBER "))).isNotEmpty()
        .allSatisfy(l -> assertThat(l).endsWith(" right 1"));
    List<String> formulas = out.lines().filter(l -> l.startsWith("FORMULA ")).toList();
    // Chart data (B) reads the table; the derived change columns (C, D) read the chart data.
    assertThat(formulas).filteredOn(l -> l.startsWith("FORMULA kgb-planted-stories (chart) B"))
        .hasSize(5).allSatisfy(l -> assertThat(l).contains("tbl_kgb_planted_stories"));
    assertThat(formulas).filteredOn(l -> l.startsWith("FORMULA kgb-planted-stories (chart) D12"))
        .singleElement().satisfies(l -> assertThat(l).contains("B12/B11-1"));
    assertThat(formulas).allSatisfy(l -> assertThat(l).startsWith("FORMULA kgb-planted-stories (chart) "));
  }
}
