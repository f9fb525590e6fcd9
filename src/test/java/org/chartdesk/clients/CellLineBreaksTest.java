package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell may hold a line break or a tab (a quoted CSV field over two lines, a value pasted from a
 * spreadsheet). A table chart sets it as one line, with a space where the break was: the PNG drew
 * "line1line2", the PDF dropped the cell (its font has no glyph for either character, and its
 * library printed a stack trace), and the alt text broke in the middle of a sentence. The workbook
 * keeps the cell as written (OpenpyxlWorkbookTest reads cells back as the data has them).
 */
class CellLineBreaksTest {
  @TempDir Path dir;

  @Test
  void aTableSetsACellsLineBreakAndTabAsSpacesInThePdfAndTheAltText() throws Exception {
    Tools.require("pdftotext");
    Path project = OneChartProject.write(dir, "name,value\n\"Treaty of\nFriendship\",1971\n\"\tPeace\",1955\n", """
        {"name": "name", "type": "string"}, {"name": "value", "type": "year"}""", """
        title: Two agreements
        subtitle: Each with its year
        kind: table
        data: walk
        columns:
          - {field: name, label: Agreement}
          - {field: value, label: Year}
        source: example data
        """);
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();

    String pdf = Tools.run(dir, "pdftotext", "-raw", "-enc", "UTF-8", dir.resolve("out/pdf/walk.pdf").toString(), "-");
    assertThat(pdf).contains("Treaty of Friendship", "Peace");
    String alt = Files.readString(dir.resolve("out/png/walk.txt")).stripTrailing();
    assertThat(alt).contains("Agreement: Treaty of Friendship; Year: 1971").doesNotContain("\n", "\t");
  }
}
