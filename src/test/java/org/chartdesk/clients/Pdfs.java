package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What poppler and qpdf, independent of the PDF library that wrote a file, read in it. */
final class Pdfs {
  /** A row of pdffonts: the name first, then emb, sub and uni, then the object number. */
  private static final Pattern FONT_ROW = Pattern.compile("(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+");
  /** A subset of a bundled face: six capitals, "+", the PostScript name. */
  private static final Pattern BUNDLED = Pattern.compile("[A-Z]{6}\\+LiberationSans(-Bold)?");
  private static final Pattern WORD = Pattern.compile(
      "<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>");

  /** A word pdftotext finds on a page, and its box in points from the page's top left. */
  record Word(String text, double x0, double y0, double x1, double y1) {
    boolean overlaps(Word o) {
      // Neighbouring words and lines touch; text drawn over text overlaps by more than a point.
      return Math.min(x1, o.x1) - Math.max(x0, o.x0) > 1 && Math.min(y1, o.y1) - Math.max(y0, o.y0) > 1;
    }
  }

  private Pdfs() {}

  /** Checks the file's syntax and streams, and that its every font is an embedded bundled face. */
  static void assertValidWithBundledFontsOnly(Path cwd, Path pdf) throws Exception {
    assertThat(Tools.run(cwd, "qpdf", "--check", pdf.toString())).as(pdf.toString())
        .contains("No syntax or stream encoding errors");
    List<String> rows = Tools.run(cwd, "pdffonts", pdf.toString()).lines().skip(2).toList();
    assertThat(rows).as("fonts of %s", pdf).isNotEmpty();
    for (String row : rows) {
      Matcher m = FONT_ROW.matcher(row);
      assertThat(m.matches()).as("pdffonts row %s", row).isTrue();
      assertThat(m.group(1)).as("font of %s", pdf).matches(BUNDLED);
      assertThat(m.group(2)).as("embedded: %s", row).isEqualTo("yes");
      assertThat(m.group(4)).as("has a ToUnicode map: %s", row).isEqualTo("yes");
    }
  }

  /** The page's text as pdftotext extracts it, every run of whitespace (line breaks too) one space. */
  static String text(Path cwd, Path pdf) throws Exception {
    return Tools.run(cwd, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", " ");
  }

  /**
   * The page's text in the order it was drawn, with words wrapped after a hyphen or dash
   * ("four-" "fifths", "India–" "Soviet") whole again: pdftotext's reading order drops such a
   * hyphen, taking it for a soft one, and keeps the line break after a dash.
   */
  static String drawnText(Path cwd, Path pdf) throws Exception {
    return Tools.run(cwd, "pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
        .replaceAll("(?<=\\p{L}[-\u2013])\\s+(?=\\p{L})", "").replaceAll("\\s+", " ");
  }

  /** Checks that no word is drawn over another (by more than a point each way). */
  static void assertNoneOverlaps(List<Word> words) {
    for (Word a : words) {
      for (Word b : words) {
        assertThat(a != b && a.overlaps(b)).as("%s over %s", a, b).isFalse();
      }
    }
  }

  /** The first word that reads {@code text}; fails when there is none. */
  static Word first(List<Word> words, String text) {
    return words.stream().filter(w -> w.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no word " + text + " in " + words));
  }

  /** The words of the output of {@code pdftotext -bbox}. */
  static List<Word> words(String boxes) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(boxes);
    while (m.find()) {
      words.add(new Word(m.group(5), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
    }
    return words;
  }

  /** The words pdftotext finds on the first page of the file. */
  static List<Word> words(Path cwd, Path pdf) throws Exception {
    return words(Tools.run(cwd, "pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.toString(), "-"));
  }
}
