package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chartdesk.build.Build;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset as wide as a worksheet (16,384 columns, the most the loader takes) becomes its typed
 * table, every column named and sized, as openpyxl reads it. POI's own table and width calls took
 * longer than a nightly build's timeout for it: each looked every column up among those before.
 */
class WideWorkbookTest {
  static final int COLUMNS = 16_384;

  @TempDir Path dir;

  @Test
  void aDatasetAsWideAsASheetIsATableOfEveryColumn() throws Exception {
    Tools.require("python3");
    Path datasets = Files.createDirectories(dir.resolve("project/datasets"));
    Path charts = Files.createDirectories(dir.resolve("project/charts"));
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    StringBuilder fields = new StringBuilder();
    for (int c = 0; c < COLUMNS; c++) {
      header.append(c == 0 ? "" : ",").append("c").append(c);
      row.append(c == 0 ? "" : ",").append(c);
      fields.append(c == 0 ? "" : ",").append("{\"name\": \"c").append(c).append("\", \"type\": \"integer\"}");
    }
    Files.writeString(datasets.resolve("wide.csv"), header + "\n" + row + "\n");
    Files.writeString(datasets.resolve("small.csv"), "year,value\n1973,3789\n1976,1980\n");
    Files.writeString(datasets.resolve("datapackage.json"), "{\"name\": \"wide\", \"title\": \"Wide\", \"resources\": ["
        + "{\"name\": \"wide\", \"path\": \"wide.csv\", \"title\": \"Wide\", \"schema\": {\"fields\": [" + fields + "]}},"
        + "{\"name\": \"small\", \"path\": \"small.csv\", \"title\": \"Small\", \"schema\": {\"fields\": ["
        + "{\"name\": \"year\", \"type\": \"year\"}, {\"name\": \"value\", \"type\": \"integer\"}]}}]}");
    Files.writeString(charts.resolve("small.yaml"), """
        title: Small
        kind: column
        data: small
        x: {field: year}
        y: {field: value, label: Value}
        source: Made up
        """);
    Build.Checked checked = new Build(dir.resolve("project")).check();
    assertThat(checked.hasErrors()).as(checked.diagnostics().toString()).isFalse();
    Path book = dir.resolve("wide.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(), Map.of(), Theme.house(),
        new BuildInfo("chartdesk", checked.inputs(), List.of(), checked.silenced())));

    Path script = Files.writeString(dir.resolve("read.py"), """
        import sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])['wide']
        table = ws.tables['tbl_wide']
        print('TABLE', table.ref, len(table.tableColumns), table.tableColumns[-1].name)
        print('CELLS', ws['A1'].value, ws['XFD1'].value, ws['XFD2'].value)
        print('WIDTH', ws.column_dimensions['XFD'].width > 0)
        """);
    List<String> out = Tools.run(dir, Tools.python(), script.toString(), book.toString()).lines()
        .filter(l -> l.matches("[A-Z]+ .*")).toList();
    assertThat(out).containsExactly("TABLE A1:XFD2 16384 c16383", "CELLS c0 c16383 16383", "WIDTH True");
  }
}
