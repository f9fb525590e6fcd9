package org.chartdesk.theme;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measured with the bundled fonts' real metrics in the context every export draws with
 * (antialiased, fractional metrics), so what the renderers lay out and what the lint checks agree.
 */
public final class TextMetrics {
  public static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

  /** Font metrics in the drawing context, by font: the frame's text is set with them. */
  private static final Map<Font, FontMetrics> FRAME_METRICS = new ConcurrentHashMap<>();

  private TextMetrics() {}

  public static double width(String s, Font font) {
    return font.getStringBounds(oneLine(s), FRC).getWidth();
  }

  /**
   * Text from the data as one line of running text: each run of white space with a tab or a line
   * end in it becomes one space. A cell may hold them (a spreadsheet shows its lines), but a
   * chart's label or table cell is set by the chart: Java2D drew "line1\nline2" as "line1line2",
   * and the PDF's font had no glyph for either, so it dropped the text and its library printed a
   * stack trace. The workbook keeps the cell as written.
   */
  public static String oneLine(String s) {
    int i = 0;
    while (i < s.length() && !lineSpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int start = 0;
    for (int at = 0; at < s.length(); at++) {
      if (!lineSpace(s.charAt(at))) {
        continue;
      }
      int runStart = at;
      while (runStart > start && s.charAt(runStart - 1) == ' ') {
        runStart--;
      }
      int runEnd = at + 1;
      while (runEnd < s.length() && (s.charAt(runEnd) == ' ' || lineSpace(s.charAt(runEnd)))) {
        runEnd++;
      }
      sb.append(s, start, runStart).append(' ');
      start = runEnd;
      at = runEnd - 1;
    }
    return sb.append(s, start, s.length()).toString();
  }

  private static boolean lineSpace(char c) {
    return c == '\t' || c == '\n' || c == '\r';
  }

  public static double lineHeight(Font font) {
    return font.getLineMetrics("Hg", FRC).getHeight();
  }

  public static double ascent(Font font) {
    return font.getLineMetrics("Hg", FRC).getAscent();
  }

  /** The widest single word of a text, which no wrapping can break. */
  public static String widestWord(String s, Font font) {
    String widest = "";
    double w = -1;
    for (String word : oneLine(s).split(" ")) {
      double ww = width(word, font);
      if (ww > w) {
        w = ww;
        widest = word;
      }
    }
    return widest;
  }

  /**
   * Breaks text at spaces so no line is wider than the width, in as few lines as that takes, and
   * those lines as even as they can be: the break that fills each line in turn left a last word
   * alone ("Khrushchev visits India, backs Kashmir and" over "Goa"), which an editor would not
   * print. A single long word keeps its own line.
   */
  public static List<String> wrap(String s, Font font, double maxWidth) {
    String line = oneLine(s);
    return evenly(w -> fill(line, font, w), maxWidth);
  }

  /**
   * The lines {@code breaker} gives at the narrowest width that takes no more lines than at
   * {@code maxWidth}, found to a tenth of a unit: lines as even as they can be.
   */
  private static List<String> evenly(java.util.function.DoubleFunction<List<String>> breaker, double maxWidth) {
    List<String> lines = breaker.apply(maxWidth);
    if (lines.size() < 2) {
      return lines;
    }
    double narrow = 0;
    double wide = maxWidth;
    while (wide - narrow > 0.1) {
      double mid = (narrow + wide) / 2;
      if (breaker.apply(mid).size() <= lines.size()) {
        wide = mid;
      } else {
        narrow = mid;
      }
    }
    return breaker.apply(wide);
  }

  /** Each line filled with as many words as fit before the next begins. */
  private static List<String> fill(String s, Font font, double maxWidth) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : s.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(candidate, font) > maxWidth) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /**
   * The lines the chart's frame text (title, subtitle, notes, source line) takes at a width, as
   * JFreeChart's titles set it: broken where a line may break (after a space, a hyphen or a
   * dash), each piece measured in whole pixels by the drawing context's font metrics.
   */
  public static int frameLines(String s, Font font, double maxWidth) {
    FontMetrics fm = frameMetrics(font);
    return frameLines(s, maxWidth, fm::stringWidth).size();
  }

