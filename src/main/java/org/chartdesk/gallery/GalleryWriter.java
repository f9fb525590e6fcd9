package org.chartdesk.gallery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chartdesk.build.Output;
import org.chartdesk.check.SilencedRule;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.model.QualifiedColumns;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.SizePreset;

/**
 * {@code index.html}: every chart of the build on one offline page (no remote fonts, scripts or
 * styles), with its image at 1x and 2x, its alt text as {@code alt}, links to its SVG, PDF and the
 * workbook, its data as an accessible table with the citations, and what the checks and lint said.
 * Readable on a phone: one column, images as wide as the page (a figure's default margins took a
 * fifth of a phone's width), each row of data a card of its cells under their columns' names (a
 * table wider than the screen hid its citations), still a table to a screen reader. On a wider
 * screen a table wider than the page scrolls sideways within its box, its caption kept in view.
 */
public final class GalleryWriter {
  private static final String STYLE = """
      :root { color-scheme: light; }
      body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #222; background: #fff;
        margin: 0 auto; max-width: 1240px; padding: 16px; line-height: 1.45; }
      header p, .meta { color: #595959; }
      h1 { font-size: 1.8rem; margin: 0.2em 0; }
      h2 { font-size: 1.35rem; margin: 0 0 0.2em; }
      section.chart { border-top: 1px solid #ddd; padding: 24px 0; }
      figure { margin: 12px 0; }
      img { max-width: 100%; height: auto; border: 1px solid #eee; box-sizing: border-box; }
      nav a, .downloads a { margin-right: 1em; }
      /* A table wider than its box scrolls, with a shadow at an edge that has more of it beyond:
         the cue a touch screen gives no scroll bar for. The white covers move with the table and
         hide each shadow at the table's own ends. */
      .table-wrap { overflow-x: auto;
        background: linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left / 40px 100% no-repeat local,
          linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right / 40px 100% no-repeat local,
          linear-gradient(to right, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) left / 14px 100% no-repeat,
          linear-gradient(to left, rgba(0, 0, 0, 0.2), rgba(0, 0, 0, 0)) right / 14px 100% no-repeat; }
      table { border-collapse: collapse; font-size: 0.9rem; margin-top: 8px; }
      caption { text-align: left; font-weight: bold; padding: 4px 0; position: sticky; left: 0;
        max-width: calc(100vw - 32px); }
      th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      td.quote { min-width: 16em; max-width: 32em; color: #444; }
      .missing { color: #595959; font-style: italic; }
      .lint { color: #595959; }
      .fields { font-size: 0.9rem; margin-top: 8px; }
      .fields dt { font-weight: bold; }
      .fields dd { margin: 0 0 4px 1.5em; }
      /* On a phone each row is a card, each cell on a line of its own under its column's name: a
         table wider than the screen hid its citations past a scroll that phones show no bar for. The
         headers stay for screen readers, and the roles keep the table a table where a browser drops
         its semantics for display: block; the name drawn before a cell is not read out with it. */
      @media (max-width: 640px) {
        .table-wrap table, .table-wrap caption, .table-wrap tbody, .table-wrap tr { display: block; }
        .table-wrap caption { max-width: none; }
        .table-wrap thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
          clip-path: inset(50%); white-space: nowrap; }
        .table-wrap tr { border-bottom: 1px solid #ddd; padding: 6px 0; }
        .table-wrap td, .table-wrap td.num, .table-wrap td.quote { display: grid; grid-template-columns: 7.5em 1fr;
          column-gap: 8px; border: 0; padding: 2px 0; min-width: 0; max-width: none; text-align: left;
          overflow-wrap: anywhere; }
        .table-wrap td::before { content: attr(data-label); content: attr(data-label) / "";
          font-weight: bold; color: #222; }
      }
      """;

  /** Rows of a dataset shown on the page; a page of a million rows would not open on a phone. */
  static final int SHOWN_ROWS = 1_000;

  private GalleryWriter() {}

