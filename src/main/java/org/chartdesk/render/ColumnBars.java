package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.theme.ColumnLabels;
import org.chartdesk.theme.Theme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * The columns, in colour or muted by the highlight, each with its value label on top. A label too
 * wide for its column's slot on a narrow chart puts its qualifier on a line of its own above the
 * number ("over" over "3,789"), so the qualifier stays with the number rather than running into
 * the next column.
 */
final class ColumnBars extends BarRenderer {
  /** Between a column's top and the foot of its label, as the item labels' anchor offset. */
  static final double LABEL_OFFSET = 6;

  private final transient ColumnChartModel model;
  private final transient Theme theme;
  private final transient Font labelFont;
  /** Whether the columns' values are written ({@link ColumnLabels}) on a plot of this slot. */
  private transient Boolean labelled;
  private transient double labelledSlot;
  private transient Rectangle2D dataArea;
  private transient CategoryAxis xAxis;

  ColumnBars(ColumnChartModel model, Theme theme, Font labelFont) {
    this.model = model;
    this.theme = theme;
    this.labelFont = labelFont;
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    // With a highlight, the picked columns keep the colour and the rest are muted.
    return model.frame().standsOut(Integer.toString(model.bars().get(column).year())) ? theme.series(0) : theme.muted();
  }

  /**
   * A gridline on the plot's top edge (the axis's top tick, 5,000 on the KGB chart) is drawn half
   * its width inside: the plot clips at its edge, and the half above was cut off, a fainter line
   * than the others (at print size one row of light grey beside their darker core).
   */
  @Override
  public void drawRangeLine(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Rectangle2D area, double value,
      Paint paint, Stroke stroke) {
    double y = axis.valueToJava2D(value, area, plot.getRangeAxisEdge());
    double half = stroke instanceof BasicStroke b ? b.getLineWidth() / 2 : 0.5;
    if (plot.getOrientation() != PlotOrientation.VERTICAL || !axis.getRange().contains(value)
        || y - area.getMinY() >= half) {
      super.drawRangeLine(g2, plot, axis, area, value, paint, stroke);
      return;
    }
    g2.setPaint(paint);
    g2.setStroke(stroke);
    Object saved = g2.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
    g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
    g2.draw(new Line2D.Double(area.getMinX(), area.getMinY() + half, area.getMaxX(), area.getMinY() + half));
    g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, saved);
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D area, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
    // The slot a label has is the category's, known only here.
    this.dataArea = area;
    this.xAxis = domainAxis;
    super.drawItem(g2, state, area, plot, domainAxis, rangeAxis, dataset, row, column, pass);
  }

  @Override
  protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
      CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
    ColumnChartModel.Bar b = model.bars().get(column);
    double slot = slot(xAxis, dataArea, model.bars().size());
    // One chart is drawn on the page and scaled onto a phone's narrower plot: each decides anew.
    if (labelled == null || slot != labelledSlot) {
      labelledSlot = slot;
      labelled = ColumnLabels.everyOneFits(model.bars().stream().filter(x -> !x.missing())
          .map(ColumnChartModel.Bar::stackedLines).toList(), slot, labelFont);
    }
    if (!labelled) {
      return;
    }
    boolean stacked = stacked(b, slot, labelFont);
    if (!negative) {
      clearBehind(g2, stacked ? b.stackedLines() : List.of(generator.generateLabel(data, row, column)), bar);
    }
    if (!stacked) {
      super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
      return;
    }
    List<String> lines = b.stackedLines();
    double baseline = bar.getMinY() - LABEL_OFFSET - descent() - (lines.size() - 1) * Text.lineHeight(labelFont);
    for (String line : lines) {
      Text.draw(g2, line, labelFont, theme.text(), bar.getCenterX() - Text.width(line, labelFont) / 2, baseline);
      baseline += Text.lineHeight(labelFont);
    }
  }

  /** Whether a bar's label goes on two lines: it has a qualifier and does not fit its slot on one. */
  static boolean stacked(ColumnChartModel.Bar b, double slot, Font font) {
    return !b.missing() && b.stackedLines().size() > 1 && Text.width(b.label(), font) > slot;
  }

  /** A column's share of the axis, its gaps included: a label may stand over them. */
  static double slot(CategoryAxis axis, Rectangle2D area, int columns) {
    return area.getWidth() * (1 - axis.getLowerMargin() - axis.getUpperMargin()) / columns;
  }

  /**
   * The background behind a label over its column, so that a gridline just above a value (4,000
   * over "over 3,789") does not run through or along its text.
   */
  private void clearBehind(Graphics2D g, List<String> lines, Rectangle2D bar) {
    double w = lines.stream().mapToDouble(l -> Text.width(l, labelFont)).max().orElse(0);
    double h = lines.size() * Text.lineHeight(labelFont);
    double foot = bar.getMinY() - LABEL_OFFSET;
    g.setPaint(theme.background());
    g.fill(new Rectangle2D.Double(bar.getCenterX() - w / 2 - 2, foot - h - 1, w + 4, h + 1));
  }

  private double descent() {
    return Text.lineHeight(labelFont) - Text.ascent(labelFont);
  }
}
