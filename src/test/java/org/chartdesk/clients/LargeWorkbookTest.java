package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.chartdesk.build.Build;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset of 100,001 rows, one more than the workbook holds whole, with a line chart over all of
 * them: its sheet is streamed, and LibreOffice reads it back as its source CSV and draws the
 * native chart from the table's cells.
 */
class LargeWorkbookTest {
  static final int ROWS = 100_001;

  @TempDir static Path dir;
  static Path book;
  static Path csv;

  @BeforeAll
  static void write() throws Exception {
    Tools.require("soffice");
    Path datasets = Files.createDirectories(dir.resolve("project/datasets"));
    Files.createDirectories(dir.resolve("project/charts"));
    StringBuilder rows = new StringBuilder("step,value,note\n");
    for (int i = 0; i < ROWS; i++) {
      // Numbers as LibreOffice writes them back: no trailing zeros.
      String value = java.math.BigDecimal.valueOf(i * 0.25 - 300).stripTrailingZeros().toPlainString();
      rows.append(1000 + i).append(',').append(i % 7 == 0 ? "" : value).append(',')
          .append(i % 97 == 0 ? "\"a, b & <c>\"" : "note " + i % 1000).append('\n');
    }
    csv = datasets.resolve("walk.csv");
    Files.writeString(csv, rows);
    Files.writeString(datasets.resolve("datapackage.json"), """
        {"name": "large", "title": "Large", "resources": [{"name": "walk", "path": "walk.csv", "title": "Walk",
          "schema": {"fields": [{"name": "step", "type": "integer"}, {"name": "value", "type": "number"},
            {"name": "note", "type": "string"}], "missingValues": [""]}}]}
        """);
    Files.writeString(dir.resolve("project/charts/walk.yaml"), """
        title: A walk
        kind: line
        data: walk
        x: {field: step}
        y: {field: value, label: Value}
        source: Made up
        """);
    Build.Checked checked = new Build(dir.resolve("project")).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    book = dir.resolve("book.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(), Map.of(), Theme.house(),
        new BuildInfo("chartdesk", checked.inputs(), List.of(), checked.silenced())));
  }

  /** A nightly build must not leave its streamed sheets' rows behind, night after night. */
  @Test
  void theStreamedSheetsTemporaryFilesAreGoneOnceTheWorkbookIsWritten() throws IOException {
    String mine = "chartdesk-tmp-" + ProcessHandle.current().pid() + "-";
    List<Path> left = new ArrayList<>();
    try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith(mine)).toList()) {
        try (Stream<Path> files = Files.walk(folder)) {
          // The bundled fonts stay there until the JVM exits: Java draws them from the files.
          files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".ttf")).forEach(left::add);
        }
      }
    }
    assertThat(left).isEmpty();
  }

  @Test
  void theSheetIsStreamedAndReadsBackAsItsSourceCsv() throws Exception {
    // POI writes text cells of a sheet it holds whole to the shared strings, never inline.
    assertThat(entry("xl/worksheets/sheet2.xml")).contains("t=\"inlineStr\"");
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), book.toString());
    assertThat(records(dir.resolve("book-walk.csv"))).isEqualTo(records(csv));
  }

  @Test
  void theNativeChartReadsTheStreamedTableAndLibreOfficeFindsEveryPoint() throws Exception {
    String chart = entry("xl/charts/chart1.xml");
    // A line over 100,001 steps: a scatter chart with lines, its x axis a value axis (NumberAxis).
    assertThat(chart).contains("<c:scatterChart>", "<c:xVal><c:numRef><c:f>walk!$A$2:$A$100002</c:f>",
        "<c:yVal><c:numRef><c:f>walk!$B$2:$B$100002</c:f>", "<c:max val=\"101000.0\"/><c:min val=\"1000.0\"/>")
        .doesNotContain("numCache", "<c:catAx>");
    // LibreOffice saves the chart with the values it read from the cells.
    Path out = Files.createDirectories(dir.resolve("resaved"));
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "xlsx", "--outdir", out.toString(), book.toString());
    String resaved = entry(Files.readAllBytes(out.resolve("book.xlsx")), "xl/charts/chart1.xml");
    assertThat(resaved).contains("walk!$B$2:$B$100002", "<c:ptCount val=\"100001\"/>");
  }

  private static String entry(String name) throws IOException {
    return entry(Files.readAllBytes(book), name);
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  private static List<List<String>> records(Path file) throws IOException {
    try (var parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords().stream().map(r -> r.toList()).toList();
    }
  }
}
