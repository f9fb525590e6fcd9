package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery page in a real browser, headless Chromium, offline: it loads with no console
 * message, every image loads, every image has alt text and every table its headers, and a
 * screenshot shows the charts.
 */
class GalleryBrowserTest {
  /** Appended to a copy of the page: reports what the browser loaded and what a screen reader gets. */
  static final String PROBE = """
      <script>
      window.addEventListener('load', () => {
        const imgs = [...document.images];
        const broken = imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src'));
        const noAlt = imgs.filter(i => !(i.getAttribute('alt') || '').trim()).map(i => i.getAttribute('src'));
        const tables = [...document.querySelectorAll('table')];
        const badTables = tables.filter(t => !t.caption || t.querySelectorAll('thead th[scope=col]').length === 0
          || t.querySelectorAll('thead th').length !== t.rows[0].cells.length).length;
        console.log('PROBE images=' + imgs.length + ' broken=' + JSON.stringify(broken) + ' noalt='
          + JSON.stringify(noAlt) + ' tables=' + tables.length + ' badtables=' + badTables
          + ' lang=' + document.documentElement.lang);
      });
      </script>
      """;

  /** Appended to a copy of the page: what a phone's width does to it. */
  static final String PHONE_PROBE = """
      <script>
      window.addEventListener('load', () => {
        const width = document.querySelector('main').clientWidth;
        const narrow = [...document.images].filter(i => i.getBoundingClientRect().width < 0.95 * width)
          .map(i => i.getAttribute('src'));
        const clipped = [...document.querySelectorAll('caption')]
          .filter(c => c.getBoundingClientRect().right > document.documentElement.clientWidth).length;
        const phone = [...document.images].filter(i => i.currentSrc.includes('/phone/')).length;
        // The narrowest quotation, in its font's ems: a measure that reads as lines of a sentence.
        const quote = Math.min(...[...document.querySelectorAll('td.quote')]
          .map(td => td.clientWidth / parseFloat(getComputedStyle(td).fontSize)));
        console.log('PHONE viewport=' + window.innerWidth + ' overflow='
          + (document.documentElement.scrollWidth - window.innerWidth) + ' narrow=' + JSON.stringify(narrow)
          + ' clippedcaptions=' + clipped + ' phone=' + phone + ' quoteems=' + Math.floor(quote) + ' ');
      });
      </script>
      """;

  /**
   * Appended to a copy of the page: on a phone's width, whether each row of data is a card within
   * the screen (every cell on its own line, under its column's name, nothing past the right edge,
   * no table scrolled sideways) and what a screen reader is told of its tables.
   */
  static final String CARD_PROBE = """
      <script>
      window.addEventListener('load', () => {
        const right = document.documentElement.clientWidth;
        const tables = [...document.querySelectorAll('.table-wrap table')];
        const cells = tables.flatMap(t => [...t.querySelectorAll('caption, td')]);
        // Past the screen's edge, or cut within its own box.
        const off = cells.filter(c => { const r = c.getBoundingClientRect();
          return r.left < 0 || r.right > right + 0.5 || c.scrollWidth > c.clientWidth + 1; })
          .map(c => c.textContent.slice(0, 20));
        const scrolled = [...document.querySelectorAll('.table-wrap')]
          .filter(w => w.scrollWidth > w.clientWidth + 1).length;
        // A cell beside another rather than under it, or not named as its column's header is.
        let beside = 0, unnamed = 0;
        for (const t of tables) {
          const heads = [...t.querySelectorAll('thead th')].map(th => th.textContent);
          for (const tr of t.tBodies[0].rows) {
            [...tr.cells].forEach((td, i) => {
              if (i > 0 && td.getBoundingClientRect().top < tr.cells[i - 1].getBoundingClientRect().bottom - 1) beside++;
              const label = getComputedStyle(td, '::before');
              if (td.dataset.label !== heads[i] || label.content === 'none' || label.display === 'none') unnamed++;
            });
          }
        }
        // What the accessibility tree gets: the table named by its caption, its rows, headers and
        // cells, a cell's name its value without the label drawn before it.
        const roles = tables.filter(t => t.computedRole !== 'table' || t.computedName !== t.caption.textContent
          || [...t.rows].some(r => r.computedRole !== 'row')
          || [...t.querySelectorAll('th')].some(th => th.computedRole !== 'columnheader')
          || [...t.querySelectorAll('td')].some(td => td.computedRole !== 'cell')).length;
        const first = tables[0].tBodies[0].rows[0].cells[0];
        console.log('CARDS tables=' + tables.length + ' off=' + JSON.stringify(off) + ' scrolled=' + scrolled
          + ' beside=' + beside + ' unnamed=' + unnamed + ' badroles=' + roles + ' firstcell=' + first.computedName + ' ');
      });
      </script>
      """;

