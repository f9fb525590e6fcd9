package org.chartdesk.model;

import java.util.List;

/**
 * Columns over every year of a domain; a year without a figure is a gap (null), never a zero.
 *
 * @param years every year of the axis, consecutive
 * @param bars one entry per year, in the same order
 * @param yMin the value axis's lower end as drawn (zero unless the spec asks otherwise)
 * @param yMax the value axis's upper end as drawn, with room for the labels above the columns
 * @param outside the dataset rows this chart read (a split chart reads its value's) whose figure
 *     stands at a year outside the axis, so is not drawn
 */
public record ColumnChartModel(
    Frame frame, String dataset, String xField, String yField, String yLabel, String format,
    List<Integer> years, List<Bar> bars, double yMin, double yMax, String altText, List<Integer> outside)
    implements ChartModel {

  /**
   * One year's column.
   *
   * @param value the figure, or null when the source gives none
   * @param qualifier the source's qualifier ("over"), or null
   * @param label the text drawn on the column, qualifier included
   * @param sourceRow index of the dataset row the figure comes from, or -1 for a gap
   */
  public record Bar(int year, Double value, String qualifier, String label, int sourceRow) {
    public boolean missing() {
      return value == null;
    }

    /**
     * The label as lines, when it goes on two: the qualifier above the number ("over", "3,789");
     * a label without a qualifier has one line however narrow.
     */
    public List<String> stackedLines() {
      return qualifier != null && label.startsWith(qualifier)
          ? List.of(qualifier, label.substring(qualifier.length()).strip()) : List.of(label);
    }
  }

  /**
   * The years without a figure as the chart labels them, {first, last} by index into {@link
   * #bars}: each on its own, or each run of them once across its slots ("no figures" over 1914 to
   * 1918), where a label a year found no room in a century of twelve-pixel slots.
   */
  public List<int[]> gaps(boolean byYear) {
    List<int[]> runs = new java.util.ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      if (bars.get(i).missing()) {
        int j = i;
        while (!byYear && j + 1 < bars.size() && bars.get(j + 1).missing()) {
          j++;
        }
        runs.add(new int[] {i, j});
        i = j;
      }
    }
    return runs;
  }

  /** The words for a run of years without a figure: "no figure", or "no figures" for several. */
  public String gapWords(int[] run) {
    return run[1] > run[0] ? frame.locale().noFigures() : frame.locale().noFigure();
  }

  public List<Integer> missingYears() {
    return bars.stream().filter(Bar::missing).map(Bar::year).toList();
  }
}
