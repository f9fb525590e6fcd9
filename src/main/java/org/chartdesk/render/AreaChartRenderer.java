package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.chartdesk.model.AreaChartModel;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Filled areas from zero over evenly spaced years; several series stack, the first at the
 * bottom, each named at its right end beside its band, names spread so none overlaps. A year
 * where a stacked value is missing leaves a gap through the whole stack: a band above it would
 * otherwise stand on a made-up floor.
 */
final class AreaChartRenderer {
  private AreaChartRenderer() {}

  static JFreeChart render(AreaChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, AreaChartModel m, Theme theme) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    int n = m.categories().size();
    double endRoom = 12;
    for (int s = 0; s < m.series().size(); s++) {
      endRoom = Math.max(endRoom, m.series().size() == 1 ? 10 + Text.width(endValue(m, s), name)
          : 16 + Text.width(m.series().get(s).name() + " ", name) + Text.width(endValue(m, s), value));
    }
    String format = m.percent() ? ValueScale.PERCENT : m.format();
    double pad = Text.width(m.categories().get(n - 1).label(), value) / 2 + 4;
    double x0 = ColumnLayout.left(area, 0, m.max(), format, m.frame().locale(), theme) + pad;
    double right = area.getMaxX() - endRoom;
    double step = n > 1 ? (right - pad - x0) / (n - 1) : 0;
    IntToDoubleFunction x = i -> x0 + step * i;
    AnnotationLayer marks = new AnnotationLayer(m.frame().annotations(), AnnotationLayer.slots(m.categories(), x0, step),
        area.getMinX(), right, theme);
    String axisLabel = m.percent() ? m.frame().locale().shareOf(m.valueLabel()) : m.valueLabel();
    ColumnLayout layout = new ColumnLayout(g, area, theme, List.of(), axisLabel, 0, m.max(), format, m.frame().locale(),
        endRoom, 1, marks.height());
    marks.drawSpans(g, layout.top, layout.bottom, x.applyAsDouble(0), x.applyAsDouble(n - 1));
    boolean[] complete = new boolean[n];
    for (int i = 0; i < n; i++) {
      final int c = i;
      complete[i] = m.series().stream().noneMatch(s -> s.values().get(c).missing());
    }
    double[] floor = new double[n];
    double[][] mids = new double[m.series().size()][n];
    for (int s = 0; s < m.series().size(); s++) {
      double[] top = new double[n];
      for (int i = 0; i < n; i++) {
        top[i] = floor[i] + m.height(s, i);
        mids[s][i] = (layout.scale.px(floor[i]) + layout.scale.px(top[i])) / 2;
      }
      fill(g, layout, x, floor, top, complete, theme.series(s), s < m.series().size() - 1, theme);
      floor = top;
    }
    // Event lines cross the bands; spans stay behind them, as a tint would change the bands' colours.
    marks.drawLinesAndLabels(g, layout.top - marks.height(), layout.bottom);
    labels(g, m, layout, x, floor, mids, complete, theme);
    gapLabels(g, m, layout, x, complete, theme);
    layout.categoryLabels(g, theme, m.categories(), x);
  }

  /**
   * Each hole in the stack named at its foot, so that it reads as years without a figure, not an
   * empty stretch: "no figures 1971–1972", or the words over the years, or the words alone, or
   * "n/a", whichever fits between the areas either side. One too narrow for any is left to the
   * note and the alt text.
   */
  private static void gapLabels(Graphics2D g, AreaChartModel m, ColumnLayout layout, IntToDoubleFunction x,
      boolean[] complete, Theme theme) {
    Font font = Fonts.regular(theme.smallSize());
    double baseline = layout.scale.px(0) - 8;
    int n = complete.length;
    for (int i = 0; i < n; i++) {
      if (complete[i]) {
        continue;
      }
      int j = i;
      while (j + 1 < n && !complete[j + 1]) {
        j++;
      }
      double room = x.applyAsDouble(Math.min(n - 1, j + 1)) - x.applyAsDouble(Math.max(0, i - 1)) - 8;
      String words = j > i ? m.frame().locale().noFigures() : m.frame().locale().noFigure();
      String when = m.categories().get(i).label() + (j > i ? "–" + m.categories().get(j).label() : "");
      List<List<String>> choices = List.of(List.of(words + " " + when), List.of(words, when), List.of(words),
          List.of(m.frame().locale().say("no_figure_short")));
      double centre = (x.applyAsDouble(i) + x.applyAsDouble(j)) / 2;
      for (List<String> lines : choices) {
        if (lines.stream().allMatch(l -> Text.width(l, font) <= room)) {
          double at = baseline - (lines.size() - 1) * Text.lineHeight(font);
          for (String line : lines) {
            Text.draw(g, line, font, theme.secondaryText(), centre - Text.width(line, font) / 2, at);
            at += Text.lineHeight(font);
          }
          break;
        }
      }
      i = j;
    }
  }

  /**
   * One band between two edges, drawn over each run of years where the whole stack is known;
   * {@code under} when another band stands on it.
   */
  private static void fill(Graphics2D g, ColumnLayout layout, IntToDoubleFunction x, double[] floor, double[] top,
      boolean[] complete, java.awt.Color colour, boolean under, Theme theme) {
    int i = 0;
    while (i < floor.length) {
      if (!complete[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < floor.length && complete[j + 1]) {
        j++;
      }
      Path2D band = new Path2D.Double();
      Path2D edge = new Path2D.Double();
      for (int k = i; k <= j; k++) {
        double px = x.applyAsDouble(k);
        if (k == i) {
          band.moveTo(px, layout.scale.px(top[k]));
          edge.moveTo(px, layout.scale.px(top[k]));
        } else {
          band.lineTo(px, layout.scale.px(top[k]));
          edge.lineTo(px, layout.scale.px(top[k]));
        }
      }
      for (int k = j; k >= i; k--) {
        band.lineTo(x.applyAsDouble(k), layout.scale.px(floor[k]));
      }
      band.closePath();
      g.setPaint(colour);
      g.fill(band);
      // The upper edge of a band under another, in the background colour, keeps the two apart; on
      // the top band it would only blunt each peak.
      if (under) {
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(edge);
      }
      i = j + 1;
    }
  }

  /**
   * Each series named at its right end, beside the middle of its band, spread apart. One area alone
   * needs no name (the value axis's title says what it is): its last value stands at its top.
   */
  private static void labels(Graphics2D g, AreaChartModel m, ColumnLayout layout, IntToDoubleFunction x,
      double[] top, double[][] mids, boolean[] complete, Theme theme) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    int last = complete.length - 1;
    while (last > 0 && !complete[last]) {
      last--;
    }
    double lh = Text.lineHeight(name);
    int count = m.series().size();
    if (count == 1) {
      double y = layout.scale.px(top[last]);
      Text.draw(g, endValue(m, 0), name, theme.text(), x.applyAsDouble(last) + 6, y + Text.ascent(name) / 2 - 1);
      return;
    }
    // Top band first: the stack's last series is highest on the page.
    double[] want = new double[count];
    double[] size = new double[count];
    for (int k = 0; k < count; k++) {
      want[k] = mids[count - 1 - k][last] - lh / 2;
      size[k] = lh;
    }
    double[] at = Spread.along(want, size, layout.top - lh / 2, layout.bottom + lh / 2);
    double px = x.applyAsDouble(last);
    for (int k = 0; k < count; k++) {
      int s = count - 1 - k;
      DataSeries series = m.series().get(s);
      double mid = at[k] + lh / 2;
      g.setPaint(theme.series(s));
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Line2D.Double(px + 2, mids[s][last], px + 10, mid));
      String label = series.name() + " ";
      double baseline = mid + Text.ascent(name) / 2 - 1;
      Text.draw(g, label, name, theme.text(), px + 12, baseline);
      Text.draw(g, endValue(m, s), value, theme.text(), px + 12 + Text.width(label, name), baseline);
    }
  }

  /** The value a series' end label carries: its last figure, or its share of the last total. */
  private static String endValue(AreaChartModel m, int s) {
    List<Datum> v = m.series().get(s).values();
    int last = v.size() - 1;
    if (m.percent()) {
      return NumberStyle.format(m.height(s, last), ValueScale.PERCENT, m.frame().locale());
    }
    return v.get(last).label();
  }
}
