package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that looks like a formula (=HYPERLINK(...), +1, @x) in a dataset stays text: LibreOffice,
 * opening the workbook and exporting the sheet as CSV, shows the text as written, not a result.
 */
class FormulaLikeTextTest {
  static final String[] TEXTS = {"=HYPERLINK(\"https://example.org\",\"click\")", "+1", "@x", "-2+3"};

  @TempDir Path dir;

  @Test
  void formulaLikeTextStaysTextInLibreOffice() throws Exception {
    Tools.require("soffice");
    Path project = dir.resolve("project");
    copy(Path.of("").toAbsolutePath(), project);
    Path csv = project.resolve("datasets/leader-visits.csv");
    String[] lines = Files.readString(csv, StandardCharsets.UTF_8).split("\n", -1);
    // Put each formula-like text in the outcome column (the ninth) of a row: quoted CSV fields.
    for (int i = 0; i < TEXTS.length; i++) {
      lines[i + 1] = replaceOutcome(lines[i + 1], "\"" + TEXTS[i].replace("\"", "\"\"") + "\"");
    }
    Files.writeString(csv, String.join("\n", lines), StandardCharsets.UTF_8);
    BuildReport report = new Build(project).build(dir.resolve("out"));
    assertThat(report.errors()).as(report.diagnostics().toString()).isZero();

    Path book = dir.resolve("out/india-soviet-union-relations.xlsx");
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), book.toString());
    Path sheet = dir.resolve("india-soviet-union-relations-leader-visits.csv");
    assertThat(sheet).as("LibreOffice exported the sheet (it exits 0 even when it cannot load)").exists();
    String exported = Files.readString(sheet, StandardCharsets.UTF_8);
    for (String text : TEXTS) {
      assertThat(exported).contains(text.startsWith("=") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
    }
    assertThat(exported).doesNotContain(",click,").doesNotContain(",1,\"").doesNotContain("Err:");
  }

  /** Replaces the ninth field of a CSV line whose earlier fields hold no quoted commas. */
  private static String replaceOutcome(String line, String value) {
    int start = 0;
    for (int i = 0; i < 8; i++) {
      start = line.indexOf(',', start) + 1;
    }
    int end = line.indexOf(",\"", start);
    return line.substring(0, start) + value + line.substring(end);
  }

  private static void copy(Path from, Path to) throws Exception {
    for (String dir : new String[] {"datasets", "charts"}) {
      try (Stream<Path> walk = Files.walk(from.resolve(dir))) {
        for (Path p : walk.toList()) {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
            target.toFile().setWritable(true);
          }
        }
      }
    }
  }
}