  /**
   * @param outputs every file the build wrote, to link each chart's formats
   * @param workbook the workbook's path in the output folder
   * @param page the locale of the page's own words: the command line's, else the project's
   */
  public static byte[] write(Story story, List<ChartModel> charts, Map<String, List<String>> readBySpec,
      List<Output> outputs, String workbook, List<Diagnostic> diagnostics, List<SilencedRule> silenced,
      NewsLocale page) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(page.language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(story.title())).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(story.title())).append("</h1>\n");
    if (!story.description().isEmpty()) {
      h.append("<p>").append(esc(story.description())).append("</p>\n");
    }
    for (Source s : story.sources()) {
      h.append("<p class=\"meta\">").append(esc(page.source())).append(": <a href=\"").append(esc(s.url()))
          .append("\">").append(esc(s.title())).append("</a>. ").append(esc(page.say("licence")))
          .append(": <a href=\"").append(esc(story.licenseUrl())).append("\">")
          .append(esc(story.licenseTitle())).append("</a>.</p>\n");
    }
    h.append("<p class=\"meta\">").append(esc(page.say("gallery_workbook_all"))).append(" <a href=\"")
        .append(esc(workbook)).append("\">").append(esc(workbook)).append("</a></p>\n<nav aria-label=\"")
        .append(esc(page.say("charts"))).append("\">");
    for (ChartModel m : charts) {
      h.append("<a href=\"#").append(esc(m.frame().id())).append("\">").append(esc(m.frame().title())).append("</a> ");
    }
    h.append("</nav>\n</header>\n<main>\n");
    // Where each dataset's rows are shown: under the first chart drawn from it.
    Map<String, String> tableOf = new java.util.HashMap<>();
    charts.forEach(m -> tableOf.putIfAbsent(m.dataset(), m.frame().id() + "-data"));
    Map<String, Map<String, String>> qualified = QualifiedColumns.byDataset(charts);
    for (ChartModel m : charts) {
      chart(h, story, m, readBySpec.getOrDefault(m.frame().spec(), List.of()), tableOf, qualified, outputs,
          workbook, diagnostics, silenced, page);
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param read the datasets the chart's spec reads: its own, and those of its marks and annotations
   * @param tableOf by dataset, the anchor of the table of its rows
   * @param qualified by dataset, its columns whose numbers read with another column's words
   */
  private static void chart(StringBuilder h, Story story, ChartModel m, List<String> read,
      Map<String, String> tableOf, Map<String, Map<String, String>> qualified, List<Output> outputs, String workbook,
      List<Diagnostic> diagnostics, List<SilencedRule> silenced, NewsLocale page) {
    String id = m.frame().id();
    // A chart in another language than the page's says so, for its title and alt text to be read
    // out in that language's voice.
    String language = m.frame().locale().language();
    String lang = language.equals(page.language()) ? "" : " lang=\"" + esc(language) + "\"";
    h.append("<section class=\"chart\" id=\"").append(esc(id)).append("\" aria-labelledby=\"").append(esc(id))
        .append("-h\">\n<h2 id=\"").append(esc(id)).append("-h\"").append(lang).append('>')
        .append(esc(m.frame().title())).append("</h2>\n");
    h.append("<figure").append(lang).append(">\n<picture>\n");
    // On a small screen, the chart laid out for it where the spec asks: on a phone, the phone
    // size (text at a readable size), else the web size; on a small tablet, the web size, else
    // the phone size, larger, rather than the full-width chart shrunk.
    boolean web = m.frame().sizes().contains("web");
    if (m.frame().sizes().contains("phone")) {
      source(h, web ? "(max-width: 500px)" : "(max-width: 700px)", "phone", id);
    }
    if (web) {
      source(h, "(max-width: 700px)", "web", id);
    }
    h.append("<img src=\"png/").append(esc(id)).append(".png\" srcset=\"png/").append(esc(id))
        .append(".png 1x, png/").append(esc(id)).append("@2x.png 2x\" width=\"").append(m.frame().width())
        .append("\" height=\"").append(m.frame().height()).append("\" alt=\"").append(esc(m.altText()))
        .append("\">\n</picture>\n</figure>\n<p class=\"downloads\">").append(esc(page.say("gallery_download")))
        .append(' ');
    // In a fixed order, whether the files were drawn now or kept from an earlier build.
    List<Output> mine = outputs.stream().filter(o -> id.equals(o.chart()))
        .sorted(java.util.Comparator.comparingInt((Output o) -> presetRank(o.path()))
            .thenComparingInt(o -> FORMATS.indexOf(o.format())).thenComparing(Output::path))
        .toList();
    for (Output o : mine) {
      if (!o.format().equals("txt") && !o.path().startsWith("png/" + id)) {
        h.append("<a href=\"").append(esc(o.path())).append("\">").append(esc(label(o.path()))).append("</a> ");
      }
    }
    h.append("<a href=\"").append(esc(workbook)).append("\">").append(esc(page.say("gallery_workbook_link")))
        .append("</a></p>\n");
    lint(h, m, diagnostics, silenced, page);
    String anchor = id + "-data";
    story.dataset(m.dataset()).ifPresent(d -> table(h, d, qualified.getOrDefault(d.name(), Map.of()),
        anchor.equals(tableOf.get(d.name())) ? anchor : null, workbook, page));
    // The rows of the chart's other data (the leaders' chart marks visits) are one link away, or
    // here when no chart of their own shows them: every mark traces to its cited row.
    for (String other : read) {
      if (other.equals(m.dataset())) {
        continue;
      }
      story.dataset(other).ifPresent(d -> {
        if (tableOf.containsKey(d.name())) {
          h.append("<p class=\"meta\">").append(esc(page.say("gallery_also_from"))).append(" <a href=\"#")
              .append(esc(tableOf.get(d.name()))).append("\">")
              .append(esc(page.say("gallery_data", "title", d.title(), "path", d.path()))).append("</a></p>\n");
        } else {
          table(h, d, qualified.getOrDefault(d.name(), Map.of()), null, workbook, page);
        }
      });
    }
    h.append("</section>\n");
  }

  private static void source(StringBuilder h, String media, String size, String id) {
    h.append("<source media=\"").append(media).append("\" srcset=\"png/").append(size).append('/').append(esc(id))
        .append(".png 1x, png/").append(size).append('/').append(esc(id)).append("@2x.png 2x\">\n");
  }

  /** What the checks said about the chart: about its spec file as a whole, or about this chart of a split. */
  private static void lint(StringBuilder h, ChartModel m, List<Diagnostic> diagnostics, List<SilencedRule> silenced,
      NewsLocale page) {
    String id = m.frame().id();
    List<Diagnostic> mine = diagnostics.stream()
        .filter(d -> m.frame().file().equals(d.file()) && (d.chart() == null || d.chart().equals(id))).toList();
    List<SilencedRule> quiet = silenced.stream().filter(s -> s.chart().equals(id)).toList();
    h.append("<div class=\"lint\"><p>").append(esc(page.say("gallery_lint")))
        .append(mine.isEmpty() && quiet.isEmpty() ? " " + esc(page.say("gallery_no_findings")) : "").append("</p>");
    if (!mine.isEmpty() || !quiet.isEmpty()) {
      h.append("<ul>");
      mine.forEach(d -> h.append("<li>").append(esc(d.format())).append("</li>"));
      quiet.forEach(s -> h.append("<li>").append(esc(page.say("gallery_silenced", "code", s.code(), "reason",
          s.reason()))).append("</li>"));
      h.append("</ul>");
    }
    h.append("</div>\n");
  }

  /**
   * The dataset's rows, the first {@link #SHOWN_ROWS} of a larger one, with where to find the rest.
   *
   * @param qualified its columns whose numbers read with another column's words, each to that column
   * @param anchor the table's id, for links from other charts drawn from it; null for none
   */
  private static void table(StringBuilder h, Dataset d, Map<String, String> qualified, String anchor,
      String workbook, NewsLocale page) {
    int shown = Math.min(SHOWN_ROWS, d.rows().size());
    h.append("<div class=\"table-wrap\"");
    if (anchor != null) {
      h.append(" id=\"").append(esc(anchor)).append('"');
    }
    h.append("><table role=\"table\">\n<caption>")
        .append(esc(page.say("gallery_data", "title", d.title(), "path", d.path())));
    if (shown < d.rows().size()) {
      h.append(": ").append(esc(page.say("gallery_first_rows", "shown", page.marks(NumberStyle.format(shown, "#,##0")),
          "total", page.marks(NumberStyle.format(d.rows().size(), "#,##0")), "workbook", workbook)));
    }
    h.append("</caption>\n<thead role=\"rowgroup\"><tr role=\"row\">");
    for (Field f : d.fields()) {
      h.append("<th scope=\"col\" role=\"columnheader\">").append(esc(f.name())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody role=\"rowgroup\">\n");
    for (Row r : d.rows().subList(0, shown)) {
      h.append("<tr role=\"row\">");
      for (int i = 0; i < d.fields().size(); i++) {
        Field f = d.fields().get(i);
        Object v = r.get(i);
        String cls = f.citation() ? " class=\"quote\"" : f.type().isNumeric() ? " class=\"num\"" : "";
        h.append("<td role=\"cell\"").append(cls).append(" data-label=\"").append(esc(f.name())).append("\">");
        if (v == null) {
          // A number, year or date the source does not give says so, never looking like zero, and
          // so does a row without its citation. An empty text cell is empty: the KGB's qualifier is
          // "over" for a lower bound, else empty, and "none given" there made exact figures look doubtful.
          if (f.type() != FieldType.STRING || f.citation()) {
            h.append("<span class=\"missing\">").append(esc(page.say("gallery_none_given"))).append("</span>");
          }
        } else if (f.citation()) {
          h.append("<q>").append(esc(v.toString())).append("</q>");
        } else {
          // "over 3,789" as the chart has it, also on a phone, where each cell is a line of its own.
          int q = qualified.containsKey(f.name()) ? d.indexOf(qualified.get(f.name())) : -1;
          h.append(esc(NumberStyle.qualified(q < 0 ? null : (String) r.get(q), text(f, v, page))));
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
    fields(h, d, page);
  }

  /**
   * What each column holds, as the data package describes it, under the table: a code such as
   * "late-decade" beside 1970 reads as 1970 without it.
   */
  private static void fields(StringBuilder h, Dataset d, NewsLocale page) {
    List<Field> described = d.fields().stream().filter(f -> f.meaning() != null).toList();
    if (described.isEmpty()) {
      return;
    }
    h.append("<details class=\"fields\"><summary>").append(esc(page.say("gallery_fields"))).append("</summary><dl>");
    for (Field f : described) {
      h.append("<dt>").append(esc(f.name())).append("</dt><dd>").append(esc(f.meaning())).append("</dd>");
    }
    h.append("</dl></details>\n");
  }

  private static final List<String> FORMATS = List.of("svg", "pdf", "png", "txt");
  /** The chart's own size first, then the presets in their usual order. */
  private static int presetRank(String path) {
    String[] parts = path.split("/");
    return parts.length > 2 ? 1 + SizePreset.names().indexOf(parts[1]) : 0;
  }

  /** "svg/web/x.svg" reads "SVG (web)"; "pdf/x.pdf" reads "PDF". */
  static String label(String path) {
    String[] parts = path.split("/");
    String format = parts[parts.length - 1];
    format = format.substring(format.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
    if (format.equals("PNG") && parts[parts.length - 1].contains("@2x")) {
      format = "PNG 2x";
    }
    return parts.length > 2 ? format + " (" + parts[1] + ")" : format;
  }

  /** A value as readers expect it: years plain, numbers with the page's marks, dates in ISO form. */
  private static String text(Field f, Object v, NewsLocale page) {
    if (f.type() == FieldType.YEAR || !(v instanceof Number n)) {
      return v instanceof LocalDate date ? date.toString() : v.toString();
    }
    return page.marks(NumberStyle.format(n.doubleValue(), NumberStyle.asWritten(n.doubleValue())));
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
