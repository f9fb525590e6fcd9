package org.chartdesk.export;

import java.awt.Graphics2D;
import org.chartdesk.theme.TextMetrics;

/**
 * A PDF's text without tabs or line ends ({@link TextMetrics#oneLine}), whoever draws it: the
 * renderers set their text so already, and this catches what JFreeChart draws from the spec or
 * the data itself. The PDF library, given a character its font has no glyph for, dropped the
 * whole string from the page and printed a stack trace; Java2D draws such a character as nothing.
 */
final class OneLineText extends DelegatingGraphics {
  OneLineText(Graphics2D g) {
    super(g);
  }

  @Override
  public void drawString(String s, float x, float y) {
    g.drawString(TextMetrics.oneLine(s), x, y);
  }

  @Override
  public void drawString(String s, int x, int y) {
    g.drawString(TextMetrics.oneLine(s), x, y);
  }

  @Override
  protected Graphics2D wrap(Graphics2D copy) {
    return new OneLineText(copy);
  }
}
