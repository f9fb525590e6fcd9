package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.model.DateLabels;
import org.chartdesk.model.DateTime;
import org.chartdesk.theme.NewsLocale;

/**
 * Ticks of a continuous time axis at calendar steps (years, quarters, months, weeks, days, hours,
 * minutes): the finest step whose labels, measured in the axis font, leave room between them. A
 * label says what changed since the tick before: "2001" on a year axis; "Jan 2001", then "Apr",
 * "Jul", on a month axis; "3 Jan", then "06:00", "12:00", on an hour axis. The first and last
 * labels are moved inward, never cut at the edge.
 */
final class TimeTicks {
  /** Space kept between neighbouring labels. */
  static final double GAP = 12;
  /** Room per tick along the axis: an axis is read by a few round dates, not as a ruler. */
  static final double ROOM = 80;
  /** Steps tried, finest first. */
  static final List<Step> STEPS = List.of(
      new Step(ChronoUnit.MINUTES, 1), new Step(ChronoUnit.MINUTES, 5), new Step(ChronoUnit.MINUTES, 15),
      new Step(ChronoUnit.MINUTES, 30), new Step(ChronoUnit.HOURS, 1), new Step(ChronoUnit.HOURS, 3),
      new Step(ChronoUnit.HOURS, 6), new Step(ChronoUnit.HOURS, 12), new Step(ChronoUnit.DAYS, 1),
      new Step(ChronoUnit.WEEKS, 1), new Step(ChronoUnit.MONTHS, 1),
      new Step(ChronoUnit.MONTHS, 3), new Step(ChronoUnit.MONTHS, 6), new Step(ChronoUnit.YEARS, 1),
      new Step(ChronoUnit.YEARS, 2), new Step(ChronoUnit.YEARS, 5), new Step(ChronoUnit.YEARS, 10),
      new Step(ChronoUnit.YEARS, 20), new Step(ChronoUnit.YEARS, 25), new Step(ChronoUnit.YEARS, 50),
      new Step(ChronoUnit.YEARS, 100), new Step(ChronoUnit.YEARS, 200), new Step(ChronoUnit.YEARS, 500),
      new Step(ChronoUnit.YEARS, 1000));
  /** More ticks than this are never drawn, and never measured. */
  private static final int MOST = 60;

  /** A calendar step: every {@code count} of the unit (days: every day), at round values (midnight, the 1st, January). */
  record Step(ChronoUnit unit, int count) {
    /** The first tick at or after the moment. */
    LocalDateTime first(LocalDateTime t) {
      LocalDateTime floor = switch (unit) {
        case MINUTES -> t.truncatedTo(ChronoUnit.MINUTES).withMinute(t.getMinute() / count * count);
        case HOURS -> t.truncatedTo(ChronoUnit.HOURS).withHour(t.getHour() / count * count);
        case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
        // Weeks start on Monday, as ISO 8601 and most newsrooms outside the US count them.
        case WEEKS -> t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1);
        case MONTHS -> LocalDate.of(t.getYear(), 1 + (t.getMonthValue() - 1) / count * count, 1).atStartOfDay();
        default -> LocalDate.of(Math.floorDiv(t.getYear(), count) * count, 1, 1).atStartOfDay();
      };
      return floor.isBefore(t) ? next(floor) : floor;
    }

    LocalDateTime next(LocalDateTime t) {
      return t.plus(count, unit);
    }

