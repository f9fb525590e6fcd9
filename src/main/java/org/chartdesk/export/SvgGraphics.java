package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;

/**
 * What an SVG needs of a drawing beyond JFreeSVG's: text as the outlines of the very font it is
 * drawn in, and clips a unit taller (below). JFreeSVG's own outlines come from a font looked up
 * again by name from the font's attributes: not the bundled face but whatever the machine has
 * installed under that name, or Java's fallback where it has none (every word of the SVG then in
 * another typeface, wider, and never bold, while the PNG and PDF were right).
 */
final class SvgGraphics extends DelegatingGraphics {
  SvgGraphics(Graphics2D g) {
    super(g);
  }

  @Override
  public void drawString(String s, float x, float y) {
    if (!s.isEmpty()) {
      g.fill(new TextLayout(s, g.getFont(), g.getFontRenderContext())
          .getOutline(AffineTransform.getTranslateInstance(x, y)));
    }
  }

  @Override
  public void drawString(String s, int x, int y) {
    drawString(s, (float) x, (float) y);
  }

  /** Attributed text names its own fonts; without attributes it is drawn in the current one. */
  @Override
  public void drawString(AttributedCharacterIterator it, float x, float y) {
    if (it.getAllAttributeKeys().isEmpty()) {
      drawString(text(it), x, y);
    } else if (it.getEndIndex() > it.getBeginIndex()) {
      g.fill(new TextLayout(it, g.getFontRenderContext()).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }
  }

  @Override
  public void drawString(AttributedCharacterIterator it, int x, int y) {
    drawString(it, (float) x, (float) y);
  }

  /**
   * A rectangle clips a unit taller above and below. JFreeChart clips a plot's gridlines to the
   * plot, and the top one lies on its edge: browsers and poppler draw it inside, librsvg snaps a
   * crisp line to the pixel row outside and dropped it (the column chart's top gridline). Not
   * wider: a gridline would then cross the axis at the plot's corner. Nothing drawn relies on
   * being cut at the top or bottom: text cut at an edge fails the drawn check.
   */
  @Override
  public void clip(Shape s) {
    g.clip(s instanceof Rectangle2D r
        ? new Rectangle2D.Double(r.getX(), r.getY() - 1, r.getWidth(), r.getHeight() + 2) : s);
  }

  @Override
  protected Graphics2D wrap(Graphics2D copy) {
    return new SvgGraphics(copy);
  }
}
