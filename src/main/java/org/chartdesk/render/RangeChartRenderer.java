package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.RangeChartModel.Mark;
import org.chartdesk.model.RangeChartModel.Span;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.MarkLabels;
import org.chartdesk.theme.NarrowLayout;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Terms as bars on a year axis, one row per person, grouped by side; dated marks (visits) sit on
 * the rows. A term that began before the axis is drawn cut with a notch and its real start named.
 */
final class RangeChartRenderer {
  private static final double BAR = 14;
  private static final double DIAMOND = 13;

  private RangeChartRenderer() {}

  static JFreeChart render(RangeChartModel m, Theme theme) {
    return Canvas.chart(m.frame(), theme, (g, area) -> draw(g, area, m, theme));
  }

  private static void draw(Graphics2D g, Rectangle2D area, RangeChartModel m, Theme theme) {
    Font nameFont = Fonts.bold(theme.bodySize());
    Font noteFont = Fonts.regular(theme.smallSize());
    Font groupFont = Fonts.bold(theme.bodySize());
    Font markFont = Fonts.regular(theme.smallSize());
    double nameWidth = 0;
    List<String> names = m.rows().stream().map(RangeChartModel.Row::name).toList();
    List<String> notes = new ArrayList<>();
    for (int r = 0; r < m.rows().size(); r++) {
      notes.add(m.rowNote(r));
      nameWidth = Math.max(nameWidth, Math.max(Text.width(names.get(r), nameFont), Text.width(notes.get(r), noteFont)));
    }
    double lineWidth = NarrowLayout.widestLine(names, notes, nameFont, noteFont);
    double axisHeight = Text.lineHeight(Fonts.regular(theme.bodySize())) + 12;
    double legendHeight = m.marksLegend() == null ? 0 : Text.lineHeight(noteFont) + 14;
    // On a narrow chart the names stand above their bars, which then take the whole width.
    boolean above = NarrowLayout.namesAbove(nameWidth + 24, area.getWidth());
    boolean notesUnder = above && NarrowLayout.notesUnderNames(lineWidth, area.getWidth() - 18);
    double left = above ? area.getMinX() + 18 : area.getMinX() + nameWidth + 24;
    double right = area.getMaxX() - 12;
    TimeScale scale = new TimeScale(m.from(), m.to(), left, right);
    AnnotationLayer annotations = new AnnotationLayer(m.frame().annotations(), scale::px, area.getMinX(), right,
        theme);
    double band = annotations.height();
    double groupHeader = Text.lineHeight(groupFont) + 12;
    double rowsHeight = area.getHeight() - axisHeight - legendHeight - band - groupHeader * m.groups().size();
    double rowHeight = Math.min(above ? 96 : 64, rowsHeight / m.rows().size());
    if (m.marksLegend() != null) {
      drawDiamond(g, left + DIAMOND / 2, area.getMinY() + Text.lineHeight(noteFont) / 2, theme);
      Text.draw(g, m.marksLegend(), noteFont, theme.text(), left + DIAMOND + 8,
          area.getMinY() + Text.ascent(noteFont));
    }
    double axisY = area.getMaxY() - axisHeight;
    List<Integer> ticks = scale.acrossTicks(10, theme);
    for (int year : ticks) {
      g.setPaint(theme.grid());
      g.setStroke(new BasicStroke(1f));
      g.draw(new Line2D.Double(scale.px(year), area.getMinY() + legendHeight + band, scale.px(year), axisY));
    }
    annotations.gridlines(ticks.stream().mapToDouble(scale::px).toArray());
    // Annotations behind the bars, their labels in a band of their own above the rows.
    annotations.drawSpans(g, area.getMinY() + legendHeight + band, axisY);
    annotations.drawLinesAndLabels(g, area.getMinY() + legendHeight, axisY);
    double y = area.getMinY() + legendHeight + band;
    for (int gi = 0; gi < m.groups().size(); gi++) {
      Color colour = theme.series(gi);
      g.setPaint(colour);
      g.fill(new Rectangle2D.Double(area.getMinX(), y + 4, 12, 12));
      Text.draw(g, m.groups().get(gi).name(), groupFont, theme.text(), area.getMinX() + 18,
          y + Text.ascent(groupFont) + 1);
      y += groupHeader;
      for (int r = 0; r < m.rows().size(); r++) {
        if (m.rows().get(r).group() != gi) {
          continue;
        }
        double mid;
        if (above) {
          // The name, its note after it (or under it, where the two overrun a line), over the
          // bar; mark labels hang below the bar.
          double nameBaseline = y + Text.ascent(nameFont) + 2;
          String name = m.rows().get(r).name();
          annotations.drawText(g, name, nameFont, theme.text(), area.getMinX() + 18, nameBaseline);
          if (!notes.get(r).isEmpty()) {
            annotations.drawText(g, notes.get(r), noteFont, theme.secondaryText(),
                area.getMinX() + 18 + (notesUnder ? 0 : Text.width(name, nameFont) + 8),
                nameBaseline + (notesUnder ? Text.lineHeight(noteFont) : 0));
          }
          // A row without a note keeps its bar under its name; the row's height has room for both.
          boolean noteLine = notesUnder && !notes.get(r).isEmpty();
          mid = y + Text.lineHeight(nameFont) + (noteLine ? Text.lineHeight(noteFont) : 0) + 4 + BAR / 2;
        } else {
          mid = y + rowHeight * 0.62;
          Text.draw(g, m.rows().get(r).name(), nameFont, theme.text(), area.getMinX() + 18,
              mid - 2);
          if (!notes.get(r).isEmpty()) {
            Text.draw(g, notes.get(r), noteFont, theme.secondaryText(), area.getMinX() + 18,
                mid + Text.ascent(noteFont) + 1);
          }
        }
        for (Span s : m.spans()) {
          if (s.row() == r) {
            drawSpan(g, scale, s, mid, colour, m.from());
          }
        }
        List<Mark> marks = m.marksOf(r);
        double[] xs = marks.stream().mapToDouble(k -> scale.px(k.date().mid())).toArray();
        for (double x : xs) {
          drawDiamond(g, x, mid, theme);
        }
        for (MarkLabels.Label label : MarkLabels.of(xs, marks.stream().map(m::markLabel).toList(), markFont)) {
          double w = Text.width(label.text(), markFont);
          // Under the bar (a phone's rows) a date is centred under its mark, as near the plot's
          // edge as that allows: turned left of it, "May 1985" ended nearer the 1980 gridline
          // than its diamond. Over the bar it stands beside the mark, clear of the bar's end.
          double lx = above ? Math.max(left, Math.min(right - w, (label.firstX() + label.lastX() - w) / 2))
              : label.firstX() + w + MarkLabels.GAP > right ? label.lastX() - w - MarkLabels.GAP
              : label.firstX() + MarkLabels.GAP;
          annotations.drawText(g, label.text(), markFont, theme.text(), lx,
              above ? mid + BAR / 2 + 4 + Text.ascent(markFont) : mid - BAR / 2 - 5);
        }
        y += rowHeight;
      }
    }
    scale.drawHorizontalAxis(g, theme, axisY, left, right, 10);
  }

