package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.build.Build;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a real spreadsheet program, LibreOffice, the way an analyst would, and
 * checks what it shows. The images beside native charts are replaced by blank ones here, so any
 * series colour on a chart page was drawn by LibreOffice from the native chart.
 */
class LibreOfficeWorkbookTest {
  @TempDir static Path dir;
  static Path pdf;
  static Path book;
  static Theme theme = Theme.house();

  @BeforeAll
  static void convert() throws Exception {
    Tools.require("soffice", "pdftoppm", "pdftotext");
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    assertThat(checked.hasErrors()).isFalse();
    book = dir.resolve("book.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(),
        LibreOfficeRender.blankImages(checked.models()), theme,
        new BuildInfo("chartdesk", checked.inputs(), List.of(), checked.silenced())));
    pdf = LibreOfficeRender.pdf(dir, book);
  }

  @Test
  void everySheetBecomesAPage() throws Exception {
    String text = Tools.run(dir, "pdftotext", "-layout", pdf.toString(), "-");
    int pages = text.split("\f", -1).length - 1;
    // About, four dataset sheets and four chart sheets.
    assertThat(pages).isEqualTo(9);
    assertThat(text).contains("India–Soviet Union relations", "3,789", "Jawaharlal Nehru");
  }

  /**
   * The KGB's 1973 figure reads "over 3,789" in its data sheet as on its chart, and is still a
   * number there (right-aligned by its format, so it sorts and sums): the qualifier rides in the
   * cell's number format, beside the dataset's own qualifier column.
   */
  @Test
  void aQualifiedNumberReadsWithItsQualifier() throws Exception {
    String text = Tools.run(dir, "pdftotext", "-layout", pdf.toString(), "-");
    assertThat(text).containsPattern("1973\\s+over 3,789\\s+over\\s+articles in Indian publications")
        .containsPattern("1976\\s+1,980\\s+articles planted");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
      XSSFSheet sheet = wb.getSheet("kgb-planted-stories");
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3789);
    }
  }

  /** The workbook printed as a user prints it (pages as the sheets' print settings say), once. */
  private static Path printed() throws Exception {
    Path printed = dir.resolve("printed");
    if (!Files.exists(printed.resolve("book.pdf"))) {
      Files.createDirectories(printed);
      Tools.run(printed, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
          "--norestore", "--convert-to", "pdf", "--outdir", printed.toString(), book.toString());
    }
    return printed.resolve("book.pdf");
  }

  /** Printed as a user prints it (pages, not one page a sheet): the About sheet is whole on its first page. */
  @Test
  void theAboutSheetPrintsOnePageWide() throws Exception {
    String firstPage = Tools.run(dir, "pdftotext", "-f", "1", "-l", "1", printed().toString(), "-");
    String description = new Build(Path.of("").toAbsolutePath()).check().story().description();
    String[] words = description.split("\\s+");
    // The description's last word and the third column's heading: nothing cut at the page's edge.
    assertThat(firstPage.replaceAll("\\s+", " ")).contains(words[words.length - 1], "Description (alt text)");
  }

  /**
   * Printed as a user prints it, on Letter or on A4 paper, no page of the About sheet ends with a
   * heading or a table's column names, what they head being on the next page: "Build" stood alone
   * at the foot of the third page.
   */
  @Test
  void noPageOfTheAboutSheetEndsWithAHeading() throws Exception {
    Set<String> headings = new HashSet<>();
    String lastRow;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
      XSSFSheet about = wb.getSheet("About");
      for (Row row : about) {
        if (wb.getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getBold()) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(c.getStringCellValue()));
          headings.add(String.join(" ", cells));
        }
      }
      assertThat(headings).contains("Build", "Input SHA-256");
      lastRow = about.getRow(about.getLastRowNum()).getCell(1).getStringCellValue();
      about.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      Files.createDirectories(dir.resolve("a4"));
      try (var out = Files.newOutputStream(dir.resolve("a4/book.xlsx"))) {
        wb.write(out);
      }
    }
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", dir.resolve("a4").toString(), dir.resolve("a4/book.xlsx").toString());
    for (Path printed : List.of(printed(), dir.resolve("a4/book.pdf"))) {
      String[] pages = Tools.run(dir, "pdftotext", "-layout", printed.toString(), "-").split("\f");
      int last = LibreOfficeRender.lastPageWith(pages, lastRow);
      assertThat(last).as("pages of the About sheet in " + printed).isGreaterThan(1);
      for (int p = 0; p < last; p++) {
        List<String> lines = pages[p].lines().filter(l -> !l.isBlank()).toList();
        String foot = lines.get(lines.size() - 1).strip().replaceAll("\\s+", " ");
        assertThat(headings).as("the foot of page " + (p + 1) + " of " + printed).doesNotContain(foot);
      }
    }
  }

  /**
   * Printed as a user prints it, the leader visits' sheet, ten columns of which the outcomes and
   * citations are long, is readable and whole: one page wide, it printed at 44%, its 11-point text
   * under 5 points tall. Its long text columns wrap narrower instead, so it prints at 80% or more,
   * its header on every page; and every cell's text is there, no line over another (text wrapped
   * in a row too short for it runs over the row below, or is cut at the page's foot).
   */
  @Test
  void aSheetOfLongTextsPrintsReadableAndWhole() throws Exception {
    List<List<String>> records = records(Path.of("datasets/leader-visits.csv"));
    String[] pages = Tools.run(dir, "pdftotext", "-layout", printed().toString(), "-").split("\f");
    // The sheet's pages: those that start with its header.
    String header = "(?s)" + records.get(0).get(0) + "\\s+" + records.get(0).get(1) + "\\s.*";
    StringBuilder text = new StringBuilder();
    List<Integer> sheet = new ArrayList<>();
    for (int p = 1; p <= pages.length; p++) {
      if (pages[p - 1].strip().matches(header)) {
        sheet.add(p);
        text.append(Tools.run(dir, "pdftotext", "-raw", "-f", "" + p, "-l", "" + p, printed().toString(), "-"));
        List<Word> words = words(p);
        for (Word a : words) {
          for (Word b : words) {
            assertThat(a != b && a.over(b)).as("on page %d, %s over %s", p, a, b).isFalse();
          }
        }
      }
    }
    assertThat(sheet).as("the sheet's pages, each with its header").isNotEmpty();
    String all = text.toString().replaceAll("\\s+", "");
    for (List<String> record : records) {
      for (String cell : record) {
        assertThat(all).as("the pages of the sheet").contains(cell.replaceAll("\\s+", ""));
      }
    }
    // The scale: the second data row's top below the first's, against the first's height.
    List<Word> first = words(sheet.get(0));
    double height;
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
      height = wb.getSheet("leader-visits").getRow(1).getHeightInPoints();
    }
    double scale = (leftmost(first, records.get(2).get(0)).yMin() - leftmost(first, records.get(1).get(0)).yMin()) / height;
    assertThat(scale).as("the scale the sheet prints at").isGreaterThanOrEqualTo(0.8);
  }

  /** A word as pdftotext finds it on a page, in points from the page's top left corner. */
  private record Word(String text, double xMin, double yMin, double xMax, double yMax) {
    /**
     * Whether it is drawn over another: by more than the fifth of their height that the boxes of
     * a cell's lines, one under the other, share.
     */
    boolean over(Word o) {
      return Math.min(xMax, o.xMax) - Math.max(xMin, o.xMin) > 1
          && Math.min(yMax, o.yMax) - Math.max(yMin, o.yMin) > 0.4 * Math.min(yMax - yMin, o.yMax - o.yMin);
    }
  }

  private static List<Word> words(int page) throws Exception {
    String boxes = Tools.run(dir, "pdftotext", "-bbox", "-f", "" + page, "-l", "" + page, printed().toString(), "-");
    return Pdfs.words(boxes).stream().map(w -> new Word(w.text(), w.x0(), w.y0(), w.x1(), w.y1())).toList();
  }

  /** The word furthest left of those that begin {@code text}: in the sheet's first column. */
  private static Word leftmost(List<Word> words, String text) {
    String start = text.split("\\s+")[0];
    return words.stream().filter(w -> w.text().equals(start)).min(java.util.Comparator.comparingDouble(Word::xMin))
        .orElseThrow();
  }

  /** Printed as a user prints it, a chart's sheet is one page: its native chart and image whole. */
  @Test
  void aChartSheetPrintsOnOnePage() throws Exception {
    String[] pages = Tools.run(dir, "pdftotext", printed().toString(), "-").split("\f");
    int kgb = LibreOfficeRender.lastPageWith(pages, "KGB-planted articles in the Indian press fell");
    assertThat(pages[kgb - 1]).contains("over 3,789", "1977", "As published:");
    // Nothing of that sheet spills onto the next page, which is the next chart's sheet.
    assertThat(pages[kgb].strip()).startsWith("Five visits between India and the Soviet Union");
  }

  /**
   * The relations timeline's sheet, its picture taller than wide, prints on a portrait page (on a
   * landscape one its labels came out at 4 to 5 points); the KGB chart's sheet, wider than tall,
   * on a landscape one.
   */
  @Test
  void aChartSheetTallerThanWidePrintsOnAPortraitPage() throws Exception {
    Tools.require("pdfinfo");
    String[] pages = Tools.run(dir, "pdftotext", printed().toString(), "-").split("\f");
    int timeline = LibreOfficeRender.lastPageWith(pages, "Nine decades of India–Soviet relations");
    int kgb = LibreOfficeRender.lastPageWith(pages, "KGB-planted articles in the Indian press fell");
    assertThat(pageSize(timeline)).as("width, height").satisfies(s -> assertThat(s[0]).isLessThan(s[1]));
    assertThat(pageSize(kgb)).as("width, height").satisfies(s -> assertThat(s[0]).isGreaterThan(s[1]));
  }

  private static double[] pageSize(int page) throws Exception {
    String info = Tools.run(dir, "pdfinfo", "-f", Integer.toString(page), "-l", Integer.toString(page),
        printed().toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("size:\\s+([0-9.]+) x ([0-9.]+) pts").matcher(info);
    assertThat(m.find()).as(info).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  @Test
  void theNativeColumnChartIsDrawnWithItsSeriesColour() throws Exception {
    String[] pages = LibreOfficeRender.pages(dir, pdf);
    int page = LibreOfficeRender.lastPageWith(pages, "KGB-planted articles in the Indian press fell");
    BufferedImage image = LibreOfficeRender.image(dir, pdf, page, "chart");
    assertThat(LibreOfficeRender.countNear(image, theme.series(0), 24)).as("pixels in the series colour")
        .isGreaterThan(500);
    assertThat(pages[page - 1]).contains("over 3,789");
  }

  @Test
  void everyDataSheetReadsBackAsItsSourceCsv() throws Exception {
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--norestore",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir", dir.toString(), book.toString());
    for (String dataset : List.of("kgb-planted-stories", "leader-visits", "leaders-in-office", "relations-timeline")) {
      Path sheet = dir.resolve("book-" + dataset + ".csv");
      assertThat(sheet).as("LibreOffice exported the sheet of " + dataset).exists();
      assertThat(records(sheet)).as(dataset).isEqualTo(records(Path.of("datasets", dataset + ".csv")));
    }
  }

  /** A CSV's records as lists of values, read with Commons CSV, so line endings do not matter. */
  private static List<List<String>> records(Path csv) throws IOException {
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(
        Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8))) {
      return parser.getRecords().stream().map(r -> r.toList()).toList();
    }
  }
}
