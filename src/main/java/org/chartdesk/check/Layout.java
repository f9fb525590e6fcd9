package org.chartdesk.check;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.TextMetrics;
import org.chartdesk.theme.Theme;

/**
 * Where text goes, measured with the bundled fonts' real metrics in the context every export draws
 * with. It mirrors the house frame (title, subtitle, plot, notes, source) closely enough to tell
 * text that cannot fit from text that can; it does not place anything.
 */
final class Layout {
  private Layout() {}

  /** One block of the frame's text. */
  record Block(String role, String text, Font font, double above, double below) {}

  /** The widest single word of a text, which no wrapping can break. */
  static String widestWord(String s, Font font) {
    String widest = "";
    double w = -1;
    for (String word : s.split(" ")) {
      double ww = TextMetrics.width(word, font);
      if (ww > w) {
        w = ww;
        widest = word;
      }
    }
    return widest;
  }

  /** The width text of the frame wraps to: the chart less its side margins. */
  static double textWidth(Frame f, Theme t) {
    return f.width() - 2.0 * t.margin();
  }

  /** The frame's text blocks, top to bottom, with the space around each as the house frame sets it. */
  static List<Block> blocks(Frame f, Theme t) {
    List<Block> out = new ArrayList<>();
    out.add(new Block("title", f.title(), Fonts.bold(t.titleSize()), 0, 6));
    if (f.subtitle() != null) {
      out.add(new Block("subtitle", f.subtitle(), Fonts.regular(t.subtitleSize()), 0, 14));
    }
    for (int i = 0; i < f.notes().size(); i++) {
      out.add(new Block("note", f.locale().note() + ": " + f.notes().get(i), Fonts.regular(t.smallSize()), i == 0 ? 14 : 2, 0));
    }
    out.add(new Block("source line", f.sourceLine(), Fonts.regular(t.smallSize()),
        f.notes().isEmpty() ? 14 : 4, 0));
    return out;
  }

  /** Height taken by padding and the frame's text at the chart's width. */
  static double frameHeight(Frame f, Theme t) {
    double h = t.margin() * (0.75 + 0.6);
    for (Block b : blocks(f, t)) {
      h += b.above() + b.below() + TextMetrics.wrap(b.text(), b.font(), textWidth(f, t)).size() * TextMetrics.lineHeight(b.font());
    }
    return h;
  }

  /** The plot's area: the chart less padding and the frame's text. */
  static Rectangle2D plotArea(Frame f, Theme t) {
    double top = t.margin() * 0.75;
    double bottomText = 0;
    for (Block b : blocks(f, t)) {
      double h = b.above() + b.below() + TextMetrics.wrap(b.text(), b.font(), textWidth(f, t)).size() * TextMetrics.lineHeight(b.font());
      if (b.role().equals("title") || b.role().equals("subtitle")) {
        top += h;
      } else {
        bottomText += h;
      }
    }
    double bottom = f.height() - t.margin() * 0.6 - bottomText;
    return new Rectangle2D.Double(t.margin(), top, textWidth(f, t), Math.max(0, bottom - top));
  }
}
