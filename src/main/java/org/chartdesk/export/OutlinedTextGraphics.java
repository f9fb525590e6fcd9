package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.text.AttributedCharacterIterator;

/**
 * A Graphics2D that draws text as the outlines of the very font it is drawn in, for formats whose
 * text is shapes (SVG). JFreeSVG's own outlines come from a font looked up again by name from the
 * font's attributes: not the bundled face but whatever the machine has installed under that name,
 * or Java's fallback where it has none (every word of the SVG then in another typeface, wider,
 * and never bold, while the PNG and PDF were right).
 */
final class OutlinedTextGraphics extends DelegatingGraphics {
  OutlinedTextGraphics(Graphics2D g) {
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

  @Override
  protected Graphics2D wrap(Graphics2D copy) {
    return new OutlinedTextGraphics(copy);
  }
}
