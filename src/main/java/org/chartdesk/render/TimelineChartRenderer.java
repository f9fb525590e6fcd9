package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.model.TimelineChartModel.Event;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.KeyLayout;
import org.chartdesk.theme.LaneLabels;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Events on a time axis in lanes. Each event is drawn as the interval its date stands for (a month
 * is narrow, a season or a year wider), so the picture is exactly as precise as the source. Labels
 * never overlap: across the page they stack in levels, down the page they are spread along a label
 * column with leader lines.
 */
final class TimelineChartRenderer {
  private static final double MARK = 10;
  /** Space left each side of a mark where another event's leader passes behind it. */
  private static final double MARK_GAP = 3;
  /** Space between a leader line and its label's text, so the line never reads as a letter. */
  private static final double LABEL_GAP = 10;
  /** The dot, in its lane's colour, where a leader meets its label when time runs down the page. */
  private static final double LEADER_END = 6;
  /** A narrow list's lane column, and the space between its rows. */
  private static final double LIST_LANE = MARK + 10;
  private static final double LIST_GAP = 8;

  private TimelineChartRenderer() {}

  static JFreeChart render(TimelineChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> {
      if (m.vertical()) {
        drawVertical(g, area, m, theme);
      } else {
        drawHorizontal(g, area, m, theme);
      }
    });
  }

  // ---- time across the page: lanes stacked, labels in levels above each lane's marks ----

  private static void drawHorizontal(Graphics2D g, Rectangle2D area, TimelineChartModel m, Theme theme) {
    Font nameFont = Fonts.bold(theme.bodySize());
    Font dateFont = Fonts.regular(theme.smallSize());
    Font laneFont = Fonts.bold(theme.bodySize());
    Font axisFont = Fonts.regular(theme.bodySize());
    double axisHeight = Text.lineHeight(axisFont) + 12;
    // Room for the first and last year labels, which are centred on their ticks; two mirrored lanes
    // write each year right of its tick, the last one too, in the axis band's end beyond it: turned
    // left of its tick, "1990" shared the 1980s with "1980" and the visits of 1985 and 1986 read
    // as 1990's.
    double inset = Text.width("0000", axisFont) / 2 + 2;
    double left = area.getMinX() + inset;
    double right = m.lanes().size() == 2 ? area.getMaxX() - Text.width("0000", axisFont) - 8 : area.getMaxX() - inset;
    TimeScale scale = new TimeScale(m.from(), m.to(), left, right);
    double blockHeight = Text.lineHeight(nameFont) + Text.lineHeight(dateFont) + 10;
    double laneHeader = Text.lineHeight(laneFont) + 10;

    List<List<Placed>> lanes = new ArrayList<>();
    double natural = 0;
    for (int lane = 0; lane < m.lanes().size(); lane++) {
      List<Placed> placed = laneLabels(m, lane, scale, area.getMinX(), area.getMaxX(), nameFont, dateFont);
      lanes.add(placed);
      natural += laneHeight(placed, laneHeader, blockHeight);
    }
    if (lanes.size() == 2) {
      drawMirrored(g, area, m, theme, scale, lanes, left, right);
      return;
    }
    // Only two mirrored lanes draw annotations: nothing runs through these labels.
    AnnotationLayer none = new AnnotationLayer(List.of(), scale::px, left, right, theme);
    // Spare height is shared out as space between the lanes, not stretched into the labels.
    double spare = Math.max(0, area.getHeight() - axisHeight - natural);
    double gap = lanes.size() > 1 ? Math.min(spare / (lanes.size() - 1), blockHeight * 3) : 0;
    double y = area.getMaxY() - axisHeight - natural - gap * (lanes.size() - 1);
    for (int lane = 0; lane < lanes.size(); lane++) {
      List<Placed> placed = lanes.get(lane);
      double laneH = laneHeight(placed, laneHeader, blockHeight);
      drawLaneTitle(g, area.getMinX(), y, m.lanes().get(lane).name(), theme.series(lane), theme);
      double baseline = y + laneH - MARK;
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(left, baseline, right, baseline));
      drawPlaced(g, placed, baseline, -1, theme.series(lane), theme, m.frame().locale(), blockHeight(theme),
          none);
      y += laneH + gap;
    }
    scale.drawHorizontalAxis(g, theme, area.getMaxY() - axisHeight, left, right, 10);
  }

  /**
   * Two lanes (two directions) mirror each other about the time axis: the first above with labels
   * rising, the second below with labels hanging, so direction reads at a glance.
   */
  private static void drawMirrored(Graphics2D g, Rectangle2D area, TimelineChartModel m, Theme theme,
      TimeScale scale, List<List<Placed>> lanes, double left, double right) {
    Font laneFont = Fonts.bold(theme.bodySize());
    Font axisFont = Fonts.regular(theme.bodySize());
    double header = Text.lineHeight(laneFont) + 10;
    double band = Text.lineHeight(axisFont) + 16;
    AnnotationLayer annotations = new AnnotationLayer(m.frame().annotations(), scale::px, area.getMinX(), area.getMaxX(),
        theme);
    double notes = annotations.height();
    int levels = levels(lanes.get(0)) + levels(lanes.get(1));
    double tight = blockHeight(theme);
    double spare = area.getHeight() - notes - 2 * header - LaneLabels.TITLE_FOOT - 2 * MARK - band - levels * tight;
    // A tall frame (a social square) lengthens the leaders, up to a label more per level,
    // rather than leaving the timeline floating in empty bands.
    double block = tight + Math.max(0, Math.min(spare / levels, tight));
    double above = header + levels(lanes.get(0)) * block + MARK;
    double below = MARK + levels(lanes.get(1)) * block + header + LaneLabels.TITLE_FOOT;
    double top = area.getMinY() + notes + Math.max(0, (area.getHeight() - notes - above - band - below) / 2);
    double bandTop = top + above;
    double bandBottom = bandTop + band;
    // Annotations behind the marks; their labels in a band of their own above the lanes.
    annotations.drawSpans(g, top, bandBottom + below);
    // Broken across the axis band, so a line never runs through a year label.
    annotations.drawLinesAndLabels(g, top - notes, bandBottom + below, bandTop, bandBottom);

    drawLaneTitle(g, area.getMinX(), top, m.lanes().get(0).name(), theme.series(0), theme);
    drawLaneTitle(g, area.getMinX(), bandBottom + below - LaneLabels.TITLE_FOOT - header + 10, m.lanes().get(1).name(),
        theme.series(1), theme);
    g.setPaint(theme.axis());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(left, bandTop, area.getMaxX(), bandTop));
    g.draw(new Line2D.Double(left, bandBottom, area.getMaxX(), bandBottom));
    // Fewer ticks rather than a tick without its year: in the social square, 5-year ticks left
    // 1985 or 1990 unlabelled; 10-year ones label every tick.
    List<Integer> ticks = scale.acrossTicks(10, theme);
    List<YearLabel> labels = yearLabels(ticks, scale, axisFont);
    for (int most = 9; most >= 2 && labels.size() < ticks.size(); most--) {
      ticks = scale.acrossTicks(most, theme);
      labels = yearLabels(ticks, scale, axisFont);
    }
    for (int year : ticks) {
      double x = scale.px(year);
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(x, bandTop, x, bandBottom));
    }
    for (YearLabel l : labels) {
      Text.draw(g, Integer.toString(l.year()), axisFont, theme.secondaryText(), l.x(),
          bandTop + (band + Text.ascent(axisFont)) / 2 - 1);
    }
    // Event lines run the chart's height: where one crosses a label, the label stays legible.
    drawPlaced(g, lanes.get(0), bandTop - MARK / 2 - 2, -1, theme.series(0), theme, m.frame().locale(), block,
        annotations);
    drawPlaced(g, lanes.get(1), bandBottom + MARK / 2 + 2, +1, theme.series(1), theme, m.frame().locale(), block,
        annotations);
  }

  /** A year on the axis, written from x, width wide. */
  private record YearLabel(int year, double x, double width) {}

  /**
   * Where each tick's year goes: right of its tick (the band runs on past the last tick for the
   * last year); a label that would touch its neighbour is left out rather than crowded, but the
   * axis's last year is kept (the one before it goes): a reader looks to the end for where the
   * time stops.
   */
  private static List<YearLabel> yearLabels(List<Integer> ticks, TimeScale scale, Font font) {
    List<YearLabel> labels = new ArrayList<>();
    for (int i = 0; i < ticks.size(); i++) {
      int year = ticks.get(i);
      double tx = scale.px(year) + 4;
      double w = Text.width(Integer.toString(year), font);
      YearLabel last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
      if (last != null && tx < last.x() + last.width() + 8) {
        if (i < ticks.size() - 1 || labels.size() < 2) {
          continue;
        }
        labels.remove(labels.size() - 1);
      }
      labels.add(new YearLabel(year, tx, w));
    }
    return labels;
  }

  private static double blockHeight(Theme theme) {
    return Text.lineHeight(Fonts.bold(theme.bodySize())) + Text.lineHeight(Fonts.regular(theme.smallSize())) + 10;
  }

  private static int levels(List<Placed> placed) {
    return 1 + placed.stream().mapToInt(Placed::level).max().orElse(0);
  }

  private static void drawLaneTitle(Graphics2D g, double x, double y, String name, Color colour, Theme theme) {
    Font font = Fonts.bold(theme.bodySize());
    // A swatch of the lane's colour beside its name: a direct label instead of a legend.
    g.setPaint(colour);
    g.fill(new Rectangle2D.Double(x, y + 4, 12, 12));
    Text.draw(g, name, font, theme.text(), x + 18, y + Text.ascent(font) + 1);
  }

  /**
   * Draws marks centred on a line, with labels in levels going up (direction -1) or down (+1).
   */
  private static void drawPlaced(Graphics2D g, List<Placed> placed, double line, int direction,
      Color colour, Theme theme, NewsLocale locale, double block, AnnotationLayer annotations) {
    Font nameFont = Fonts.bold(theme.bodySize());
    Font dateFont = Fonts.regular(theme.smallSize());
    double label = blockHeight(theme);
    // Every leader first, then the labels, each hiding the leaders that pass behind it: drawn label
    // by label, a leader up to a higher level ran through the labels below ("Treaty of Fr|iendship").
    double[] leaders = new double[placed.size()];
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      double labelTop = labelTop(p, line, direction, block, label);
      double leaderEnd = direction < 0 ? labelTop + 2 : labelTop + label - 8;
      // A label read leftwards hangs from its mark's end; a short date's mark, centred on it, ends
      // earlier than the placement's, so its leader comes in to meet the mark.
      leaders[i] = p.anchor == p.x1 && p.markX1 < p.x1 ? p.markX1 - 1 : p.anchor;
      g.setPaint(theme.muted());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(leaders[i], line, leaders[i], leaderEnd));
    }
    annotations.gridlines(leaders);
    for (Placed p : placed) {
      double labelTop = labelTop(p, line, direction, block, label);
      double tx = p.anchor == p.x0 ? p.lx + LABEL_GAP : p.lx;
      double nameBaseline = labelTop + Text.ascent(nameFont);
      double dateBaseline = labelTop + Text.lineHeight(nameFont) + Text.ascent(dateFont);
      annotations.drawText(g, p.event.label(), nameFont, theme.text(), tx, nameBaseline);
      annotations.drawText(g, p.event.date().label(locale), dateFont, theme.secondaryText(), tx, dateBaseline);
    }
    annotations.gridlines(new double[0]);
    for (Placed p : placed) {
      g.setPaint(colour);
      g.fill(new RoundRectangle2D.Double(p.markX0, line - MARK / 2, p.markX1 - p.markX0, MARK, MARK, MARK));
    }
  }

  /** Each label stands at the far end of its level, away from the axis, whatever the level's height. */
  private static double labelTop(Placed p, double line, int direction, double block, double label) {
    return direction < 0
        ? line - MARK - p.level * block - block
        : line + MARK + (p.level + 1) * block - label + 4;
  }

  private static double laneHeight(List<Placed> placed, double header, double block) {
    return header + levels(placed) * block + MARK * 2;
  }

  /** A lane's events with their labels placed by {@link LaneLabels}, right to left. */
  private static List<Placed> laneLabels(TimelineChartModel m, int lane, TimeScale scale, double minX, double maxX,
      Font nameFont, Font dateFont) {
    List<Event> events = m.events().stream().filter(e -> e.lane() == lane).toList();
    double[] x0 = new double[events.size()];
    double[] x1 = new double[events.size()];
    double[] widths = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      x0[i] = scale.px(e.date().start());
      x1[i] = Math.max(scale.px(e.date().end()), x0[i] + MARK);
      widths[i] = Math.max(Text.width(e.label(), nameFont), Text.width(e.date().label(m.frame().locale()), dateFont))
          + LABEL_GAP;
    }
    return LaneLabels.place(x0, x1, widths, minX, maxX).stream()
        .map(p -> new Placed(events.get(p.event()), p, scale.px(events.get(p.event()).date().mid()))).toList();
  }

  /**
   * An event with where its label goes, and its mark: the date's own extent, or a mark's width
   * centred on a date narrower than that. (Labels are placed from the date's start, as the lint
   * counts their levels.) A mark that started at its date and ran on put "late 1986" on a phone
   * nearer the middle of 1987.
   */
  private record Placed(Event event, double x0, double x1, double lx, double w, double anchor, int level,
      double markX0, double markX1) {
    Placed(Event event, LaneLabels.Placed p, double mid) {
      this(event, p.x0(), p.x1(), p.lx(), p.w(), p.anchor(), p.level(),
          p.x1() - p.x0() > MARK ? p.x0() : mid - MARK / 2, p.x1() - p.x0() > MARK ? p.x1() : mid + MARK / 2);
    }
  }

  // ---- time down the page: lanes as columns, labels in a column spread along the time axis ----

  private static void drawVertical(Graphics2D g, Rectangle2D area, TimelineChartModel m, Theme theme) {
    Font laneFont = Fonts.bold(theme.smallSize());
    Font dateFont = Fonts.bold(theme.smallSize());
    Font labelFont = Fonts.regular(theme.smallSize());
    Font axisFont = Fonts.regular(theme.bodySize());
    double axisWidth = Text.width("0000", axisFont) + 14;
    double laneWidth = 0;
    for (TimelineChartModel.Lane lane : m.lanes()) {
      laneWidth = Math.max(laneWidth, Text.width(lane.name(), laneFont) + 14);
    }
    double headerHeight = Text.lineHeight(laneFont) + 14;
    double lanesLeft = area.getMinX() + axisWidth;
    double lanesRight = lanesLeft + laneWidth * m.lanes().size();
    double dateWidth = 0;
    for (Event e : m.events()) {
      dateWidth = Math.max(dateWidth, Text.width(e.date().label(m.frame().locale()), dateFont));
    }
    double labelLeft = lanesRight + 40;
    double textLeft = labelLeft + dateWidth + 12;
    if (NarrowLayout.lanesKeyed(area.getMaxX() - textLeft, area.getWidth())) {
      drawList(g, area, m, theme);
      return;
    }
    double top = area.getMinY() + headerHeight + 8;
    double bottom = area.getMaxY() - 8;
    double[] times = m.events().stream().mapToDouble(e -> e.date().mid()).toArray();
    TimeScale scale = TimeScale.withBreaks(m.from(), m.to(), top, bottom, times, (m.to() - m.from()) / 4);

    // Year gridlines and labels, across the lanes only; a squeezed stretch is marked as a break.
    for (double[] b : scale.breaks()) {
      double y0 = scale.px(b[0]);
      double y1 = scale.px(b[1]);
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 4f}, 0f));
      g.draw(new Line2D.Double(lanesLeft, y0, lanesRight, y0));
      g.draw(new Line2D.Double(lanesLeft, y1, lanesRight, y1));
      String s = m.frame().locale().say("axis_break", "from", Integer.toString((int) b[0]),
          "to", Integer.toString((int) b[1]));
      Font breakFont = Fonts.regular(theme.smallSize() - 2);
      Text.draw(g, s, breakFont, theme.secondaryText(), lanesLeft + 6,
          (y0 + y1) / 2 + Text.ascent(breakFont) / 2 - 1);
    }
    for (int year : scale.ticks(12)) {
      double y = scale.px(year);
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(lanesLeft, y, lanesRight, y));
      String s = Integer.toString(year);
      Text.draw(g, s, axisFont, theme.secondaryText(), lanesLeft - 10 - Text.width(s, axisFont),
          y + Text.ascent(axisFont) / 2 - 1);
    }
    for (int i = 0; i < m.lanes().size(); i++) {
      double cx = lanesLeft + laneWidth * (i + 0.5);
      String name = m.lanes().get(i).name();
      Text.draw(g, name, laneFont, theme.text(), cx - Text.width(name, laneFont) / 2,
          area.getMinY() + Text.ascent(laneFont));
      g.setPaint(theme.series(i));
      g.fill(new Rectangle2D.Double(cx - laneWidth / 2 + 6, area.getMinY() + Text.lineHeight(laneFont) + 2,
          laneWidth - 12, 3));
    }

    // Labels: one line each where it fits, spread so none overlaps, in time order.
    double maxText = area.getMaxX() - textLeft;
    List<List<String>> lines = new ArrayList<>();
    double[] heights = new double[m.events().size()];
    double[] want = new double[m.events().size()];
    double lh = Text.lineHeight(labelFont);
    for (int i = 0; i < m.events().size(); i++) {
      Event e = m.events().get(i);
      List<String> l = Text.wrap(e.label(), labelFont, maxText);
      lines.add(l);
      heights[i] = l.size() * lh + 4;
      want[i] = scale.px(e.date().mid()) - heights[i] / 2;
    }
    double[] at = Spread.along(want, heights, area.getMinY(), bottom);

    for (int i = 0; i < m.events().size(); i++) {
      Event e = m.events().get(i);
      double cx = lanesLeft + laneWidth * (e.lane() + 0.5);
      double y = scale.px(e.date().mid());
      double labelMid = at[i] + lh / 2 + 2;
      g.setPaint(theme.muted());
      g.setStroke(new BasicStroke(1f));
      double from = cx;
      for (double[] gap : gapsBehindMarks(m, i, y, lanesLeft, laneWidth, scale)) {
        // Two marks of one lane at the same height leave one gap.
        if (gap[0] > from) {
          g.draw(new Line2D.Double(from, y, gap[0], y));
        }
        from = Math.max(from, gap[1]);
      }
      Path2D leader = new Path2D.Double();
      leader.moveTo(from, y);
      leader.lineTo(lanesRight + 10, y);
      leader.lineTo(labelLeft - 6, labelMid);
      g.draw(leader);
      // The leader ends in its lane's colour: two events of one moment in two lanes share a
      // leader's path across the lanes ("1959", "1959"), and only the colour says whose label is whose.
      g.setPaint(theme.series(e.lane()));
      g.fill(new Ellipse2D.Double(labelLeft - 6 - LEADER_END / 2, labelMid - LEADER_END / 2, LEADER_END, LEADER_END));
    }
    for (int i = 0; i < m.events().size(); i++) {
      Event e = m.events().get(i);
      double cx = lanesLeft + laneWidth * (e.lane() + 0.5);
      Shape mark = markShape(cx, markSpan(e, scale));
      Shape earlier = earlierMarkUnder(m, i, cx, scale);
      if (earlier != null) {
        // Two marks of a lane a few months apart (June and fall 1955) would read as one: a ring
        // in the background's colour, cut into the earlier mark alone, keeps them two.
        Shape clip = g.getClip();
        g.clip(earlier);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(3f));
        g.draw(mark);
        g.setClip(clip);
      }
      g.setPaint(theme.series(e.lane()));
      g.fill(mark);
      double base = at[i] + 2 + Text.ascent(labelFont);
      Text.draw(g, e.date().label(m.frame().locale()), dateFont, theme.text(), labelLeft, base);
      for (String line : lines.get(i)) {
        Text.draw(g, line, labelFont, theme.text(), textLeft, base);
        base += lh;
      }
    }
  }

  /** The marks of earlier events in event {@code i}'s lane that its mark overlaps, as one shape; null for none. */
  private static Shape earlierMarkUnder(TimelineChartModel m, int i, double cx, TimeScale scale) {
    Event e = m.events().get(i);
    double[] span = markSpan(e, scale);
    java.awt.geom.Area under = new java.awt.geom.Area();
    for (int j = 0; j < i; j++) {
      Event other = m.events().get(j);
      double[] o = markSpan(other, scale);
      if (other.lane() == e.lane() && o[0] < span[1] && span[0] < o[1]) {
        under.add(new java.awt.geom.Area(markShape(cx, o)));
      }
    }
    return under.isEmpty() ? null : under;
  }

  private static Shape markShape(double cx, double[] span) {
    return span[1] - span[0] > MARK ? new RoundRectangle2D.Double(cx - MARK / 2, span[0], MARK, span[1] - span[0],
        MARK, MARK) : new Ellipse2D.Double(cx - MARK / 2, span[0], MARK, MARK);
  }

  /** The top and bottom of an event's mark when time runs down the page: its interval, or a dot at least. */
  private static double[] markSpan(Event e, TimeScale scale) {
    double y0 = scale.px(e.date().start());
    double y1 = scale.px(e.date().end());
    if (y1 - y0 <= MARK) {
      y0 = (y0 + y1) / 2 - MARK / 2;
      y1 = y0 + MARK;
    }
    return new double[] {y0, y1};
  }

  /**
   * Where event {@code i}'s leader, running right from its mark at {@code y}, passes another
   * event's mark in a lane to its right: the stretches left out, left to right, so that the leader
   * is seen to pass behind the mark (October 1962's behind the MiG-21 deal of 1962) rather than to
   * join it.
   */
  private static List<double[]> gapsBehindMarks(TimelineChartModel m, int i, double y, double lanesLeft,
      double laneWidth, TimeScale scale) {
    int lane = m.events().get(i).lane();
    List<double[]> gaps = new ArrayList<>();
    for (Event other : m.events()) {
      if (other.lane() <= lane) {
        continue;
      }
      double[] span = markSpan(other, scale);
      if (y >= span[0] - MARK_GAP && y <= span[1] + MARK_GAP) {
        double cx = lanesLeft + laneWidth * (other.lane() + 0.5);
        gaps.add(new double[] {cx - MARK / 2 - MARK_GAP, cx + MARK / 2 + MARK_GAP});
      }
    }
    gaps.sort(java.util.Comparator.comparingDouble(gap -> gap[0]));
    return gaps;
  }

  /**
   * Time down a narrow page: the events as a list in time order, each a row with its mark in its
   * lane's column (named by a key above), its date and its label. The rows are not to scale,
   * so no year axis is drawn: each row's date says when.
   */
  private static void drawList(Graphics2D g, Rectangle2D area, TimelineChartModel m, Theme theme) {
    Font laneFont = Fonts.bold(theme.smallSize());
    Font dateFont = Fonts.bold(theme.smallSize());
    Font labelFont = Fonts.regular(theme.smallSize());
    List<String> names = m.lanes().stream().map(TimelineChartModel.Lane::name).toList();
    double top = area.getMinY() + KeyLayout.height(names, laneFont, area.getWidth()) + 16;
    double lanesLeft = area.getMinX();
    double laneWidth = LIST_LANE;
    double labelLeft = lanesLeft + laneWidth * m.lanes().size() + 16;
    double lh = Text.lineHeight(labelFont);
    Key.draw(g, theme, laneFont, area.getMinX(), area.getMinY(), area.getWidth(), names);
    double bottom = top;
    List<List<String>> lines = new ArrayList<>();
    for (Event e : m.events()) {
      lines.add(Text.wrap(e.label(), labelFont, area.getMaxX() - labelLeft));
      bottom += (lines.get(lines.size() - 1).size() + 1) * lh + LIST_GAP;
    }
    // Each lane a faint rule down its column, so a mark's column reads as its kind.
    g.setStroke(new BasicStroke(1f));
    g.setPaint(theme.grid());
    for (int i = 0; i < m.lanes().size(); i++) {
      double cx = lanesLeft + laneWidth * (i + 0.5);
      g.draw(new Line2D.Double(cx, top, cx, bottom - LIST_GAP));
    }
    double y = top;
    for (int i = 0; i < m.events().size(); i++) {
      Event e = m.events().get(i);
      double cx = lanesLeft + laneWidth * (e.lane() + 0.5);
      double mid = y + lh / 2;
      g.setPaint(theme.muted());
      g.draw(new Line2D.Double(cx + MARK / 2, mid, labelLeft - 6, mid));
      g.setPaint(theme.series(e.lane()));
      g.fill(new Ellipse2D.Double(cx - MARK / 2, mid - MARK / 2, MARK, MARK));
      double base = y + Text.ascent(labelFont);
      Text.draw(g, e.date().label(m.frame().locale()), dateFont, theme.text(), labelLeft, base);
      for (String line : lines.get(i)) {
        base += lh;
        Text.draw(g, line, labelFont, theme.text(), labelLeft, base);
      }
      y += (lines.get(i).size() + 1) * lh + LIST_GAP;
    }
  }
}
