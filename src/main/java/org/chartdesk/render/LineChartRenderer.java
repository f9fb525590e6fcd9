package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.chartdesk.model.Callout;
import org.chartdesk.model.DataSeries;
import org.chartdesk.model.Datum;
import org.chartdesk.model.LineChartModel;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Lines over evenly spaced years (or decades). A missing value breaks the line, so a gap shows
 * for as long as it lasts, and a lone value between gaps is a dot, never hidden. Several lines are
 * named at their ends instead of in a legend, the names spread apart so none overlaps; one line
 * carries its values at its points, and its gaps are labelled.
 */
final class LineChartRenderer {
  private static final double DOT = 10;
  /** Between a value label and the line under it: half the 3-unit stroke, and room to read. */
  private static final double CLEARANCE = 5;
  /** Up to this many points, one line has every point marked. */
  private static final int FEW = 15;

  private LineChartRenderer() {}

  /**
   * Parts of a unit of layout a long line is drawn at: a half, a pixel of the 2x image. Points that
   * fall in the same part make one stroke from the first through the lowest and highest to the
   * last, which looks the same as drawing them all.
   */
  private static final double PARTS = 2;

  /**
   * A series as drawn, read from the model once for every export: a line may have a million points.
   *
   * @param y the values, NaN where there is none
   * @param index the category of each point, or null when every category is a point; on a time
   *     axis, the moments only other series have are no points of this one
   * @param last the last point with a value, or -1
   * @param highest the point with the highest value, or -1
   * @param lone the points with a value and none beside it, drawn as dots
   */
  private record Line(double[] y, int[] index, int last, int highest, int[] lone) {
    static Line of(LineChartModel m, int series) {
      DataSeries s = m.series().get(series);
      int size = s.values().size();
      int[] index = IntStream.range(0, size).filter(c -> !m.passedOver(series, c)).toArray();
      if (index.length == size) {
        index = null;
      }
      double[] y = new double[index == null ? size : index.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = s.figure(index == null ? i : index[i]);
      }
      int last = -1;
      int highest = -1;
      IntStream.Builder lone = IntStream.builder();
      for (int i = 0; i < y.length; i++) {
        if (Double.isNaN(y[i])) {
          continue;
        }
        last = i;
        highest = highest < 0 || y[i] > y[highest] ? i : highest;
        if ((i == 0 || Double.isNaN(y[i - 1])) && (i == y.length - 1 || Double.isNaN(y[i + 1]))) {
          lone.add(i);
        }
      }
      return new Line(y, index, last, highest, lone.build().toArray());
    }

    /** The category of a point. */
    int category(int point) {
      return index == null ? point : index[point];
    }

    /** The point at a category, or -1 when the line has none there. */
    int point(int category) {
      return index == null ? category : Math.max(-1, java.util.Arrays.binarySearch(index, category));
    }

    /** Where each point stands, from where each category does. */
    IntToDoubleFunction x(IntToDoubleFunction category) {
      return index == null ? category : i -> category.applyAsDouble(index[i]);
    }
  }

