package org.chartdesk.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.Callout;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The editor's notes on a column chart, placed when the plot knows where its columns stand: clear
 * of every column and its value label.
 */
final class ColumnCallouts extends AbstractAnnotation implements CategoryAnnotation {
  private final transient ColumnChartModel model;
  private final transient Theme theme;
  private final double barShare;

  /** @param barShare the widest a column gets, as a share of the plot's width */
  ColumnCallouts(ColumnChartModel model, Theme theme, double barShare) {
    this.model = model;
    this.theme = theme;
    this.barShare = barShare;
  }

  @Override
  public void draw(Graphics2D g, CategoryPlot plot, Rectangle2D area, CategoryAxis xAxis, ValueAxis yAxis) {
    RectangleEdge bottom = plot.getDomainAxisEdge();
    RectangleEdge left = plot.getRangeAxisEdge();
    int n = model.bars().size();
    CalloutLayer notes = new CalloutLayer(theme, area);
    Font labelFont = Fonts.bold(theme.bodySize());
    double[] mids = new double[n];
    double[] tops = new double[n];
    double[] labelTops = new double[n];
    for (int i = 0; i < n; i++) {
      ColumnChartModel.Bar b = model.bars().get(i);
      mids[i] = xAxis.getCategoryMiddle(i, n, area, bottom);
      double width = Math.min(xAxis.getCategoryEnd(i, n, area, bottom) - xAxis.getCategoryStart(i, n, area, bottom),
          area.getWidth() * barShare);
      double base = yAxis.valueToJava2D(0, area, left);
      tops[i] = b.missing() ? base : yAxis.valueToJava2D(b.value(), area, left);
      notes.avoid(new Rectangle2D.Double(mids[i] - width / 2, tops[i], width, base - tops[i]));
      String label = b.missing() ? model.frame().locale().noFigure() : b.label();
      boolean stacked = ColumnBars.stacked(b, ColumnBars.slot(xAxis, area, n), labelFont);
      double w = (stacked ? b.stackedLines() : List.of(label)).stream()
          .mapToDouble(l -> Text.width(l, labelFont)).max().orElse(0);
      double h = Text.lineHeight(labelFont) * (stacked ? 2 : 1);
      labelTops[i] = tops[i] - 6 - h;
      notes.avoid(new Rectangle2D.Double(mids[i] - w / 2, labelTops[i], w, h));
    }
    List<String> years = model.years().stream().map(String::valueOf).toList();
    for (Callout c : model.frame().callouts()) {
      int i = years.indexOf(c.category());
      // A note points at the column's value label, which sits on the column's top.
      notes.place(c, mids[i], labelTops[i]);
    }
    notes.draw(g);
  }
}
