package org.chartdesk.export;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.List;

/**
 * A Graphics2D that passes every call to another and notes where each piece of text lands: the
 * box of its ink on the page, whatever transform it was drawn under, and the clip it was drawn
 * in. Drawing a chart through it tells what text the chart really shows and where, for every kind
 * alike.
 */
final class TextRecordingGraphics extends DelegatingGraphics {
  private final List<DrawnText.Box> boxes;
  /** From the device back to the canvas the chart is laid out on, whatever scale the image has. */
  private final AffineTransform toCanvas;

  /** Records onto boxes in the coordinates g has now, the chart's layout units. */
  TextRecordingGraphics(Graphics2D g, List<DrawnText.Box> boxes) {
    this(g, boxes, inverse(g.getTransform()));
  }

  private TextRecordingGraphics(Graphics2D g, List<DrawnText.Box> boxes, AffineTransform toCanvas) {
    super(g);
    this.boxes = boxes;
    this.toCanvas = toCanvas;
  }

  private static AffineTransform inverse(AffineTransform t) {
    try {
      return t.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalArgumentException("a canvas of no size", e);
    }
  }

  private void record(String text, GlyphVector glyphs, double x, double y) {
    Rectangle2D ink = glyphs.getVisualBounds();
    if (ink.isEmpty()) {
      return;
    }
    ink.setRect(ink.getX() + x, ink.getY() + y, ink.getWidth(), ink.getHeight());
    AffineTransform t = new AffineTransform(toCanvas);
    t.concatenate(g.getTransform());
    Shape clip = g.getClip();
    boxes.add(new DrawnText.Box(text == null ? glyphs : null, text, t.createTransformedShape(ink).getBounds2D(),
        clip == null ? null : t.createTransformedShape(clip).getBounds2D()));
  }

  private void record(String text, double x, double y) {
    record(text, g.getFont().createGlyphVector(g.getFontRenderContext(), text), x, y);
  }

  @Override
  public void drawString(String s, float x, float y) {
    record(s, x, y);
    g.drawString(s, x, y);
  }

  @Override
  public void drawString(String s, int x, int y) {
    record(s, x, y);
    g.drawString(s, x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator it, float x, float y) {
    record(text(it), x, y);
    g.drawString(it, x, y);
  }

  @Override
  public void drawString(AttributedCharacterIterator it, int x, int y) {
    record(text(it), x, y);
    g.drawString(it, x, y);
  }

  @Override
  public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
    // JFreeChart draws rotated text (a value axis's label) as a TextLayout, which reaches here:
    // its characters are read back from the glyphs only if a finding names it.
    record(null, glyphs, x, y);
    g.drawGlyphVector(glyphs, x, y);
  }

  @Override
  protected Graphics2D wrap(Graphics2D copy) {
    return new TextRecordingGraphics(copy, boxes, toCanvas);
  }
}
