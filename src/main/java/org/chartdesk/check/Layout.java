package org.chartdesk.check;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.FrameSpacing;
import org.chartdesk.theme.TextMetrics;
import org.chartdesk.theme.Theme;

/**
 * Where text goes, measured with the bundled fonts' real metrics in the context every export draws
 * with. It mirrors the house frame (title, subtitle, plot, notes, source) closely enough to tell
 * text that cannot fit from text that can; it does not place anything.
 */
final class Layout {
  private Layout() {}

  /** Logos' width over height, by file: read once, not at every measure. */
  private static final Map<Path, Double> LOGO_ASPECTS = new ConcurrentHashMap<>();

  /**
   * One block of the frame's text, wrapped to {@code width}, its lines at least {@code least} tall
   * (the source line beside a logo is as tall as the logo).
   */
  record Block(String role, String text, Font font, double above, double below, double width, double least) {
    /** Its height with the space above and below it. */
    double height() {
      return above + below + Math.max(least, TextMetrics.frameLines(text, font, width)
          * TextMetrics.frameLineHeight(font));
    }
  }

  /** The width text of the frame wraps to: the chart less its side margins. */
  private static double textWidth(Frame f, Theme t) {
    return f.width() - 2.0 * t.margin();
  }

  /**
   * The frame's text blocks, top to bottom, with the space around each as the house frame sets it;
   * a project's logo narrows the source line and makes its row at least the logo's height.
   */
  static List<Block> blocks(Frame f, Theme t) {
    double width = textWidth(f, t);
    List<Block> out = new ArrayList<>();
    out.add(new Block("title", f.title(), Fonts.bold(t.titleSize()), 0, FrameSpacing.BELOW_TITLE, width, 0));
    if (f.subtitle() != null) {
      out.add(new Block("subtitle", f.subtitle(), Fonts.regular(t.subtitleSize()), 0, FrameSpacing.BELOW_SUBTITLE,
          width, 0));
    }
    Font small = Fonts.regular(t.smallSize());
    for (int i = 0; i < f.notes().size(); i++) {
      out.add(new Block("note", f.noteLine(f.notes().get(i)), small,
          i == 0 ? FrameSpacing.ABOVE_FOOTER : FrameSpacing.BETWEEN_NOTES, 0, width, 0));
    }
    double logoWidth = f.logo() == null ? 0 : t.logoHeight() * aspect(f.logo()) + FrameSpacing.LOGO_GAP;
    out.add(new Block("source line", f.sourceLine(), small,
        f.notes().isEmpty() ? FrameSpacing.ABOVE_FOOTER : FrameSpacing.ABOVE_SOURCE_AFTER_NOTES, 0, width - logoWidth,
        f.logo() == null ? 0 : t.logoHeight()));
    return out;
  }

  /** A logo's width over its height, from its header; 0 when it cannot be read (the build says why). */
  private static double aspect(Path logo) {
    return LOGO_ASPECTS.computeIfAbsent(logo.toAbsolutePath(), p -> {
      try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
          return 0.0;
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in);
          return (double) reader.getWidth(0) / reader.getHeight(0);
        } finally {
          reader.dispose();
        }
      } catch (IOException e) {
        return 0.0;
      }
    });
  }

  /** The plot's area: the chart less padding and the frame's text. */
  static Rectangle2D plotArea(Frame f, Theme t) {
    double[] edges = plotEdges(f, t);
    return new Rectangle2D.Double(t.margin(), edges[0], textWidth(f, t), Math.max(0, edges[1] - edges[0]));
  }

  /**
   * The height the frame's text leaves the plot: below zero when the text alone is taller than the
   * chart, by as much as it lacks (the plot's area is then empty, not that much less than empty).
   */
  static double plotRoom(Frame f, Theme t) {
    double[] edges = plotEdges(f, t);
    return edges[1] - edges[0];
  }

  /** The plot's top and bottom: below the padding, title and subtitle, above the notes, source and padding. */
  private static double[] plotEdges(Frame f, Theme t) {
    double top = t.margin() * FrameSpacing.TOP;
    double bottomText = 0;
    for (Block b : blocks(f, t)) {
      double h = b.height();
      if (b.role().equals("title") || b.role().equals("subtitle")) {
        top += h;
      } else {
        bottomText += h;
      }
    }
    return new double[] {top, f.height() - t.margin() * FrameSpacing.BOTTOM - bottomText};
  }
}
