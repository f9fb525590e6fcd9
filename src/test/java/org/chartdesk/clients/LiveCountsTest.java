package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.dataset.Story;
import org.chartdesk.examples.Examples;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts behind the example charts are live COUNTIFS formulas: LibreOffice, recalculating
 * every formula on load, gets the values the charts draw, which the workbook caches. The copy it
 * opens has every cached value replaced by 999, so only a recalculation can give them.
 */
class LiveCountsTest {
  @TempDir Path dir;

  @Test
  void libreOfficeRecalculatesTheCountsTheChartsDraw() throws Exception {
    Tools.require("soffice");
    Story story = Examples.story();
    byte[] book = WorkbookWriter.write(story, Examples.models(story), Map.of(), Theme.house(),
        new BuildInfo("chartdesk", new java.util.TreeMap<>(), List.of(), List.of()));
    Map<String, String> cached = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA && cell.getCellFormula().contains("COUNTIFS")) {
              cached.put(sheet.getSheetName() + "!" + cell.getAddress(), number(cell.getNumericCellValue()));
            }
          }
        }
      }
    }
    assertThat(cached).as("count formulas").hasSizeGreaterThan(100);

    Path stale = dir.resolve("stale.xlsx");
    Files.write(stale, withCachedValues(book, "999"));
    Path profile = Files.createDirectories(dir.resolve("profile/user"));
    Files.writeString(profile.resolve("registrymodifications.xcu"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
        <value>0</value></prop></item>
        </oor:items>
        """);
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), stale.toString());
    Map<String, String> recalculated = new LinkedHashMap<>();
    for (String address : cached.keySet()) {
      String sheet = address.substring(0, address.indexOf('!'));
      org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(
          address.substring(address.indexOf('!') + 1));
      List<List<String>> rows = records(dir.resolve("stale-" + sheet + ".csv"));
      recalculated.put(address, rows.get(ref.getRow()).get(ref.getCol()));
    }
    assertThat(recalculated).isEqualTo(cached);
  }

  /** The workbook with the cached value of every formula cell set to {@code value}. */
  private static byte[] withCachedValues(byte[] book, String value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          content = new String(content, StandardCharsets.UTF_8).replaceAll("(<f>[^<]*</f>)<v>[^<]*</v>",
              "$1<v>" + value + "</v>").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
      }
    }
    return bytes.toByteArray();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static List<List<String>> records(Path file) throws IOException {
    try (var parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords().stream().map(r -> r.toList()).toList();
    }
  }
}
