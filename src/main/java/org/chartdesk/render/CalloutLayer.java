package org.chartdesk.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.Callout;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;

/**
 * Notes pinned to data points. Each note tries a fixed list of places around its point, nearest
 * first, and takes the first that stays inside the plot and touches neither the data (bars, line
 * segments, value labels: the obstacles the renderer declares) nor a note already placed. A label
 * sits beside its point; an arrow's words stand further off, with a pointer to the point. A label
 * with no free place beside its point (in a narrow chart, say) stands off as an arrow's words do,
 * joined to its point by a leader line. Where no place is free for the words wrapped to a quarter
 * of the plot, they wrap wider; when no place is free at any width the note takes the place it
 * overlaps least, inside the plot where it fits, and the drawn check refuses the chart.
 */
final class CalloutLayer {
  /** Directions tried, as unit offsets of the text box from the point: above first, as readers expect. */
  private static final double[][] DIRECTIONS = {
      {0, -1}, {1, -1}, {-1, -1}, {1, 0}, {-1, 0}, {0, 1}, {1, 1}, {-1, 1}};
  private static final double PAD = 3;

  private final Theme theme;
  private final Font font;
  private final Rectangle2D bounds;
  private final List<Shape> obstacles = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();

  /**
   * @param anchor what the note is about: its point, or the point with its value label
   * @param pointed whether a line joins the words to the anchor: an arrow's, or a label's leader
   */
  private record Placed(Callout callout, Anchor anchor, Rectangle2D box, List<String> lines, boolean pointed) {}

  /**
   * What a note is about: its point, or the point with its value label ({@code all}), which the
   * note's words stand clear of; a pointer heads for the value label only from above it, else for
   * the point: headed for the nearest corner of the two together, the leader of a note left of a
   * point whose label stood above it ended in the empty corner beside the label, where the line
   * into the point passed (the examples' line at its social size).
   */
  private record Anchor(Rectangle2D all, Rectangle2D point) {
    Rectangle2D target(Rectangle2D box) {
      return box.getMaxY() <= all.getMinY() ? all : point;
    }
  }

  /** @param bounds the plot: no note leaves it */
  CalloutLayer(Theme theme, Rectangle2D bounds) {
    this.theme = theme;
    this.font = Fonts.regular(theme.smallSize());
    this.bounds = bounds;
  }

  /** Something drawn that notes must not cover: a bar, a label, a segment of a line. */
  void avoid(Shape shape) {
    obstacles.add(shape);
  }

  /** Places a note at the point, in order of call: earlier notes keep their places. */
  void place(Callout c, double px, double py) {
    Rectangle2D point = new Rectangle2D.Double(px, py, 0, 0);
    place(c, point, point);
  }

  /**
   * Places a note about what {@code all} covers (a point and its value label, read as one): its
   * words stand around it, and a pointer or leader ends at the point, or at the label from above.
   */
  void place(Callout c, Rectangle2D all, Rectangle2D point) {
    Anchor anchor = new Anchor(all, point);
    // Wrapped to a quarter of the plot first. Where the words then have no place clear of what is
    // drawn (a tall note in a short plot ran into the gap's label under it), wider and so fewer
    // lines, up to the plot's width; if none is clear either, the place that overlaps least.
    Placed fallback = null;
    double fallbackCost = Double.MAX_VALUE;
    for (double width = Math.max(120, bounds.getWidth() / 4); ; width *= 1.5) {
      Placed p = placed(c, anchor, Text.wrap(c.text(), font, Math.min(width, bounds.getWidth())));
      if (!touches(p.box())) {
        add(p);
        return;
      }
      double cost = cost(p.box(), p.pointed() ? pointer(p.box(), anchor) : null);
      if (cost < fallbackCost) {
        fallback = p;
        fallbackCost = cost;
      }
      if (width >= bounds.getWidth()) {
        add(fallback);
        return;
      }
    }
  }

