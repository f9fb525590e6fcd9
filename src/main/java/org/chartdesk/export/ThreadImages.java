package org.chartdesk.export;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The opaque images charts are drawn into, kept by each thread that draws a size a second time,
 * for its next chart of that size. A 2x chart's image is 13 MB: 200 charts made anew filled the
 * young generation every few charts, each collection stopping every worker (200 charts with
 * --jobs 2: 68 pauses, 0.43 s; kept, 34 and 0.23 s). An image kept after a thread's first chart
 * made a one-chart build slower (the collector copies it to the old generation, whose pages are
 * touched for the first time), hence the second time. A thread remembers its two latest sizes (a
 * chart's 1x and 2x), so it never holds more than two images. A kept image is cleared to black, as
 * a new one is, so the pixels drawn are the same; it is this thread's until it draws that size
 * again.
 */
final class ThreadImages {
  private static final ThreadLocal<ThreadImages> OF_THREAD = ThreadLocal.withInitial(ThreadImages::new);

  /** Width and height of the two sizes drawn last, the latest first; 0 for none. */
  private final long[] sizes = new long[2];
  /** The image kept for each size, once it has been drawn twice. */
  private final BufferedImage[] images = new BufferedImage[2];

  private ThreadImages() {}

  /** An image of {@code width} by {@code height} pixels, every one black, for this thread to draw on. */
  static BufferedImage blank(int width, int height) {
    return OF_THREAD.get().take(width, height);
  }

  private BufferedImage take(int width, int height) {
    long size = (long) width << 32 | height;
    if (sizes[0] != size && sizes[1] != size) {
      sizes[1] = sizes[0];
      images[1] = images[0];
      sizes[0] = size;
      images[0] = null;
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }
    if (sizes[1] == size) {
      sizes[1] = sizes[0];
      sizes[0] = size;
      BufferedImage other = images[1];
      images[1] = images[0];
      images[0] = other;
    }
    if (images[0] == null) {
      images[0] = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    } else {
      clear(images[0]);
    }
    return images[0];
  }

  /**
   * Makes every pixel black through Java2D's own fill, at the speed of memory: {@code Arrays.fill}
   * is a loop of the short-lived JVM's C1 code here, and made 200 charts with one job slower.
   */
  private static void clear(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    try {
      g.setComposite(AlphaComposite.Src);
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
    } finally {
      g.dispose();
    }
  }
}
