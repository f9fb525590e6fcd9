package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;

/** A linear map from fractional years to pixels, with round year ticks. */
final class TimeScale {
  private final double from;
  private final double to;
  private final double p0;
  private final double p1;

  TimeScale(double from, double to, double p0, double p1) {
    this.from = from;
    this.to = to;
    this.p0 = p0;
    this.p1 = p1;
  }

  double px(double year) {
    return p0 + (year - from) / (to - from) * (p1 - p0);
  }

  /** Years at a round step (1, 2, 5, 10, 20, 25 or 50) giving at most about maxTicks ticks. */
  List<Integer> ticks(int maxTicks) {
    int step = 1;
    for (int s : new int[] {1, 2, 5, 10, 20, 25, 50}) {
      step = s;
      if ((to - from) / s <= maxTicks) {
        break;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int y = (int) Math.ceil(from / step) * step; y <= to; y += step) {
      out.add(y);
    }
    return out;
  }

  /** A horizontal year axis: a baseline and year labels below it, written as plain years. */
  void drawHorizontalAxis(Graphics2D g, Theme theme, double baseline, double left, double right,
      int maxTicks) {
    g.setPaint(theme.axis());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(left, baseline, right, baseline));
    var font = Fonts.regular(theme.bodySize());
    for (int y : ticks(maxTicks)) {
      double x = px(y);
      g.setPaint(theme.axis());
      g.draw(new Line2D.Double(x, baseline, x, baseline + 5));
      String s = Integer.toString(y);
      Text.draw(g, s, font, theme.secondaryText(), x - Text.width(s, font) / 2,
          baseline + 8 + Text.ascent(font));
    }
  }
}
