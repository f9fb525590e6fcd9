package org.chartdesk.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.FrameSpacing;
import org.chartdesk.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house frame around every chart: bold left-aligned title, subtitle, then the plot, then notes
 * and the source line, wrapped to the width as an editor sets them ({@link FrameTitle}).
 */
final class Chrome {
  private Chrome() {}

  static JFreeChart frame(Plot plot, Frame frame, Theme theme) {
    JFreeChart chart = new JFreeChart(null, Fonts.bold(theme.titleSize()), plot, false);
    chart.setBackgroundPaint(theme.background());
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    // JFreeChart sets pure strokes as it draws; each format chooses (export/Drawing).
    chart.getRenderingHints().remove(java.awt.RenderingHints.KEY_STROKE_CONTROL);
    int m = theme.margin();
    chart.setPadding(new RectangleInsets(m * FrameSpacing.TOP, m, m * FrameSpacing.BOTTOM, m));
    chart.addSubtitle(new FrameTitle(frame.title(), Fonts.bold(theme.titleSize()), theme.text(), RectangleEdge.TOP, 0,
        FrameSpacing.BELOW_TITLE, true));
    if (frame.subtitle() != null) {
      chart.addSubtitle(text(frame.subtitle(), Fonts.regular(theme.subtitleSize()), theme.secondaryText(),
          RectangleEdge.TOP, 0, FrameSpacing.BELOW_SUBTITLE));
    }
    // Bottom titles stack upwards from the edge: the source line first, so notes sit above it.
    List<String> notes = frame.notes();
    TextTitle source = text(frame.sourceLine(), Fonts.regular(theme.smallSize()), theme.secondaryText(),
        RectangleEdge.BOTTOM, notes.isEmpty() ? FrameSpacing.ABOVE_FOOTER : FrameSpacing.ABOVE_SOURCE_AFTER_NOTES, 0);
    chart.addSubtitle(frame.logo() == null ? source : withLogo(source, frame.logo(), theme));
    for (int i = notes.size() - 1; i >= 0; i--) {
      chart.addSubtitle(text(frame.noteLine(notes.get(i)), Fonts.regular(theme.smallSize()),
          theme.secondaryText(), RectangleEdge.BOTTOM, i == 0 ? FrameSpacing.ABOVE_FOOTER : FrameSpacing.BETWEEN_NOTES,
          0));
    }
    plot.setBackgroundPaint(theme.background());
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(0, 0, 0, 0));
    return chart;
  }

  /** The source line with the project's logo at its right. */
  private static Title withLogo(TextTitle source, Path logo, Theme theme) {
    try {
      return new Footer(source, ImageIO.read(logo.toFile()), theme.logoHeight());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TextTitle text(String s, java.awt.Font font, java.awt.Paint paint, RectangleEdge edge,
      double top, double bottom) {
    return new FrameTitle(s, font, paint, edge, top, bottom, false);
  }
}
