package org.chartdesk.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * For kinds whose layout JFreeChart's renderers cannot do (labels placed around each other): a
 * plot with hidden axes whose whole area is handed to a layout that draws with real font metrics
 * at draw time. JFreeChart still draws the frame: titles, notes and source.
 */
final class Canvas {
  /** Draws the body of a chart into the plot's area. */
  interface Body {
    void draw(Graphics2D g, Rectangle2D area);
  }

  private Canvas() {}

  static JFreeChart chart(Frame frame, Theme theme, Body body) {
    NumberAxis x = new NumberAxis();
    NumberAxis y = new NumberAxis();
    x.setVisible(false);
    y.setVisible(false);
    x.setRange(0, 1);
    y.setRange(0, 1);
    XYPlot plot = new XYPlot(null, x, y, new XYLineAndShapeRenderer());
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
    plot.addAnnotation(new BodyAnnotation(body));
    return Chrome.frame(plot, frame, theme);
  }

  private static final class BodyAnnotation extends AbstractXYAnnotation {
    private final transient Body body;

    BodyAnnotation(Body body) {
      this.body = body;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
        ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
      body.draw(g2, dataArea);
    }

    @Override
    public boolean equals(Object o) {
      return o == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