  /**
   * Frame text broken into lines at a width, each piece between two places a line may break
   * measured by {@code width} and as many pieces as fit on each line; a line break in the text
   * ends a line. A line may break after a space or a hyphen, but not inside what a dash joins:
   * "1953–1986" and "India–Soviet" stay whole, as an editor would set them, where the line breaking
   * rules of Unicode (and JFreeChart) would leave "1986" or "Soviet" to begin the next line.
   */
  public static List<String> frameLines(String s, double maxWidth, java.util.function.ToDoubleFunction<String> width) {
    BreakIterator breaks = BreakIterator.getLineInstance();
    breaks.setText(s);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < s.length()) {
      double x = 0;
      int end = start;
      for (int next = following(breaks, s, start); next != BreakIterator.DONE; next = following(breaks, s, end)) {
        x += width.applyAsDouble(s.substring(end, next));
        if (x > maxWidth && end > start) {
          break;
        }
        end = next;
        if (x > maxWidth || s.charAt(end - 1) == '\n') {
          // A first piece wider than the line stands alone on it; a line the text breaks ends.
          break;
        }
      }
      String line = s.substring(start, end);
      lines.add(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
      start = end;
    }
    return lines;
  }

  /**
   * Frame text set as an editor would set it, in as many lines as {@link #frameLines} takes:
   * a headline's lines as even as they can be ({@code balance}), other text with no word left
   * alone on its last line ("1966." under a note, "country" under a headline).
   */
  public static List<String> frameSet(String s, double maxWidth, java.util.function.ToDoubleFunction<String> width,
      boolean balance) {
    if (balance) {
      return evenly(w -> frameLines(s, w, width), maxWidth);
    }
    List<String> lines = frameLines(s, maxWidth, width);
    if (lines.size() < 2 || !oneWord(lines.get(lines.size() - 1))) {
      return lines;
    }
    // Narrower than the line before without its last piece, which then goes down to the last line.
    String before = lines.get(lines.size() - 2);
    BreakIterator breaks = BreakIterator.getLineInstance();
    breaks.setText(before);
    double kept = 0;
    int start = 0;
    for (int next = following(breaks, before, 0); next != BreakIterator.DONE && next < before.length();
        next = following(breaks, before, next)) {
      kept += width.applyAsDouble(before.substring(start, next));
      start = next;
    }
    if (start == 0) {
      return lines;
    }
    List<String> moved = frameLines(s, kept + 0.5, width);
    return moved.size() == lines.size() && !oneWord(moved.get(moved.size() - 1)) ? moved : lines;
  }

  private static boolean oneWord(String line) {
    return line.strip().indexOf(' ') < 0;
  }

  private static int following(BreakIterator breaks, String s, int from) {
    int next = breaks.following(from);
    while (next != BreakIterator.DONE && joinedByDash(s, next)) {
      next = breaks.following(next);
    }
    return next;
  }

  /**
   * A break at {@code at} would part what a dash joins: a range of numbers ("1953–|1986", "1953-|86")
   * or two names an en dash pairs ("India–|Soviet"). A hyphenated word may still break after its
   * hyphen ("KGB-|planted").
   */
  private static boolean joinedByDash(String s, int at) {
    if (at < 2 || at >= s.length()) {
      return false;
    }
    char dash = s.charAt(at - 1);
    char before = s.charAt(at - 2);
    char after = s.charAt(at);
    return dash == '\u2013' ? !Character.isWhitespace(before) && !Character.isWhitespace(after)
        : dash == '-' && Character.isDigit(before) && Character.isDigit(after);
  }

  /** The height of a line of the frame's text, as the titles set it: whole pixels. */
  public static double frameLineHeight(Font font) {
    return frameMetrics(font).getHeight();
  }

  private static FontMetrics frameMetrics(Font font) {
    return FRAME_METRICS.computeIfAbsent(font, f -> {
      Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g.getFontMetrics(f);
      } finally {
        g.dispose();
      }
    });
  }
}
