package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.ColumnLabels;
import org.chartdesk.theme.Theme;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * "No figure" where a year has none, on the axis in the gap its column would fill, or where the
 * years are too narrow for that, once across each run of such years ("no figures"): on one line,
 * or wrapped to its room ({@link ColumnLabels#gapRoom}) where a narrow chart or a longer word
 * ("keine Angabe") needs it.
 */
final class ColumnGapLabels extends AbstractAnnotation implements CategoryAnnotation {
  private final transient ColumnChartModel model;
  private final transient Theme theme;
  private final transient Font font;

  ColumnGapLabels(ColumnChartModel model, Theme theme, Font font) {
    this.model = model;
    this.theme = theme;
    this.font = font;
  }

  @Override
  public void draw(Graphics2D g, CategoryPlot plot, Rectangle2D area, CategoryAxis xAxis, ValueAxis yAxis) {
    int n = model.bars().size();
    double slot = ColumnBars.slot(xAxis, area, n);
    // Just above the axis line, the last line at the foot: where the axis starts, or at zero when
    // columns hang below it, where the missing column would start.
    double axis = Math.max(model.yMin(), 0);
    double foot = yAxis.valueToJava2D(axis + (model.yMax() - model.yMin()) * 0.02, area, plot.getRangeAxisEdge());
    g.setFont(font);
    g.setPaint(theme.secondaryText());
    boolean byYear = ColumnLabels.gapsByYear(model.frame().locale().noFigure(), font, slot);
    for (int[] run : model.gaps(byYear)) {
      double room = ColumnLabels.gapRoom(run[1] - run[0] + 1, slot, byYear, font);
      List<String> lines = Text.wrap(ColumnLabels.gapWords(model.gapWords(run),
          model.frame().locale().say("no_figure_short"), font, room), font, room);
      RectangleEdge edge = plot.getDomainAxisEdge();
      double first = xAxis.getCategoryJava2DCoordinate(CategoryAnchor.MIDDLE, run[0], n, area, edge);
      double last = xAxis.getCategoryJava2DCoordinate(CategoryAnchor.MIDDLE, run[1], n, area, edge);
      for (int l = 0; l < lines.size(); l++) {
        double y = foot - (lines.size() - 1 - l) * Text.lineHeight(font);
        TextUtils.drawAlignedString(lines.get(l), g, (float) ((first + last) / 2), (float) y, TextAnchor.BOTTOM_CENTER);
      }
    }
  }
}
