package org.chartdesk.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts bundled with the tool (Liberation Sans, SIL Open Font Licence). Every size and style is
 * derived from these objects; fonts are never looked up by family name, which would pick whatever
 * the machine has installed.
 */
public final class Fonts {
  public static final String FAMILY = "Liberation Sans";
  private static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf");
  private static final Font BOLD = load("liberation/LiberationSans-Bold.ttf");

  private Fonts() {}

  public static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  private static Font load(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing: " + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
