package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.chartdesk.model.AxisScale;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.ColumnLabels;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Columns on a true year axis: every year of the domain is a category, so a year the source gives
 * no figure for stays on the axis as a visible, labelled gap.
 */
final class ColumnChartRenderer {
  private static final String SERIES = "values";
  /** The widest a column gets, as a share of the plot's width. */
  private static final double BAR_SHARE = 0.12;

  private ColumnChartRenderer() {}

  static JFreeChart render(ColumnChartModel m, Theme theme) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ColumnChartModel.Bar b : m.bars()) {
      // Years are labels, never numbers: "1973", not "1,973".
      data.addValue(b.value(), SERIES, Integer.toString(b.year()));
    }
    CategoryAxis xAxis = new YearAxis();
    xAxis.setTickLabelFont(Fonts.regular(theme.bodySize()));
    xAxis.setTickLabelPaint(theme.text());
    xAxis.setAxisLinePaint(theme.axis());
    xAxis.setAxisLineStroke(new BasicStroke(1.2f));
    xAxis.setTickMarksVisible(false);
    xAxis.setCategoryMargin(ColumnLabels.GAP_SHARE);
    xAxis.setLowerMargin(0.02);
    xAxis.setUpperMargin(0.02);

    NumberAxis yAxis = new NumberAxis();
    yAxis.setTickLabelFont(Fonts.regular(theme.bodySize()));
    yAxis.setTickLabelPaint(theme.secondaryText());
    yAxis.setAxisLineVisible(false);
    yAxis.setTickMarksVisible(false);
    double top = m.yMax();
    yAxis.setNumberFormatOverride(new StyledNumberFormat(ValueScale.tickPattern(m.yMin(), top, m.format()),
        m.frame().locale()));
    yAxis.setRange(m.yMin(), top);
    yAxis.setTickUnit(new NumberTickUnit(AxisScale.step(top - m.yMin(), m.format())));

    Font labelFont = Fonts.bold(theme.bodySize());
    BarRenderer renderer = new ColumnBars(m, theme, labelFont);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, theme.series(0));
    renderer.setMaximumBarWidth(BAR_SHARE);
    renderer.setItemMargin(0);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        // The model's label carries the qualifier: "over 3,789".
        return m.bars().get(column).label();
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(labelFont);
    renderer.setDefaultItemLabelPaint(theme.text());
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    renderer.setItemLabelAnchorOffset(ColumnBars.LABEL_OFFSET);

    TitledPlot plot = new TitledPlot(data, xAxis, yAxis, renderer, m.yLabel(), Fonts.regular(theme.smallSize()),
        theme.secondaryText());
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(theme.grid());
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    if (m.yMin() < 0) {
      // Columns below zero hang from the zero line, drawn as the axis is and over them; the plot's
      // foot, below the lowest column, is no baseline (it was drawn as one, zero a grey gridline).
      xAxis.setAxisLineVisible(false);
      plot.addRangeMarker(new ValueMarker(0, theme.axis(), new BasicStroke(1.2f)), Layer.FOREGROUND);
    }
    if (!m.missingYears().isEmpty()) {
      plot.addAnnotation(new ColumnGapLabels(m, theme, Fonts.regular(theme.smallSize())));
    }
    if (!m.frame().callouts().isEmpty()) {
      plot.addAnnotation(new ColumnCallouts(m, theme, BAR_SHARE));
    }
    return Chrome.frame(plot, m.frame(), theme);
  }

  /**
   * The plot with the value axis's title set level over its top left, inside the plot's area as
   * every other kind sets it (so the lint's plot area is the same for all): JFreeChart's own axis
   * title is turned up the left side, to be read with the head tilted. The axes and columns are
   * drawn below the title; the plot's top is a ruled step with its label centred on it, so the
   * title clears that label's upper half too.
   */
  private static final class TitledPlot extends CategoryPlot {
    private static final long serialVersionUID = 1L;
    private final String title;
    private final Font titleFont;
    private final java.awt.Color titleInk;

    TitledPlot(DefaultCategoryDataset data, CategoryAxis x, NumberAxis y, BarRenderer r, String title, Font font,
        java.awt.Color ink) {
      super(data, x, y, r);
      this.title = title;
      this.titleFont = font;
      this.titleInk = ink;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, Point2D anchor, PlotState parent, PlotRenderingInfo info) {
      Text.draw(g, title, titleFont, titleInk, area.getMinX(), area.getMinY() + Text.ascent(titleFont));
      double room = Text.lineHeight(titleFont) + ColumnLayout.UNDER_VALUE_TITLE
          + Text.lineHeight(getRangeAxis().getTickLabelFont()) / 2;
      super.draw(g, new Rectangle2D.Double(area.getX(), area.getY() + room, area.getWidth(),
          Math.max(0, area.getHeight() - room)), anchor, parent, info);
      if (info != null) {
        // The plot's area is all of it, its title too, as for every other kind.
        info.setPlotArea(area);
      }
    }
  }
}
