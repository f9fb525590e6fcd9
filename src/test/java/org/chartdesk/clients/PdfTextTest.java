package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chartdesk.export.PdfExporter;
import org.chartdesk.theme.Fonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF exporter's text at its edges, which the shipped story does not reach: Cyrillic, and text
 * that no bundled font can set.
 */
class PdfTextTest {
  @TempDir Path dir;

  @Test
  void cyrillicIsRealTextInTheBundledFonts() throws Exception {
    Tools.require("qpdf", "pdffonts", "pdftotext");
    Path pdf = export(new TextTitle("Никита Хрущёв в Индии, 1955", Fonts.bold(24)),
        new TextTitle("Михаил Горбачёв в Нью-Дели, 1986", Fonts.regular(14)));
    Pdfs.assertValidWithBundledFontsOnly(dir, pdf);
    assertThat(Pdfs.text(dir, pdf)).contains("Никита Хрущёв в Индии, 1955", "Михаил Горбачёв в Нью-Дели, 1986");
  }

  @Test
  void textNoBundledFontCanSetIsDrawnAsOutlinesNeverInAFontThatIsNotEmbedded() throws Exception {
    Tools.require("qpdf", "pdffonts", "pdftotext");
    Path pdf = export(new TextTitle("Set in the bundled font", Fonts.regular(14)),
        new TextTitle("Set in a machine font", new Font(Font.SERIF, Font.PLAIN, 14)),
        // U+262D, which Liberation Sans has no glyph for.
        new TextTitle("Hammer and sickle \u262d", Fonts.regular(14)));
    Pdfs.assertValidWithBundledFontsOnly(dir, pdf);
    assertThat(Pdfs.text(dir, pdf)).contains("Set in the bundled font")
        .doesNotContain("machine font").doesNotContain("sickle");
  }

  private Path export(TextTitle... titles) throws Exception {
    JFreeChart chart = new JFreeChart(null, null, new XYPlot(), false);
    chart.setBackgroundPaint(Color.WHITE);
    for (TextTitle title : titles) {
      chart.addSubtitle(title);
    }
    return Files.write(dir.resolve("chart.pdf"), PdfExporter.export(chart, 400, 200, "test", "en"));
  }
}
