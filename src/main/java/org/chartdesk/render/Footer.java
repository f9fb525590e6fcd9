package org.chartdesk.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.chartdesk.theme.FrameSpacing;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * The source line with the project's logo at its right, as bbplot's footer has it: the line wraps
 * in the width the logo leaves, and the logo stands at the foot of the row, at the theme's height.
 */
final class Footer extends Title {
  private final transient TextTitle source;
  private final transient BufferedImage logo;
  private final double logoWidth;
  private final double logoHeight;

  Footer(TextTitle source, BufferedImage logo, double logoHeight) {
    this.source = source;
    this.logo = logo;
    this.logoHeight = logoHeight;
    this.logoWidth = logoHeight * logo.getWidth() / logo.getHeight();
    setPosition(RectangleEdge.BOTTOM);
  }

  @Override
  public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
    double width = constraint.getWidthRange().getUpperBound();
    Size2D text = source.arrange(g2, textConstraint(width));
    return new Size2D(width, Math.max(text.getHeight(), logoHeight + source.getPadding().getTop()));
  }

  private RectangleConstraint textConstraint(double width) {
    return new RectangleConstraint(new Range(0, width - logoWidth - FrameSpacing.LOGO_GAP),
        new Range(0, Double.MAX_VALUE));
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area) {
    Size2D text = source.arrange(g2, textConstraint(area.getWidth()));
    source.draw(g2, new Rectangle2D.Double(area.getX(), area.getY(), text.getWidth(), text.getHeight()));
    Object before = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g2.drawImage(logo, (int) Math.round(area.getMaxX() - logoWidth), (int) Math.round(area.getMaxY() - logoHeight),
        (int) Math.round(logoWidth), (int) Math.round(logoHeight), null);
    if (before != null) {
      g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
    }
  }

  @Override
  public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
    draw(g2, area);
    return null;
  }
}