    /** Roughly how many seconds apart the ticks are, to skip steps too fine to fit. */
    long seconds() {
      return unit.getDuration().getSeconds() * count;
    }
  }

  /** One tick: where it stands, its label and where the label starts. */
  record Tick(long seconds, double x, String label, double labelX) {}

  private TimeTicks() {}

  /**
   * The ticks of the finest step whose labels fit between {@code left} and {@code right} (the
   * edges labels may reach) without touching; at least the first and last moment's when none does.
   *
   * @param px maps local seconds to pixels
   */
  static List<Tick> choose(long from, long to, LongToDoubleFunction px, double left, double right, Font font,
      NewsLocale locale) {
    double width = Math.max(1, px.applyAsDouble(to) - px.applyAsDouble(from));
    for (Step step : STEPS) {
      double perTick = (double) step.seconds() / Math.max(1, to - from) * width;
      if (perTick < GAP) {
        continue;
      }
      List<Tick> ticks = ticks(step, from, to, px, left, right, font, locale);
      if (ticks != null && ticks.size() > Math.max(2, width / ROOM)) {
        continue;
      }
      if (ticks != null && ticks.size() >= 2) {
        return ticks;
      }
    }
    return ends(from, to, px, left, right, font, locale);
  }

  /** The step's ticks, labelled and moved inside the edges, or null when labels would touch. */
  private static List<Tick> ticks(Step step, long from, long to, LongToDoubleFunction px, double left, double right,
      Font font, NewsLocale locale) {
    List<Tick> out = new ArrayList<>();
    LocalDateTime previous = null;
    double end = Double.NEGATIVE_INFINITY;
    for (LocalDateTime t = step.first(DateTime.time(from)); !t.isAfter(DateTime.time(to)); t = step.next(t)) {
      if (out.size() == MOST) {
        return null;
      }
      String label = label(step, t, previous, locale);
      double x = px.applyAsDouble(seconds(t));
      double w = Text.width(label, font);
      double lx = Math.max(left, Math.min(right - w, x - w / 2));
      if (lx < end + GAP) {
        return null;
      }
      out.add(new Tick(seconds(t), x, label, lx));
      end = lx + w;
      previous = t;
    }
    return out;
  }

  /** The first and last moments alone, as dates or times: an axis too short for any round step. */
  private static List<Tick> ends(long from, long to, LongToDoubleFunction px, double left, double right, Font font,
      NewsLocale locale) {
    List<Tick> out = new ArrayList<>();
    for (long s : from == to ? new long[] {from} : new long[] {from, to}) {
      LocalDateTime t = DateTime.time(s);
      String label = s % DatePattern.DAY == 0 ? DateLabels.date(t, locale)
          : DateLabels.dayMonth(t, locale) + " " + DateLabels.time(t, s % 60 != 0);
      double w = Text.width(label, font);
      double x = px.applyAsDouble(s);
      out.add(new Tick(s, x, label, Math.max(left, Math.min(right - w, x - w / 2))));
    }
    return out;
  }

  /** A tick's label: what is new since the tick before (or everything, at the first). */
  static String label(Step step, LocalDateTime t, LocalDateTime previous, NewsLocale locale) {
    boolean newYear = previous == null || previous.getYear() != t.getYear();
    boolean newDay = previous == null || !previous.toLocalDate().equals(t.toLocalDate());
    return switch (step.unit()) {
      case YEARS -> Integer.toString(t.getYear());
      case MONTHS -> newYear ? DateLabels.monthYear(t, locale) : DateLabels.month(t, locale);
      case WEEKS, DAYS -> newYear ? DateLabels.date(t, locale) : DateLabels.dayMonth(t, locale);
      default -> {
        String time = DateLabels.time(t, false);
        if (!newDay) {
          yield time;
        }
        String day = newYear ? DateLabels.date(t, locale) : DateLabels.dayMonth(t, locale);
        // Midnight is the day itself; another first tick says both.
        yield t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day : day + " " + time;
      }
    };
  }

  /** Draws the ticks under the plot's bottom edge. */
  static void draw(Graphics2D g, List<Tick> ticks, double bottom, Font font, java.awt.Color axis,
      java.awt.Color text) {
    g.setStroke(new BasicStroke(1f));
    for (Tick t : ticks) {
      g.setPaint(axis);
      g.draw(new Line2D.Double(t.x(), bottom, t.x(), bottom + 5));
      Text.draw(g, t.label(), font, text, t.labelX(), bottom + 8 + Text.ascent(font));
    }
  }

  private static long seconds(LocalDateTime t) {
    return t.toEpochSecond(java.time.ZoneOffset.UTC);
  }
}
