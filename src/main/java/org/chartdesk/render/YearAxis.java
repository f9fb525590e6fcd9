package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.RoundSteps;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A column chart's years, labelled at a round step where each year's own label would not fit its
 * slot: a century of yearly columns labelled every year came out as a row of dots, JFreeChart
 * cutting each "1937" to "...". Labels stand at round years (1900, 1910, 1920), as the other kinds
 * of columns label theirs ({@link ColumnLayout#categoryLabels}).
 */
final class YearAxis extends CategoryAxis {
  /** Space kept between neighbouring labels. */
  private static final double GAP = 12;

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<CategoryTick> ticks = super.refreshTicks(g2, state, dataArea, edge);
    if (ticks.size() < 2) {
      return ticks;
    }
    Font font = getTickLabelFont();
    double slot = dataArea.getWidth() * (1 - getLowerMargin() - getUpperMargin()) / ticks.size();
    double widest = ticks.stream().mapToDouble(t -> Text.width(t.getCategory().toString(), font)).max().orElse(0);
    int step = RoundSteps.atLeast((int) Math.ceil((widest + GAP) / slot));
    if (step == 1) {
      return ticks;
    }
    // In years: the axis may step by five (1980, 1985, 1990) or by decades.
    int every = step * (year(ticks.get(1)) - year(ticks.get(0)));
    List<CategoryTick> out = new ArrayList<>();
    for (CategoryTick t : ticks) {
      String year = t.getCategory().toString();
      TextBlock label = Math.floorMod(year(t), every) == 0
          ? TextUtils.createTextBlock(year, font, getTickLabelPaint()) : new TextBlock();
      out.add(new CategoryTick(t.getCategory(), label, t.getLabelAnchor(), t.getRotationAnchor(), t.getAngle()));
    }
    return out;
  }

  private static int year(CategoryTick t) {
    return Integer.parseInt(t.getCategory().toString());
  }
}
