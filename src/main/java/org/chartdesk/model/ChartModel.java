package org.chartdesk.model;

/**
 * A chart bound to its data: format-neutral (no pixels, AWT or POI), read by the image renderer
 * and the workbook writer alike so the two cannot disagree.
 */
public sealed interface ChartModel permits ColumnChartModel, TimelineChartModel, RangeChartModel,
    BarChartModel, DotChartModel, GroupedColumnChartModel, StackedColumnChartModel, LineChartModel,
    AreaChartModel, SlopeChartModel, SmallMultiplesChartModel, DumbbellChartModel, TableChartModel {
  Frame frame();

  /** The generated text alternative: what is shown, the values, extremes, trend and qualifiers. */
  String altText();

  /** The dataset whose cells the chart shows. */
  String dataset();
}
