package org.chartdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Rectangle;
import java.lang.ref.WeakReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class DelegatingGraphicsTest {
  /**
   * {@code java.awt.Graphics} disposes itself when finalized. A wrapper let go while the PDF's
   * Graphics2D was still in use (once the chart was drawn, before the page was closed) ended that
   * drawing from the finalizer's thread, and the PDF failed with PDFBox's "Internal save/restore
   * state error" now and then, when a collection fell in that moment.
   */
  @Test
  void aWrapperLetGoLeavesTheDrawingItWrappedToWhoeverMadeIt() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 100, 100);
      WeakReference<?> wrapper = drawThroughAWrapper(g);
      for (int i = 0; i < 100 && wrapper.get() != null; i++) {
        System.gc();
      }
      assertThat(wrapper.get()).as("the wrapper collected").isNull();
      System.runFinalization();
      g.fill(new Rectangle(20, 20, 10, 10));
      assertThatCode(g::dispose).doesNotThrowAnyException();
    }
  }

  private static WeakReference<?> drawThroughAWrapper(PdfBoxGraphics2D g) {
    OneLineText wrapper = new OneLineText(g);
    wrapper.fill(new Rectangle(0, 0, 10, 10));
    return new WeakReference<>(wrapper);
  }
}
