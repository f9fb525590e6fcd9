package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.model.ChartModel;
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
    Map<String, byte[]> blanks = new LinkedHashMap<>();
    for (ChartModel m : checked.models()) {
      blanks.put(m.frame().id(), blankPng(m.frame().width(), m.frame().height()));
    }
    book = dir.resolve("book.xlsx");
    Files.write(book, WorkbookWriter.write(checked.story(), checked.models(), blanks, theme,
        new BuildInfo("chartdesk", checked.inputs(), List.of(), checked.silenced())));
    Tools.run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
        "--norestore", "--convert-to",
        "pdf:calc_pdf_Export:{\"SinglePageSheets\":{\"type\":\"boolean\",\"value\":\"true\"}}",
        "--outdir", dir.toString(), book.toString());
    pdf = dir.resolve("book.pdf");
    // soffice exits 0 even when it could not load the file: the PDF is the proof.
    assertThat(pdf).exists();
  }

  @Test
  void everySheetBecomesAPage() throws Exception {
    String text = Tools.run(dir, "pdftotext", "-layout", pdf.toString(), "-");
    int pages = text.split("\f", -1).length - 1;
    // About, four dataset sheets and four chart sheets.
    assertThat(pages).isEqualTo(9);
    assertThat(text).contains("India–Soviet Union relations", "3,789", "Jawaharlal Nehru");
  }

  /** Printed as a user prints it (pages, not one page a sheet): the About sheet is whole on its first page. */
  @Test
  void theAboutSheetPrintsOnePageWide() throws Exception {
    Path printed = Files.createDirectories(dir.resolve("printed"));
    Tools.run(printed, "soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
        "--norestore", "--convert-to", "pdf", "--outdir", printed.toString(), book.toString());
    String firstPage = Tools.run(printed, "pdftotext", "-f", "1", "-l", "1", printed.resolve("book.pdf").toString(),
        "-");
    String description = new Build(Path.of("").toAbsolutePath()).check().story().description();
    String[] words = description.split("\\s+");
    // The description's last word and the third column's heading: nothing cut at the page's edge.
    assertThat(firstPage.replaceAll("\\s+", " ")).contains(words[words.length - 1], "Description (alt text)");
  }

  @Test
  void theNativeColumnChartIsDrawnWithItsSeriesColour() throws Exception {
    String text = Tools.run(dir, "pdftotext", "-layout", pdf.toString(), "-");
    String[] pages = text.split("\f");
    List<Integer> chartPages = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      if (pages[i].contains("KGB-planted articles in the Indian press fell")) {
        chartPages.add(i + 1);
      }
    }
    assertThat(chartPages).isNotEmpty();
    int page = chartPages.get(chartPages.size() - 1);
    Tools.run(dir, "pdftoppm", "-png", "-r", "60", "-f", Integer.toString(page), "-l",
        Integer.toString(page), "-singlefile", pdf.toString(), dir.resolve("chart").toString());
    BufferedImage image = ImageIO.read(dir.resolve("chart.png").toFile());
    assertThat(countNear(image, theme.series(0))).as("pixels in the series colour").isGreaterThan(500);
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

  private static int countNear(BufferedImage image, Color target) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - target.getRed()) < 24 && Math.abs(c.getGreen() - target.getGreen()) < 24
            && Math.abs(c.getBlue() - target.getBlue()) < 24) {
          n++;
        }
      }
    }
    return n;
  }

  private static byte[] blankPng(int w, int h) throws IOException {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