  /** The first free place for the note's lines around the anchor, or the one it overlaps least. */
  private Placed placed(Callout c, Anchor anchor, List<String> lines) {
    double gap = 8;
    double w = lines.stream().mapToDouble(l -> Text.width(l, font)).max().orElse(0);
    double h = lines.size() * Text.lineHeight(font);
    double[] standingOff = {5 * gap, 8 * gap, 12 * gap, 16 * gap, 20 * gap};
    boolean arrow = c.kind() == Callout.Kind.ARROW;
    Rectangle2D best = null;
    double bestCost = Double.MAX_VALUE;
    for (double reach : arrow ? standingOff : new double[] {gap}) {
      for (double[] d : DIRECTIONS) {
        Rectangle2D box = box(anchor.all(), w, h, d, reach);
        double cost = cost(box, arrow ? pointer(box, anchor) : null);
        if (cost < bestCost) {
          best = box;
          bestCost = cost;
        }
        if (cost == 0) {
          return new Placed(c, anchor, box, lines, arrow);
        }
      }
    }
    // A label whose best place beside its point only comes within the padding of something keeps it.
    if (!arrow && touches(best)) {
      for (double reach : standingOff) {
        for (double[] d : DIRECTIONS) {
          Rectangle2D box = box(anchor.all(), w, h, d, reach);
          if (cost(box, pointer(box, anchor)) == 0) {
            return new Placed(c, anchor, box, lines, true);
          }
        }
      }
    }
    return new Placed(c, anchor, clamp(best), lines, arrow);
  }

  /** Whether the words' own box (not its padding) leaves the plot or meets something drawn. */
  private boolean touches(Rectangle2D box) {
    return !bounds.contains(box) || obstacles.stream().anyMatch(s -> s.intersects(box));
  }

  private void add(Placed p) {
    placed.add(p);
    obstacles.add(grow(p.box()));
    if (p.pointed()) {
      obstacles.add(pointer(p.box(), p.anchor()));
    }
  }

  /** The text box offset from the anchor in a direction: its near edge or corner {@code reach} away. */
  private static Rectangle2D box(Rectangle2D anchor, double w, double h, double[] d, double reach) {
    double x = d[0] == 0 ? anchor.getCenterX() - w / 2
        : d[0] > 0 ? anchor.getMaxX() + reach * 0.7 : anchor.getMinX() - reach * 0.7 - w;
    double slant = d[0] == 0 ? 1 : 0.7;
    double y = d[1] == 0 ? anchor.getCenterY() - h / 2
        : d[1] > 0 ? anchor.getMaxY() + reach * slant : anchor.getMinY() - reach * slant - h;
    return new Rectangle2D.Double(x, y, w, h);
  }

  /**
   * How bad a place is: zero when free, else the area it overlaps (or lies outside the plot), and
   * more for each thing its pointer, if any, crosses.
   */
  private double cost(Rectangle2D box, Line2D pointer) {
    Rectangle2D padded = grow(box);
    Rectangle2D pointerBounds = pointer == null ? null : pointer.getBounds2D();
    if (pointerBounds != null) {
      pointerBounds.add(pointerBounds.getMaxX() + 0.5, pointerBounds.getMaxY() + 0.5);
    }
    double cost = 0;
    if (!bounds.contains(box)) {
      Rectangle2D inside = box.createIntersection(bounds);
      cost += box.getWidth() * box.getHeight() - Math.max(0, inside.getWidth()) * Math.max(0, inside.getHeight()) + 1;
    }
    for (Shape s : obstacles) {
      if (s.intersects(padded)) {
        Rectangle2D overlap = s.getBounds2D().createIntersection(padded);
        cost += 1 + Math.max(0, overlap.getWidth()) * Math.max(0, overlap.getHeight());
      }
      // A vertical or level pointer's bounds have no width or height, which a shape never meets.
      if (pointer != null && s.intersects(pointerBounds) && crosses(s, pointer)) {
        cost += 100;
      }
    }
    return cost;
  }