  @TempDir static Path out;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    Tools.require("chromium");
    report = new Build(Path.of("").toAbsolutePath()).build(out);
    assertThat(report.errors()).isZero();
  }

  @Test
  void thePageLoadsOfflineWithNoConsoleMessageAndShowsTheCharts() throws Exception {
    Path shot = out.resolve("gallery.png");
    String log = chromium(out.resolve("index.html"), "--window-size=1280,2400", "--screenshot=" + shot);
    assertThat(log.lines().filter(l -> l.contains(":CONSOLE"))).as("console messages").isEmpty();
    BufferedImage image = ImageIO.read(shot.toFile());
    long blue = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        if ((image.getRGB(x, y) & 0xffffff) == 0x0072B2) {
          blue++;
        }
      }
    }
    assertThat(blue).as("pixels of the charts' blue in the screenshot").isGreaterThan(1000);
  }

  @Test
  void everyImageLoadsAndHasAltTextAndEveryTableItsHeaders() throws Exception {
    String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    Path probe = out.resolve("probe.html");
    Files.writeString(probe, page.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
    String log = chromium(probe, "--virtual-time-budget=10000", "--dump-dom");
    String line = log.lines().filter(l -> l.contains("PROBE ")).findFirst().orElse("");
    assertThat(line).as("the probe ran").contains("PROBE images=" + report.charts().size())
        .contains("broken=[]").contains("noalt=[]").contains("tables=" + report.charts().size())
        .contains("badtables=0").contains("lang=en");
  }

  /**
   * On a phone's width the page does not scroll sideways, every chart is as wide as the page, a
   * chart with a phone size shows it, and every table's caption wraps within the screen.
   */
  @Test
  void onAPhoneTheChartsTakeTheWidthAndNothingRunsOffTheScreen() throws Exception {
    String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    Path probe = out.resolve("phone.html");
    Files.writeString(probe, page.replace("</body>", PHONE_PROBE + "</body>"), StandardCharsets.UTF_8);
    // Headless Chromium keeps its window at least 500 pixels wide: the page is shown in a frame a
    // phone's width, which is the page's viewport.
    Path host = out.resolve("phone-host.html");
    Files.writeString(host, "<!DOCTYPE html><html lang=\"en\"><title>phone</title><body style=\"margin:0\">"
        + "<iframe title=\"page\" src=\"phone.html\" width=\"390\" height=\"844\" style=\"border:0\"></iframe>",
        StandardCharsets.UTF_8);
    String log = chromium(host, "--window-size=500,900", "--screenshot=" + out.resolve("phone.png"));
    String line = log.lines().filter(l -> l.contains("PHONE ")).findFirst().orElse("");
    assertThat(line).as("the probe ran at a phone's width").contains("PHONE viewport=390 ")
        .contains(" overflow=0 ").contains(" narrow=[] ").contains(" clippedcaptions=0 ")
        // The story's four charts have a phone size and show it: text at a phone's reading size.
        .contains(" phone=4");
    // A source quotation keeps a measure of a short line (its row is a card the page's width), not a
    // column a word wide: squeezed to the page, the KGB's quote ran to fourteen lines of one word or two.
    int quoteEms = Integer.parseInt(line.replaceAll(".* quoteems=(\\d+) .*", "$1"));
    assertThat(quoteEms).as(line).isGreaterThanOrEqualTo(15);
  }

  /**
   * On a phone's width each row of a chart's data is a card: every cell on a line of its own under
   * its column's name, the citation quoted in full. The tables were wider than the screen, the
   * leader visits' 976 pixels with its citations from 745 on, scrolled in a box a phone shows no
   * scroll bar for; a screen reader still gets a table of rows, column headers and cells.
   */
  @Test
  void onAPhoneEachRowOfDataIsACardWithinTheScreenAndStillATableToAScreenReader() throws Exception {
    String page = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("cards.html"), page.replace("</body>", CARD_PROBE + "</body>"),
        StandardCharsets.UTF_8);
    // A frame a phone's width (Headless Chromium keeps its window at least 500 wide), as tall as
    // the first chart and its table, drawn at 2x for OCR to read.
    Path host = out.resolve("cards-host.html");
    Files.writeString(host, "<!DOCTYPE html><html lang=\"en\"><title>phone</title><body style=\"margin:0\">"
        + "<iframe title=\"page\" src=\"cards.html\" width=\"390\" height=\"2400\" style=\"border:0\"></iframe>",
        StandardCharsets.UTF_8);
    Path shot = out.resolve("cards.png");
    String log = chromium(host, "--window-size=500,2400", "--force-device-scale-factor=2",
        "--enable-blink-features=ComputedAccessibilityInfo", "--screenshot=" + shot);
    String line = log.lines().filter(l -> l.contains("CARDS ")).findFirst().orElse("");
    assertThat(line).as("the probe ran at a phone's width").contains("CARDS tables=" + report.charts().size())
        .contains(" off=[] ").contains(" scrolled=0 ").contains(" beside=0 ").contains(" unnamed=0 ")
        .contains(" badroles=0 ").contains(" firstcell=1973 ");
    // What a reader sees, read by OCR without its line breaks: the end of the KGB's 1973 citation,
    // which was past the screen's edge, on the screen, and the cells under their columns' names.
    Tools.require("tesseract");
    String text = Tools.run(out, "tesseract", shot.toString(), "-", "--psm", "4", "-l", "eng")
        .replaceAll("\\s+", "");
    assertThat(text).contains("year1973storiesover3,789qualifierovermeasurearticlesinIndianpublicationssource_quote",
        "inanyothernon-communistcountry.");
  }

  /**
   * On a tablet (900 px) the leader visits' table, 976 px wide, scrolls in its box: a shadow down
   * its right edge says there is more, which a touch screen's hidden scroll bar did not. At 1280 px
   * every table fits and no edge is shaded.
   */
  @Test
  void aTableWiderThanTheScreenIsShadedAtTheEdgeWithMoreBeyondIt() throws Exception {
    assertThat(shadedRows(900)).as("rows shaded at the right edge, 900 px").isGreaterThan(400);
    assertThat(shadedRows(1280)).as("rows shaded at the right edge, 1280 px").isLessThan(60);
  }

  /** Rows of the page, at a window this wide, whose pixel just inside the content's right edge is a shadow's grey. */
  private static int shadedRows(int width) throws Exception {
    Path shot = out.resolve("edge-" + width + ".png");
    chromium(out.resolve("index.html"), "--window-size=" + width + ",7000", "--screenshot=" + shot);
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(shot.toFile());
    int edge = 0;
    for (int x = image.getWidth() - 1; x > 0 && edge == 0; x--) {
      for (int y = 0; y < image.getHeight(); y += 7) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          edge = x;
          break;
        }
      }
    }
    int shaded = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      int grey = image.getRGB(edge - 1, y) & 0xFF;
      shaded += grey >= 185 && grey <= 235 ? 1 : 0;
    }
    return shaded;
  }

  private static String chromium(Path page, String... options) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + Files.createTempDirectory(out, "profile")));
    cmd.addAll(List.of(options));
    cmd.add(page.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String(output, StandardCharsets.UTF_8);
  }
}
