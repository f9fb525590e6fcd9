package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Our chart and table parts compared with the same kind made by Excel itself (files from
 * XlsxWriter's comparison suite, in src/test/resources/excel-made/), the way XlsxWriter earned its
 * reputation: every element and attribute Excel writes must be in ours, in Excel's order, after
 * normalising what is volatile. Deliberate differences are listed with their reason.
 */
class ExcelMadeComparisonTest {
  static final Path EXCEL_MADE = Path.of("src/test/resources/excel-made");

  /** What Excel writes that we leave out on purpose, and why. */
  static final Map<String, String> DELIBERATE = Map.of(
      "chartSpace/chart/legend", "one series, labelled in the title and on the columns: no legend",
      "chartSpace/chart/legend/legendPos", "no legend",
      "chartSpace/chart/legend/layout", "no legend",
      "styleSheet/fonts/font/color/@theme", "the workbook has no theme part: its default font is black by index (8), "
          + "not the theme's first colour");

  @TempDir static Path out;
  static Map<String, byte[]> ours;

  @BeforeAll
  static void build() throws IOException {
    BuildReport report = new Build(Path.of("").toAbsolutePath()).build(out);
    assertThat(report.errors()).isZero();
    ours = unzip(Files.readAllBytes(out.resolve("india-soviet-union-relations.xlsx")));
  }

  @Test
  void theColumnChartHasEverythingExcelWritesForAColumnChart() throws Exception {
    Map<String, byte[]> excel = unzip(Files.readAllBytes(EXCEL_MADE.resolve("chart_column01.xlsx")));
    compare(excel.get("xl/charts/chart1.xml"), ours.get("xl/charts/chart1.xml"));
  }

  @Test
  void dataLabelsHaveEverythingExcelWritesForThem() throws Exception {
    Map<String, byte[]> excel = unzip(Files.readAllBytes(EXCEL_MADE.resolve("chart_data_labels01.xlsx")));
    Set<String> excelLabels = new TreeSet<>();
    for (String p : paths(excel.get("xl/charts/chart1.xml")).keySet()) {
      if (p.contains("/dLbls/")) {
        excelLabels.add(p);
      }
    }
    assertThat(paths(ours.get("xl/charts/chart1.xml")).keySet()).containsAll(excelLabels);
  }

  /** The styles Excel writes into every workbook: its two reserved fills, the "Normal" style, table style defaults. */
  @Test
  void stylesHaveEverythingExcelWritesForANewWorkbook() throws Exception {
    Map<String, byte[]> excel = unzip(Files.readAllBytes(EXCEL_MADE.resolve("table01.xlsx")));
    compare(excel.get("xl/styles.xml"), ours.get("xl/styles.xml"));
    String styles = new String(ours.get("xl/styles.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(styles).contains("<patternFill patternType=\"gray125\"/>",
        "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
  }

  /** A chart and a picture on a sheet are named and numbered as Excel names them, not "Diagramm0", id 0. */
  @Test
  void drawingsNameTheirShapesAsExcelDoes() throws Exception {
    Map<String, byte[]> excel = unzip(Files.readAllBytes(EXCEL_MADE.resolve("chart_column01.xlsx")));
    String excelDrawing = new String(excel.get("xl/drawings/drawing1.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(excelDrawing).contains("<xdr:cNvPr id=\"2\" name=\"Chart 1\"/>");
    String kgb = new String(ours.get("xl/drawings/drawing1.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(kgb).contains("<xdr:cNvPr id=\"2\" name=\"Chart 1\" descr=", "<xdr:cNvPr id=\"3\" name=\"Picture 2\" descr=")
        .doesNotContain("Diagramm");
  }

  @Test
  void tablesHaveEverythingExcelWritesForATable() throws Exception {
    Map<String, byte[]> excel = unzip(Files.readAllBytes(EXCEL_MADE.resolve("table01.xlsx")));
    for (String part : ours.keySet()) {
      if (part.startsWith("xl/tables/")) {
        compare(excel.get("xl/tables/table1.xml"), ours.get(part));
      }
    }
  }

  @Test
  void contentTypesDeclareWhatExcelDeclaresForChartsDrawingsAndTables() throws Exception {
    String excel = new String(unzip(Files.readAllBytes(EXCEL_MADE.resolve("chart_column01.xlsx")))
        .get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
    String mine = new String(ours.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8);
    for (String type : List.of("application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        "application/vnd.openxmlformats-officedocument.drawing+xml")) {
      assertThat(excel).contains(type);
      assertThat(mine).contains(type);
    }
    assertThat(mine).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
  }

  /** Every element path and attribute Excel has, ours has too, and shared children keep Excel's order. */
  private static void compare(byte[] excelXml, byte[] ourXml) throws Exception {
    Map<String, Set<String>> excel = paths(excelXml);
    Map<String, Set<String>> mine = paths(ourXml);
    List<String> missing = new ArrayList<>();
    for (var e : excel.entrySet()) {
      if (DELIBERATE.containsKey(e.getKey())) {
        continue;
      }
      if (!mine.containsKey(e.getKey())) {
        missing.add(e.getKey());
        continue;
      }
      for (String attribute : e.getValue()) {
        if (!mine.get(e.getKey()).contains(attribute) && !DELIBERATE.containsKey(e.getKey() + "/@" + attribute)) {
          missing.add(e.getKey() + "/@" + attribute);
        }
      }
    }
    assertThat(missing).as("elements and attributes Excel writes that ours lacks").isEmpty();
    Map<String, List<String>> excelOrder = childOrder(excelXml);
    Map<String, List<String>> ourOrder = childOrder(ourXml);
    for (var e : excelOrder.entrySet()) {
      List<String> mineChildren = ourOrder.getOrDefault(e.getKey(), List.of());
      List<String> shared = e.getValue().stream().filter(mineChildren::contains).toList();
      List<String> ourShared = mineChildren.stream().filter(shared::contains).distinct().toList();
      assertThat(ourShared).as("order of the children of %s", e.getKey()).isEqualTo(shared.stream().distinct().toList());
    }
  }

  /** Element paths (local names, from the root) with the attribute names seen on each. */
  static Map<String, Set<String>> paths(byte[] xml) throws Exception {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    walk(parse(xml), "", out, null);
    return out;
  }

  static Map<String, List<String>> childOrder(byte[] xml) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    walk(parse(xml), "", new LinkedHashMap<>(), out);
    return out;
  }

  private static void walk(Element e, String parent, Map<String, Set<String>> paths, Map<String, List<String>> order) {
    String path = parent.isEmpty() ? e.getLocalName() : parent + "/" + e.getLocalName();
    Set<String> attributes = paths.computeIfAbsent(path, k -> new LinkedHashSet<>());
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      if (a.getNamespaceURI() == null || !a.getNamespaceURI().equals("http://www.w3.org/2000/xmlns/")) {
        attributes.add(a.getLocalName() == null ? a.getNodeName() : a.getLocalName());
      }
    }
    List<String> children = order == null ? null : order.computeIfAbsent(path, k -> new ArrayList<>());
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (children != null && !children.contains(child.getLocalName())) {
          children.add(child.getLocalName());
        }
        walk(child, path, paths, order);
      }
    }
  }

  private static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), readAll(in));
      }
    }
    return out;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
