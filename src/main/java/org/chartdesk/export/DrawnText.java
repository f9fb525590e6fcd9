package org.chartdesk.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.JFreeChart;

/**
 * The text a chart really shows on a canvas, found by drawing it: every string with the box of its
 * ink. What no measure of a kind's layout can promise, this sees for every kind alike: text off
 * the canvas, and text over other text.
 */
public final class DrawnText {
  /** Ink overlapping by less than this, in layout units, is two shapes touching, not text over text. */
  private static final double TOUCH = 1;

  private DrawnText() {}

  /**
   * A string as drawn, with the box of its ink and of the clip it was drawn in (null for none),
   * in layout units. Text drawn as laid-out glyphs keeps them instead of its characters, which
   * {@link #text()} reads back only when asked.
   */
  public record Box(GlyphVector glyphs, String chars, Rectangle2D bounds, Rectangle2D clip) {
    public Box(String text, Rectangle2D bounds, Rectangle2D clip) {
      this(null, text, bounds, clip);
    }

    public String text() {
      return chars != null ? chars : DrawnText.text(glyphs);
    }
  }

  /** Glyph maps of the fonts text was drawn in as glyphs, built once each. */
  private static final Map<Font, Map<Integer, Character>> CHARS = new ConcurrentHashMap<>();


  /**
   * What is wrong with a drawn text: it runs {@code by} units past an edge where it is cut (the
   * chart's, or that of the area it is drawn in: a plot, a panel), or ({@code other} not null) its
   * ink overlaps another's.
   */
  public record Misfit(Box box, Box other, String edge, int by) {
    /**
     * Whether more height would cure it: a text cut at the top or bottom, or two texts one over
     * the other (they overlap less from top to bottom than from side to side).
     */
    public boolean wantsHeight() {
      if (other == null) {
        return edge.startsWith("the top") || edge.startsWith("the bottom");
      }
      Rectangle2D a = box.bounds();
      Rectangle2D b = other.bounds();
      double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
      double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
      return down < across;
    }
  }

  /** Every string the chart draws on a canvas of width by height layout units. */
  public static List<Box> of(JFreeChart chart, double width, double height) {
    // The ink lands nowhere: a pixel's canvas clips every shape before it is filled.
    BufferedImage nothing = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = nothing.createGraphics();
    List<Box> boxes = new ArrayList<>();
    try {
      Drawing.draw(chart, new TextRecordingGraphics(g, boxes), width, height);
    } finally {
      g.dispose();
    }
    return boxes;
  }

  /**
   * The texts cut by the canvas's edge or by the area they are drawn in, then the pairs of texts
   * over each other, in drawing order.
   */
  public static List<Misfit> misfits(List<Box> boxes, double width, double height) {
    List<Misfit> out = new ArrayList<>();
    Rectangle2D canvas = new Rectangle2D.Double(0, 0, width, height);
    for (Box b : boxes) {
      Rectangle2D area = canvas;
      String of = "the chart";
      if (b.clip() != null && !near(b.clip(), canvas)) {
        area = b.clip().createIntersection(canvas);
        of = "the area it is drawn in";
      }
      Rectangle2D r = b.bounds();
      edge(out, b, "the left edge of " + of, area.getMinX() - r.getMinX());
      edge(out, b, "the right edge of " + of, r.getMaxX() - area.getMaxX());
      edge(out, b, "the top of " + of, area.getMinY() - r.getMinY());
      edge(out, b, "the bottom of " + of, r.getMaxY() - area.getMaxY());
    }
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D a = boxes.get(i).bounds();
      for (int j = i + 1; j < boxes.size(); j++) {
        Rectangle2D b = boxes.get(j).bounds();
        double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        if (across > TOUCH && down > TOUCH) {
          out.add(new Misfit(boxes.get(i), boxes.get(j), null, (int) Math.ceil(Math.min(across, down))));
        }
      }
    }
    return out;
  }

  /** Whether a clip is the canvas itself, give or take the touch. */
  private static boolean near(Rectangle2D clip, Rectangle2D canvas) {
    return clip.getMinX() <= canvas.getMinX() + TOUCH && clip.getMinY() <= canvas.getMinY() + TOUCH
        && clip.getMaxX() >= canvas.getMaxX() - TOUCH && clip.getMaxY() >= canvas.getMaxY() - TOUCH;
  }

  private static void edge(List<Misfit> out, Box b, String edge, double past) {
    if (past > TOUCH) {
      out.add(new Misfit(b, null, edge, (int) Math.ceil(past)));
    }
  }

  /** The characters of laid-out glyphs, read back through their font's map: for the findings' words. */
  private static String text(GlyphVector glyphs) {
    Map<Integer, Character> chars = CHARS.computeIfAbsent(glyphs.getFont(), DrawnText::charsOf);
    StringBuilder sb = new StringBuilder();
    for (int code : glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)) {
      sb.append(chars.getOrDefault(code, '\uFFFD'));
    }
    return sb.toString();
  }

  /** Glyph code to character for the scripts chart text uses: Latin, Greek, Cyrillic, punctuation, currency. */
  private static Map<Integer, Character> charsOf(Font font) {
    Map<Integer, Character> chars = new HashMap<>();
    FontRenderContext frc = new FontRenderContext(null, true, true);
    for (int[] range : new int[][] {{0x20, 0x530}, {0x2000, 0x20D0}}) {
      for (char c = (char) range[0]; c < range[1]; c++) {
        if (font.canDisplay(c)) {
          chars.putIfAbsent(font.createGlyphVector(frc, new char[] {c}).getGlyphCode(0), c);
        }
      }
    }
    return chars;
  }
}
