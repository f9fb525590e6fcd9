package org.chartdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.NodeList;

/** Whatever the encoder chooses, a reader gets back every pixel as drawn and the alt text. */
class PngEncoderTest {
  private static final String ALT = "Column chart: cases fell from 3,789 in 1973 to 411 in 1977 — Москва";

  /** A chart of few colours is indexed (colour type 3), a picture of many is RGB (2). */
  @ParameterizedTest
  @CsvSource({"false, 3", "true, 2"})
  void decodesToTheSamePixelsIndexedOrNot(boolean manyColours, int colourType) throws IOException {
    BufferedImage image = drawing(manyColours);
    byte[] png = PngEncoder.encode(image, ALT);
    assertThat(png[25]).as("the colour type in the IHDR").isEqualTo((byte) colourType);
    assertSamePixels(image, png);
  }

  @Test
  void aLargeImageDeflatedInChunksDecodesToTheSamePixels() throws IOException {
    BufferedImage image = drawing(true, 1600, 900);
    assertThat(3 * 1600 * 900).isGreaterThan(2 * ChunkedDeflate.CHUNK);
    assertSamePixels(image, PngEncoder.encode(image, ALT));
  }

  /**
   * RGB rows are written as their differences from the row above, run by run of pixels that
   * differ: rows that repeat but for a few pixels, at either end or alone, decode the same.
   */
  @Test
  void rowsThatDifferFromTheRowAboveInFewPixelsDecodeTheSame() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    BufferedImage image = drawing(true, 257, 120);
    for (int y = 60; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, image.getRGB(x, y - 1));
      }
      for (int n = random.nextInt(4); n > 0; n--) {
        int x = List.of(0, image.getWidth() - 1, random.nextInt(image.getWidth())).get(random.nextInt(3));
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    byte[] png = PngEncoder.encode(image, ALT);
    assertThat(png[25]).as("the colour type in the IHDR: RGB").isEqualTo((byte) 2);
    assertSamePixels(image, png);
  }

  @Test
  void theAltTextTravelsInAnItxtDescription() throws IOException {
    assertThat(description(PngEncoder.encode(drawing(false), ALT))).isEqualTo(ALT);
  }

  @Test
  void theSameImageGivesTheSameBytes() {
    assertThat(PngEncoder.encode(drawing(true), ALT)).isEqualTo(PngEncoder.encode(drawing(true), ALT));
  }

  /**
   * A thread keeps its room for a chunk's rows from one image to the next: an image's bytes are
   * the same whatever the thread encoded before it (a chart's never carry another's rows).
   */
  @Test
  void anImagesBytesDoNotDependOnWhatItsThreadEncodedBefore() throws Exception {
    BufferedImage plain = drawing(true, 1600, 900);
    BufferedImage busy = drawing(true, 1600, 900);
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int y = 0; y < busy.getHeight(); y++) {
      for (int x = 0; x < busy.getWidth(); x++) {
        busy.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    byte[] alone = onANewThread(() -> PngEncoder.encode(plain, ALT));
    byte[] after = onANewThread(() -> {
      PngEncoder.encode(busy, ALT);
      return PngEncoder.encode(plain, ALT);
    });
    assertThat(after).isEqualTo(alone);
    assertSamePixels(plain, after);
  }

  static byte[] onANewThread(Callable<byte[]> work) throws Exception {
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      return thread.submit(work).get();
    } finally {
      thread.shutdown();
    }
  }

  private static BufferedImage drawing(boolean gradient) {
    return drawing(gradient, 301, 97);
  }

  /** Anti-aliased text and a bar on white; with a gradient on the right half, thousands of colours. */
  private static BufferedImage drawing(boolean gradient, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f77b4));
    g.fillRect(10, 40, 120, 50);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("Cases fell sharply", 10, 25);
    g.dispose();
    if (gradient) {
      for (int y = 0; y < height; y++) {
        for (int x = width / 2; x < width; x++) {
          image.setRGB(x, y, (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | (x + y) % 256);
        }
      }
    }
    return image;
  }

  private static void assertSamePixels(BufferedImage expected, byte[] png) throws IOException {
    BufferedImage actual = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    int[] want = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
    int[] got = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
    assertThat(got).isEqualTo(want);
  }

  private static String description(byte[] png) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
      reader.setInput(in);
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      NodeList entries = root.getElementsByTagName("iTXtEntry");
      assertThat(entries.getLength()).isEqualTo(1);
      IIOMetadataNode entry = (IIOMetadataNode) entries.item(0);
      assertThat(entry.getAttribute("keyword")).isEqualTo("Description");
      return entry.getAttribute("text");
    } finally {
      reader.dispose();
    }
  }
}