  static JFreeChart render(LineChartModel m, Theme theme) {
    List<Line> lines = IntStream.range(0, m.series().size()).mapToObj(s -> Line.of(m, s)).toList();
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, lines, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, LineChartModel m, List<Line> lines, Theme theme) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    boolean several = m.series().size() > 1;
    double endRoom = 12;
    if (several) {
      for (DataSeries s : m.series()) {
        Datum last = s.values().get(s.values().size() - 1);
        endRoom = Math.max(endRoom, 12 + Text.width(s.name() + " ", name) + Text.width(last.label(), value));
      }
    }
    int n = m.categories().size();
    // Room at each end for half the widest year or value label centred there, so none leaves the
    // plot; a time axis moves its end labels inward instead.
    double pad = m.time() != null ? 4 : Text.width(m.categories().get(n - 1).label(), value) / 2 + 4;
    if (!several) {
      Font bold = Fonts.bold(theme.bodySize());
      for (int i : new int[] {0, n - 1}) {
        pad = Math.max(pad, Text.width(m.series().get(0).values().get(i).label(), bold) / 2 + 8);
      }
    }
    double left = ColumnLayout.left(area, m.min(), m.max(), m.format(), m.frame().locale(), theme);
    double right = area.getMaxX() - endRoom;
    double x0 = left + pad;
    double step = n > 1 ? (right - pad - x0) / (n - 1) : 0;
    TimeAxisScale time = m.time() == null ? null : new TimeAxisScale(m.time(), x0, right - pad);
    IntToDoubleFunction x = time != null ? time::category : i -> n > 1 ? x0 + step * i : (left + right) / 2;
    AnnotationLayer marks = new AnnotationLayer(m.frame().annotations(),
        time != null ? time::years : AnnotationLayer.slots(m.categories(), x0, step), area.getMinX(), right, theme);
    ColumnLayout layout = new ColumnLayout(g, area, theme, List.of(), m.valueLabel(), m.min(), m.max(), m.format(),
        m.frame().locale(), endRoom, 1, marks.height());
    marks.drawSpans(g, layout.top, layout.bottom, x.applyAsDouble(0), x.applyAsDouble(n - 1));
    marks.drawLinesAndLabels(g, layout.top - marks.height(), layout.bottom);
    List<Shape> drawn = new ArrayList<>();
    // Muted lines first, so the highlighted ones cross over them.
    for (boolean front : new boolean[] {false, true}) {
      for (int s = 0; s < m.series().size(); s++) {
        if (m.frame().standsOut(m.series().get(s).key()) == front) {
          // Dots on every point of one short line; several lines keep only lone points, to stay legible.
          // Where a filter left years out, every figure is a dot: the segment across them is a join.
          drawSeries(g, lines.get(s), layout, lines.get(s).x(x), colour(m, s, theme), theme,
              !several && n <= FEW || !m.leftOut().isEmpty(), drawn);
        }
      }
    }
    Map<Integer, Rectangle2D> valueLabels = Map.of();
    if (several) {
      endLabels(g, m, layout, x, theme, drawn);
    } else {
      valueLabels = pointLabels(g, m.series().get(0), lines.get(0), layout, x, theme,
          time != null ? time.closest() : step, drawn);
      gapLabels(g, m, lines.get(0).y(), layout, x, theme, drawn);
    }
    if (!m.frame().callouts().isEmpty()) {
      callouts(g, m, lines, layout, x, theme, drawn, valueLabels);
    }
    if (time != null) {
      Font font = Fonts.regular(theme.bodySize());
      TimeTicks.draw(g, TimeTicks.choose(m.time().from(), m.time().to(), time::px, area.getMinX(), area.getMaxX(),
          font, m.frame().locale()), layout.bottom, font, theme.axis(), theme.text());
    } else {
      layout.categoryLabels(g, theme, m.categories(), x);
    }
  }

  private static java.awt.Color colour(LineChartModel m, int s, Theme theme) {
    return m.frame().standsOut(m.series().get(s).key()) ? theme.series(s) : theme.muted();
  }

  /**
   * The editor's notes at points, placed clear of the lines, dots and labels already drawn. A note
   * at a point with a value label is about both: it stands around them and points at them together.
   */
  private static void callouts(Graphics2D g, LineChartModel m, List<Line> lines, ColumnLayout layout,
      IntToDoubleFunction x, Theme theme, List<Shape> drawn, Map<Integer, Rectangle2D> valueLabels) {
    CalloutLayer notes = new CalloutLayer(theme,
        new Rectangle2D.Double(layout.left, layout.top, layout.right - layout.left, layout.bottom - layout.top));
    drawn.forEach(notes::avoid);
    for (Line line : lines) {
      segments(path(line.y(), layout.scale, line.x(x))).forEach(notes::avoid);
    }
    List<String> keys = m.time() != null ? null : m.categories().stream().map(org.chartdesk.model.Category::key).toList();
    for (Callout c : m.frame().callouts()) {
      int s = 0;
      while (c.series() != null && !m.series().get(s).key().equals(c.series())) {
        s++;
      }
      int i = keys != null ? keys.indexOf(c.category()) : m.time().indexOf(isoSeconds(c.category()));
      double px = x.applyAsDouble(i);
      double py = layout.scale.px(lines.get(s).y()[lines.get(s).point(i)]);
      Rectangle2D point = new Rectangle2D.Double(px, py, 0, 0);
      Rectangle2D anchor = point;
      Rectangle2D label = s == 0 ? valueLabels.get(lines.get(s).point(i)) : null;
      if (label != null) {
        point = new Rectangle2D.Double(px - DOT / 2, py - DOT / 2, DOT, DOT);
        anchor = (Rectangle2D) point.clone();
        anchor.add(label);
      }
      notes.place(c, anchor, point);
    }
    notes.draw(g);
  }

  private static long isoSeconds(String iso) {
    return org.chartdesk.dataset.DatePattern.iso(iso).seconds(iso);
  }

  /** A drawn line's straight pieces, which notes must not cover. */
  private static List<Shape> segments(Path2D path) {
    List<Shape> out = new ArrayList<>();
    double[] c = new double[6];
    double lx = 0;
    double ly = 0;
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_LINETO) {
        out.add(new Line2D.Double(lx, ly, c[0], c[1]));
      }
      lx = c[0];
      ly = c[1];
    }
    return out;
  }

  private static void drawSeries(Graphics2D g, Line line, ColumnLayout layout,
      IntToDoubleFunction x, java.awt.Color colour, Theme theme, boolean markAll,
      List<Shape> drawn) {
    double[] y = line.y();
    stroke(g, path(y, layout.scale, x), colour);
    int[] dots = markAll ? IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray() : line.lone();
    for (int i : dots) {
      Dot.draw(g, x.applyAsDouble(i), layout.scale.px(y[i]), DOT, colour, theme);
      drawn.add(new Rectangle2D.Double(x.applyAsDouble(i) - DOT / 2, layout.scale.px(y[i]) - DOT / 2, DOT, DOT));
    }
  }

  /** Draws a line as every line is drawn. */
  static void stroke(Graphics2D g, Path2D path, java.awt.Color colour) {
    g.setPaint(colour);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(path);
  }

  private static Path2D path(double[] y, ValueScale scale, IntToDoubleFunction x) {
    return path(y, scale::px, x, true);
  }

  /**
   * The line through the points, broken at each gap; decimated, the points of one part of a unit
   * make one stroke from the first through the lowest and highest to the last (in their order).
   */
  static Path2D path(double[] y, java.util.function.DoubleUnaryOperator py, IntToDoubleFunction x,
      boolean decimated) {
    Path2D path = new Path2D.Double();
    boolean open = false;
    int i = 0;
    while (i < y.length) {
      if (Double.isNaN(y[i])) {
        open = false;
        i++;
        continue;
      }
      double part = Math.floor(x.applyAsDouble(i) * PARTS);
      int last = i;
      int low = i;
      int high = i;
      while (decimated && last + 1 < y.length && !Double.isNaN(y[last + 1])
          && Math.floor(x.applyAsDouble(last + 1) * PARTS) == part) {
        last++;
        low = y[last] < y[low] ? last : low;
        high = y[last] > y[high] ? last : high;
      }
      for (int k : new int[] {i, Math.min(low, high), Math.max(low, high), last}) {
        double px = x.applyAsDouble(k);
        double ky = py.applyAsDouble(y[k]);
        if (!open) {
          path.moveTo(px, ky);
          open = true;
        } else if (path.getCurrentPoint().getX() != px || path.getCurrentPoint().getY() != ky) {
          path.lineTo(px, ky);
        }
      }
      i = last + 1;
    }
    return path;
  }

  /**
   * Draws the value labels a line has room for: each value over its point where every label clears
   * the next one's, else the last and the highest. Gives each one's box by its point.
   */
  private static Map<Integer, Rectangle2D> pointLabels(Graphics2D g, DataSeries s, Line line, ColumnLayout layout,
      IntToDoubleFunction x, Theme theme, double step, List<Shape> drawn) {
    Font font = Fonts.bold(theme.bodySize());
    double[] y = line.y();
    int[] points = IntStream.range(0, y.length).filter(i -> !Double.isNaN(y[i])).toArray();
    // A label is wider than 0: with 8 units or less between points only the last and highest get
    // one, so labels are measured only when they decide.
    int[] labelled = step <= 8 || !roomForEvery(s, points, x, font)
        ? endAndHighest(s, line, layout, x, font)
        : points;
    Map<Integer, Rectangle2D> boxes = new HashMap<>();
    double zero = layout.scale.zeroInside();
    for (int i : labelled) {
      String label = s.values().get(i).label();
      double point = layout.scale.px(y[i]);
      double[] under = lineUnder(y, x, layout, i, Text.width(label, font) / 2);
      // Over the point, clear of the line around it; under the point when clearing the line would
      // lift it more than a line of text (a last point that drops below its neighbours), the line
      // under the point leaves it closer, and the axis leaves room.
      double above = Math.min(point - DOT / 2 - 6, under[0] - CLEARANCE);
      double lift = point - DOT / 2 - 6 - above;
      double below = Math.max(point + DOT / 2 + 6, under[1] + CLEARANCE) + Text.ascent(font);
      double push = below - Text.ascent(font) - (point + DOT / 2 + 6);
      boolean underIt = lift > Text.lineHeight(font) && push < lift && below + 2 < layout.bottom;
      // Across the zero line, drawn dark as an axis, a label is struck through ("-15" a little
      // under zero): it goes to the other side of its point where that side is clear of the line.
      if (across(zero, underIt ? below : above, font) && !across(zero, underIt ? above : below, font)
          && (underIt || below + 2 < layout.bottom)) {
        underIt = !underIt;
      }
      Shape box = centred(g, label, font, theme.text(), x.applyAsDouble(i), underIt ? below : above);
      drawn.add(box);
      boxes.put(i, box.getBounds2D());
    }
    return boxes;
  }

  /**
   * The last point and the highest, or the last alone where their labels would meet: on a phone a
   * century's highest, "31.0" three years before the last, "30.6", ran into it.
   */
  private static int[] endAndHighest(DataSeries s, Line line, ColumnLayout layout, IntToDoubleFunction x, Font font) {
    int h = line.highest();
    int last = line.last();
    if (h < 0 || last < 0 || h == last) {
      return IntStream.of(h, last).filter(i -> i >= 0).distinct().toArray();
    }
    double apart = Math.abs(x.applyAsDouble(last) - x.applyAsDouble(h));
    double halves = (Text.width(s.values().get(h).label(), font) + Text.width(s.values().get(last).label(), font)) / 2;
    double rise = Math.abs(layout.scale.px(line.y()[h]) - layout.scale.px(line.y()[last]));
    return apart < halves + 8 && rise < Text.lineHeight(font) + 4 ? new int[] {last} : new int[] {Math.min(h, last),
        Math.max(h, last)};
  }

  /** Whether a line of text set on this baseline would touch the line at pixel {@code y} (none when NaN). */
  private static boolean across(double y, double baseline, Font font) {
    double top = baseline - Text.ascent(font);
    return y >= top - 1 && y <= top + Text.lineHeight(font) + 1;
  }

  /**
   * Whether each value's label, centred on its point, stands 8 units clear of the next value's.
   * Measured pair by pair, not by the widest label and the closest step: on a phone a wide "over
   * 3,789" before two years without figures took 1976's "1,980" off a line of three values.
   */
  private static boolean roomForEvery(DataSeries s, int[] points, IntToDoubleFunction x, Font font) {
    for (int k = 1; k < points.length; k++) {
      int a = points[k - 1];
      int b = points[k];
      double halves = (Text.width(s.values().get(a).label(), font) + Text.width(s.values().get(b).label(), font)) / 2;
      if (halves + 8 > x.applyAsDouble(b) - x.applyAsDouble(a)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The highest and lowest the line comes (least and greatest y, in pixels) within {@code half} of
   * point {@code i} on either side, where a label centred on the point would sit: on a dense line
   * the neighbours of a point can pass above or below it.
   */
  private static double[] lineUnder(double[] y, IntToDoubleFunction x, ColumnLayout layout, int i, double half) {
    double cx = x.applyAsDouble(i);
    double top = layout.scale.px(y[i]);
    double bottom = top;
    for (int step : new int[] {-1, 1}) {
      for (int j = i + step; j >= 0 && j < y.length; j += step) {
        int inner = j - step;
        if (Double.isNaN(y[j]) || Double.isNaN(y[inner])) {
          break;
        }
        double dx = Math.abs(x.applyAsDouble(j) - cx);
        double py = layout.scale.px(y[j]);
        if (dx > half) {
          // The segment that leaves the label's width, where it does.
          double innerX = Math.abs(x.applyAsDouble(inner) - cx);
          double innerY = layout.scale.px(y[inner]);
          py = innerY + (py - innerY) * (half - innerX) / (dx - innerX);
        }
        top = Math.min(top, py);
        bottom = Math.max(bottom, py);
        if (dx > half) {
          break;
        }
      }
    }
    return new double[] {top, bottom};
  }

  /**
   * Each stretch without figures is named, so a reader sees it is unknown, not empty. Where two
   * names would meet on one line (two world wars on a phone), every one puts its years on a line
   * under its words; one that meets another even so is left to the alt text.
   */
  private static void gapLabels(Graphics2D g, LineChartModel m, double[] y, ColumnLayout layout,
      IntToDoubleFunction x, Theme theme, List<Shape> drawn) {
    Font font = Fonts.regular(theme.smallSize());
    double baseline = layout.scale.px(0) - 8;
    List<String[]> gaps = new ArrayList<>();
    List<Double> centres = new ArrayList<>();
    int i = 0;
    while (i < y.length) {
      if (!Double.isNaN(y[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < y.length && Double.isNaN(y[j + 1])) {
        j++;
      }
      String when = m.categories().get(i).label() + (j > i ? "–" + m.categories().get(j).label() : "");
      String words = j > i ? m.frame().locale().noFigures() : m.frame().locale().noFigure();
      // Moments are not evenly spaced: a gap too narrow for its words is left to the alt text.
      boolean fits = m.time() == null || Text.width(words + " " + when, font)
          < x.applyAsDouble(Math.min(y.length - 1, j + 1)) - x.applyAsDouble(Math.max(0, i - 1));
      if (fits) {
        gaps.add(new String[] {words, when});
        centres.add((x.applyAsDouble(i) + x.applyAsDouble(j)) / 2);
      }
      i = j + 1;
    }
    boolean twoLines = false;
    for (int k = 1; k < gaps.size(); k++) {
      twoLines |= gapBox(gaps.get(k - 1), false, font, centres.get(k - 1), baseline)
          .intersects(gapBox(gaps.get(k), false, font, centres.get(k), baseline));
    }
    Rectangle2D previous = null;
    for (int k = 0; k < gaps.size(); k++) {
      Rectangle2D box = gapBox(gaps.get(k), twoLines, font, centres.get(k), baseline);
      if (previous != null && previous.intersects(box)) {
        continue;
      }
      String[] gap = gaps.get(k);
      if (twoLines) {
        drawn.add(centred(g, gap[0], font, theme.secondaryText(), centres.get(k), baseline - Text.lineHeight(font)));
        drawn.add(centred(g, gap[1], font, theme.secondaryText(), centres.get(k), baseline));
      } else {
        drawn.add(centred(g, gap[0] + " " + gap[1], font, theme.secondaryText(), centres.get(k), baseline));
      }
      previous = box;
    }
  }

  /** The box a gap's name covers: words and years on one line, or the years under the words. */
  private static Rectangle2D gapBox(String[] gap, boolean twoLines, Font font, double x, double baseline) {
    if (!twoLines) {
      return box(gap[0] + " " + gap[1], font, x, baseline);
    }
    Rectangle2D box = box(gap[0], font, x, baseline - Text.lineHeight(font));
    box.add(box(gap[1], font, x, baseline));
    return box;
  }

  /** The box text centred on x covers. */
  private static Rectangle2D box(String s, Font font, double x, double baseline) {
    double w = Text.width(s, font);
    return new Rectangle2D.Double(x - w / 2, baseline - Text.ascent(font), w, Text.lineHeight(font));
  }

  /** Draws text centred on x, and returns the box it covers. */
  private static Rectangle2D centred(Graphics2D g, String s, Font font, java.awt.Color ink, double x, double baseline) {
    double w = Text.width(s, font);
    Text.draw(g, s, font, ink, x - w / 2, baseline);
    return new Rectangle2D.Double(x - w / 2, baseline - Text.ascent(font), w, Text.lineHeight(font));
  }

  /** Names (and last values) at the lines' ends, spread so none overlaps, with a leader if moved. */
  private static void endLabels(Graphics2D g, LineChartModel m, ColumnLayout layout,
      IntToDoubleFunction x, Theme theme, List<Shape> drawn) {
    Font name = Fonts.bold(theme.bodySize());
    Font value = Fonts.regular(theme.bodySize());
    double lh = Text.lineHeight(name);
    List<int[]> ends = new ArrayList<>();
    for (int s = 0; s < m.series().size(); s++) {
      List<Datum> v = m.series().get(s).values();
      for (int i = v.size() - 1; i >= 0; i--) {
        if (!v.get(i).missing()) {
          ends.add(new int[] {s, i});
          break;
        }
      }
    }
    ends.sort(Comparator.comparingDouble(e -> -m.series().get(e[0]).values().get(e[1]).value()));
    double[] want = new double[ends.size()];
    double[] size = new double[ends.size()];
    for (int k = 0; k < ends.size(); k++) {
      int[] e = ends.get(k);
      want[k] = layout.scale.px(m.series().get(e[0]).values().get(e[1]).value()) - lh / 2;
      size[k] = lh;
    }
    double[] at = Spread.along(want, size, layout.top - lh / 2, layout.bottom + lh / 2);
    for (int k = 0; k < ends.size(); k++) {
      int[] e = ends.get(k);
      DataSeries s = m.series().get(e[0]);
      double px = x.applyAsDouble(e[1]) + DOT / 2 + 4;
      double mid = at[k] + lh / 2;
      double py = want[k] + lh / 2;
      double tx = px + 8;
      if (Math.abs(mid - py) > 1) {
        // A leader only to a name moved off its line's end: level, it read as a dash or a minus
        // before the name ("-imports -900").
        g.setPaint(colour(m, e[0], theme));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(px, py, tx - 2, mid));
      }
      String label = s.name() + " ";
      double baseline = mid + Text.ascent(name) / 2 - 1;
      java.awt.Color ink = m.frame().standsOut(s.key()) ? theme.text() : theme.secondaryText();
      Text.draw(g, label, name, ink, tx, baseline);
      Text.draw(g, s.values().get(e[1]).label(), value, ink, tx + Text.width(label, name), baseline);
      drawn.add(new Rectangle2D.Double(tx, at[k], Text.width(label, name) + Text.width(s.values().get(e[1]).label(), value), lh));
    }
  }
}
