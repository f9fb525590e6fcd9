package org.chartdesk.workbook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chartdesk.check.SilencedRule;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.theme.NewsLocale;

/**
 * The first sheet: what the workbook is, where its data comes from and under which licence, and
 * a contents list of charts and datasets with links to their sheets and the charts' alt text.
 */
final class AboutSheetWriter {
  static final String NAME = "About";

  private static final int[] WIDTHS = {48, 34, 72};

  /** A chart or dataset as listed: its title, its sheet, and the text that describes it. */
  record Entry(String title, String sheet, String description) {}

  /** A dataset's column as the data package describes it, on its dataset's sheet. */
  record Column(String sheet, String name, String description) {}

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final XSSFSheet sheet;
  /** The locale of the sheet's own words: its headings and labels. */
  private final NewsLocale words;
  /** The headings and table headers, each kept on the page of the row after it. */
  private final Set<Integer> keepWithNext = new HashSet<>();
  private int r;

  private AboutSheetWriter(XSSFWorkbook wb, Styles styles, XSSFSheet sheet, NewsLocale words) {
    this.wb = wb;
    this.styles = styles;
    this.sheet = sheet;
    this.words = words;
  }

  /** Creates the (empty) sheet first, so it is the workbook's first tab; fill it with {@link #fill}. */
  static AboutSheetWriter create(XSSFWorkbook wb, Styles styles, String name, NewsLocale words) {
    return new AboutSheetWriter(wb, styles, wb.createSheet(name), words);
  }

  void fill(Story story, List<Entry> charts, List<Entry> datasets, List<Column> columns, BuildInfo info,
      String buildDate) {
    for (int c = 0; c < WIDTHS.length; c++) {
      Layout.width(sheet, c, WIDTHS[c]);
    }
    XSSFRow title = sheet.createRow(r++);
    text(title.createCell(0), story.title()).setCellStyle(styles.title);
    Layout.fitFont(title, Styles.TITLE_POINTS);
    keepWithNext.add(title.getRowNum());
    if (!story.description().isEmpty()) {
      XSSFRow row = sheet.createRow(r);
      styles.text(row.createCell(0), story.description(), true);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
      Layout.fitLines(row, Layout.lines(story.description(), WIDTHS[0] + WIDTHS[1] + WIDTHS[2]));
      r++;
    }
    r++;
    heading(story.sources().size() == 1 ? words.source() : words.say("workbook_sources"));
    for (Source s : story.sources()) {
      XSSFRow row = sheet.createRow(r++);
      text(row.createCell(0), s.title());
      url(row.createCell(1), s.url());
    }
    r++;
    heading(words.say("licence"));
    XSSFRow licence = sheet.createRow(r++);
    text(licence.createCell(0), story.licenseTitle());
    url(licence.createCell(1), story.licenseUrl());
    r++;
    contents(words.say("charts"), words.say("workbook_chart"), words.say("workbook_alt_text"), charts);
    r++;
    contents(words.say("workbook_datasets"), words.say("workbook_dataset"), words.say("workbook_description"),
        datasets);
    r++;
    if (!columns.isEmpty()) {
      columns(columns);
      r++;
    }
    lint(info);
    r++;
    build(info, buildDate);
    PageBreaks.set(sheet, r, WIDTHS.length, keepWithNext);
  }

  /**
   * What each described column holds, by sheet: an analyst reading "late-decade" beside 1970 on a
   * dataset's sheet finds here that it means the late 1970s.
   */
  private void columns(List<Column> columns) {
    heading(words.say("workbook_columns"));
    XSSFRow header = header();
    String[] labels = {words.say("workbook_sheet"), words.say("workbook_column"), words.say("workbook_description")};
    for (int c = 0; c < labels.length; c++) {
      text(header.createCell(c), labels[c]).setCellStyle(styles.bold);
    }
    for (Column c : columns) {
      XSSFRow row = sheet.createRow(r++);
      text(row.createCell(0), c.sheet());
      styles.text(row.createCell(1), c.name(), true);
      styles.text(row.createCell(2), c.description(), true);
      Layout.fitLines(row, Math.max(Layout.lines(c.name(), WIDTHS[1]), Layout.lines(c.description(), WIDTHS[2])));
    }
  }