  /** Whether a pointer crosses a shape: tested on short pieces, since shapes only test boxes. */
  private static boolean crosses(Shape s, Line2D l) {
    int pieces = 16;
    for (int i = 0; i < pieces; i++) {
      double x0 = l.getX1() + (l.getX2() - l.getX1()) * i / pieces;
      double y0 = l.getY1() + (l.getY2() - l.getY1()) * i / pieces;
      double x1 = l.getX1() + (l.getX2() - l.getX1()) * (i + 1) / pieces;
      double y1 = l.getY1() + (l.getY2() - l.getY1()) * (i + 1) / pieces;
      if (s.intersects(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0) + 0.5, Math.abs(y1 - y0) + 0.5)) {
        return true;
      }
    }
    return false;
  }

  private Rectangle2D clamp(Rectangle2D box) {
    double x = Math.max(bounds.getMinX(), Math.min(box.getX(), bounds.getMaxX() - box.getWidth()));
    double y = Math.max(bounds.getMinY(), Math.min(box.getY(), bounds.getMaxY() - box.getHeight()));
    return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
  }

  private static Rectangle2D grow(Rectangle2D r) {
    return new Rectangle2D.Double(r.getX() - PAD, r.getY() - PAD, r.getWidth() + 2 * PAD, r.getHeight() + 2 * PAD);
  }

  /** The pointer from the text box's nearest edge to just short of its target's nearest point. */
  private static Line2D pointer(Rectangle2D box, Anchor to) {
    Rectangle2D anchor = to.target(box);
    double px = Math.max(anchor.getMinX(), Math.min(box.getCenterX(), anchor.getMaxX()));
    double py = Math.max(anchor.getMinY(), Math.min(box.getCenterY(), anchor.getMaxY()));
    double sx = Math.max(box.getMinX(), Math.min(px, box.getMaxX()));
    double sy = Math.max(box.getMinY() - 2, Math.min(py, box.getMaxY() + 2));
    if (sx > box.getMinX() && sx < box.getMaxX()) {
      sy = py < box.getMinY() ? box.getMinY() - 2 : box.getMaxY() + 2;
    } else {
      sx += sx <= box.getMinX() ? -3 : 3;
      sy = box.getCenterY();
    }
    double len = Math.hypot(px - sx, py - sy);
    double stop = Math.min(7, len / 3);
    return new Line2D.Double(sx, sy, px - (px - sx) / len * stop, py - (py - sy) / len * stop);
  }

  /** Where each note's words stand, in order of placing. */
  List<Rectangle2D> boxes() {
    return placed.stream().map(Placed::box).toList();
  }

  /** Each note's pointer or leader as drawn, in order of placing; null for a note beside its point. */
  List<Line2D> pointers() {
    return placed.stream().map(p -> p.pointed() ? pointer(p.box(), p.anchor()) : null).toList();
  }

  void draw(Graphics2D g) {
    double lh = Text.lineHeight(font);
    for (Placed p : placed) {
      if (p.callout.kind() == Callout.Kind.ARROW) {
        arrow(g, pointer(p.box, p.anchor));
      } else if (p.pointed) {
        g.setPaint(theme.text());
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pointer(p.box, p.anchor));
      }
      // Lines of a note beside the anchor's left or right align towards it; above or below, centred.
      boolean right = p.box.getMinX() >= p.anchor.all().getMaxX();
      boolean left = p.box.getMaxX() <= p.anchor.all().getMinX();
      for (int i = 0; i < p.lines.size(); i++) {
        String line = p.lines.get(i);
        double w = Text.width(line, font);
        double x = right ? p.box.getMinX() : left ? p.box.getMaxX() - w : p.box.getCenterX() - w / 2;
        Text.draw(g, line, font, theme.text(), x, p.box.getMinY() + i * lh + Text.ascent(font));
      }
    }
  }

  private void arrow(Graphics2D g, Line2D l) {
    g.setPaint(theme.text());
    g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(l);
    double angle = Math.atan2(l.getY2() - l.getY1(), l.getX2() - l.getX1());
    double size = 7;
    Path2D head = new Path2D.Double();
    head.moveTo(l.getX2(), l.getY2());
    head.lineTo(l.getX2() - size * Math.cos(angle - 0.45), l.getY2() - size * Math.sin(angle - 0.45));
    head.lineTo(l.getX2() - size * Math.cos(angle + 0.45), l.getY2() - size * Math.sin(angle + 0.45));
    head.closePath();
    g.fill(head);
  }
}
