package org.chartdesk.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import org.chartdesk.theme.TextMetrics;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;

/**
 * A line of the house frame (title, subtitle, note, source line), left-aligned and wrapped to the
 * width it is given, in as many lines as JFreeChart would take but set as an editor would set
 * them ({@link TextMetrics#frameSet}): what a dash joins kept whole ("1953–" over "1986",
 * "India–" over "Soviet" on a phone), a headline's lines even, no word alone on a last line. The lines are handed to
 * JFreeChart, measured as it measures them.
 */
final class FrameTitle extends TextTitle {
  private final String whole;
  private final boolean balance;

  /** @param balance whether the lines are made even (a headline), else only kept from leaving a word alone */
  FrameTitle(String text, Font font, Paint paint, RectangleEdge edge, double top, double bottom, boolean balance) {
    super(text, font, paint, edge, HorizontalAlignment.LEFT, VerticalAlignment.TOP,
        new RectangleInsets(top, 0, bottom, 0));
    this.whole = text;
    this.balance = balance;
    setTextAlignment(HorizontalAlignment.LEFT);
    setFrame(BlockBorder.NONE);
    setMaximumLinesToDisplay(Integer.MAX_VALUE);
    setExpandToFitSpace(true);
  }

  @Override
  protected Size2D arrangeFN(Graphics2D g2, double w) {
    lineUp(g2, w);
    return super.arrangeFN(g2, w);
  }

  @Override
  protected Size2D arrangeRR(Graphics2D g2, Range widthRange, Range heightRange) {
    lineUp(g2, widthRange.getUpperBound());
    return super.arrangeRR(g2, widthRange, heightRange);
  }

  /** The text with its lines for this width marked. */
  private void lineUp(Graphics2D g2, double width) {
    // As JFreeChart's measurer does: whole pixels, in this drawing's metrics.
    FontMetrics fm = g2.getFontMetrics(getFont());
    String lined = String.join("\n", TextMetrics.frameSet(whole, width, fm::stringWidth, balance));
    if (!lined.equals(getText())) {
      setText(lined);
    }
  }
}