  /** What the editorial lint found, and each rule a chart silenced with the editor's reason. */
  private void lint(BuildInfo info) {
    heading(words.say("workbook_lint"));
    if (info.findings().isEmpty()) {
      text(sheet.createRow(r++).createCell(0), words.say("workbook_no_findings"));
    }
    for (String finding : info.findings()) {
      XSSFRow row = sheet.createRow(r++);
      styles.text(row.createCell(0), finding, true);
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, WIDTHS.length - 1));
      Layout.fitLines(row, Layout.lines(finding, WIDTHS[0] + WIDTHS[1] + WIDTHS[2]));
    }
    if (!info.silenced().isEmpty()) {
      XSSFRow header = header();
      String[] labels = {words.say("workbook_rule_silenced"), words.say("workbook_chart"),
          words.say("workbook_reason")};
      for (int c = 0; c < labels.length; c++) {
        text(header.createCell(c), labels[c]).setCellStyle(styles.bold);
      }
      for (SilencedRule s : info.silenced()) {
        XSSFRow row = sheet.createRow(r++);
        text(row.createCell(0), words.phrases().count("workbook_silenced", s.suppressed(),
            words.marks(Long.toString(s.suppressed())), "code", s.code()));
        text(row.createCell(1), s.chart());
        styles.text(row.createCell(2), s.reason(), true);
      }
    }
  }

  /** The tool, the date written into the files, and a hash of every input. */
  private void build(BuildInfo info, String buildDate) {
    heading(words.say("workbook_build"));
    XSSFRow tool = sheet.createRow(r++);
    text(tool.createCell(0), words.say("workbook_tool"));
    text(tool.createCell(1), info.tool());
    XSSFRow date = sheet.createRow(r++);
    text(date.createCell(0), words.say("workbook_build_date"));
    text(date.createCell(1), buildDate);
    XSSFRow header = header();
    text(header.createCell(0), words.say("workbook_input")).setCellStyle(styles.bold);
    text(header.createCell(1), "SHA-256").setCellStyle(styles.bold);
    for (var e : info.inputs().entrySet()) {
      XSSFRow row = sheet.createRow(r++);
      text(row.createCell(0), e.getKey());
      text(row.createCell(1), e.getValue());
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, WIDTHS.length - 1));
    }
  }

  private void contents(String heading, String what, String describedAs, List<Entry> entries) {
    heading(heading);
    XSSFRow header = header();
    String[] labels = {what, words.say("workbook_sheet"), describedAs};
    for (int c = 0; c < labels.length; c++) {
      text(header.createCell(c), labels[c]).setCellStyle(styles.bold);
    }
    for (Entry e : entries) {
      XSSFRow row = sheet.createRow(r++);
      styles.text(row.createCell(0), e.title(), true);
      XSSFCell link = text(row.createCell(1), e.sheet());
      XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      h.setAddress("'" + e.sheet().replace("'", "''") + "'!A1");
      link.setHyperlink(h);
      link.setCellStyle(styles.link);
      styles.text(row.createCell(2), e.description(), true);
      Layout.fitLines(row, Math.max(Layout.lines(e.title(), WIDTHS[0]), Layout.lines(e.description(), WIDTHS[2])));
    }
  }

  private void heading(String text) {
    XSSFRow row = header();
    text(row.createCell(0), text).setCellStyle(styles.heading);
    Layout.fitFont(row, Styles.HEADING_POINTS);
  }

  /** A row of a heading or of a table's column names, which the rows after it belong with. */
  private XSSFRow header() {
    keepWithNext.add(r);
    return sheet.createRow(r++);
  }

  private void url(XSSFCell cell, String url) {
    text(cell, url);
    if (url.startsWith("https://") || url.startsWith("http://")) {
      XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
      h.setAddress(url);
      cell.setHyperlink(h);
      cell.setCellStyle(styles.link);
    }
  }

  private XSSFCell text(XSSFCell cell, String text) {
    styles.text(cell, text, false);
    return cell;
  }
}
