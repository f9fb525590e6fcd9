package org.chartdesk.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.chartdesk.io.RawDeflate;

/**
 * The PDF's compressed streams made by {@link RawDeflate}, not by the platform's zlib, so that a
 * PDF's bytes are the same on every machine. PDFBox compresses every stream it writes (the page's
 * drawing, the embedded font subsets, the object streams) through the FlateDecode filter its
 * {@link FilterFactory} holds, which calls the JDK's {@code Deflater}; it has no way to register
 * another, so {@link #install} puts this one in its place. Images go through {@link #IMAGES}, as
 * PDFBox's own image encoder calls {@code Deflater} directly.
 */
final class PdfFlate extends Filter {
  /** Images as RGB samples with their alpha as a soft mask, each deflated here. */
  static final IPdfBoxGraphics2DImageEncoder IMAGES = PdfFlate::image;

  private final Filter decoder;

  private PdfFlate(Filter decoder) {
    this.decoder = decoder;
  }

  /** Makes PDFBox deflate with {@link RawDeflate}; to be done before any PDF is written. */
  static void install() {
    try {
      Field field = FilterFactory.class.getDeclaredField("filters");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
      for (COSName name : new COSName[] {COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION}) {
        Filter current = filters.get(name);
        if (!(current instanceof PdfFlate)) {
          filters.put(name, new PdfFlate(current));
        }
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("this PDFBox keeps its filters elsewhere: PDFs would not be reproducible", e);
    }
  }

  @Override
  public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
      throws IOException {
    return decoder.decode(encoded, decoded, parameters, index);
  }

  @Override
  protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
    encoded.write(RawDeflate.zlib(input.readAllBytes(), RawDeflate.Effort.SMALLER));
  }

  private static PDImageXObject image(PDDocument doc, PDPageContentStream content, Image image,
      IPdfBoxGraphics2DImageEncoder.IPdfBoxGraphics2DImageEncoderEnv env) {
    int width = image.getWidth(null);
    int height = image.getHeight(null);
    BufferedImage argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    argb.createGraphics().drawImage(image, 0, 0, null);
    int[] pixels = argb.getRGB(0, 0, width, height, null, 0, width);
    byte[] rgb = new byte[pixels.length * 3];
    byte[] alpha = new byte[pixels.length];
    boolean opaque = true;
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      rgb[3 * i] = (byte) (p >>> 16);
      rgb[3 * i + 1] = (byte) (p >>> 8);
      rgb[3 * i + 2] = (byte) p;
      alpha[i] = (byte) (p >>> 24);
      opaque &= (p >>> 24) == 0xff;
    }
    try {
      PDImageXObject x = xObject(doc, rgb, width, height, PDDeviceRGB.INSTANCE);
      if (!opaque) {
        x.getCOSObject().setItem(COSName.SMASK, xObject(doc, alpha, width, height, PDDeviceGray.INSTANCE));
      }
      x.setInterpolate(env.getImageInterpolation()
          != IPdfBoxGraphics2DImageEncoder.IPdfBoxGraphics2DImageEncoderEnv.ImageInterpolation.NearestNeigbor);
      return x;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDImageXObject xObject(PDDocument doc, byte[] samples, int width, int height, PDColorSpace space)
      throws IOException {
    return new PDImageXObject(doc, new ByteArrayInputStream(RawDeflate.zlib(samples, RawDeflate.Effort.SMALLER)),
        COSName.FLATE_DECODE, width, height, 8, space);
  }
}