  private static void drawSpan(Graphics2D g, TimeScale scale, Span s, double mid, Color colour, double from) {
    boolean cut = s.start() < from;
    double x0 = scale.px(Math.max(s.start(), from));
    double x1 = scale.px(s.end());
    g.setPaint(colour);
    Path2D bar = new Path2D.Double();
    bar.moveTo(x0, mid - BAR / 2);
    bar.lineTo(x1, mid - BAR / 2);
    bar.lineTo(x1, mid + BAR / 2);
    bar.lineTo(x0, mid + BAR / 2);
    if (cut) {
      // A notch in the left edge says the bar goes on beyond the axis.
      bar.lineTo(x0 + 7, mid);
    }
    bar.closePath();
    g.fill(bar);
  }

  private static void drawDiamond(Graphics2D g, double x, double y, Theme theme) {
    Path2D d = new Path2D.Double();
    double h = DIAMOND / 2;
    d.moveTo(x, y - h);
    d.lineTo(x + h, y);
    d.lineTo(x, y + h);
    d.lineTo(x - h, y);
    d.closePath();
    g.setPaint(theme.text());
    g.fill(d);
    // Outlined in the background colour so it stands off a bar it sits on, in any theme.
    g.setPaint(theme.background());
    g.setStroke(new BasicStroke(1.5f));
    g.draw(d);
  }
}
