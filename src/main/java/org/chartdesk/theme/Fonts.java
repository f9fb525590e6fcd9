package org.chartdesk.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.io.TempFolder;

/**
 * The fonts bundled with the tool (Liberation Sans, SIL Open Font Licence). Every size and style is
 * derived from these objects; fonts are never looked up by family name, which would pick whatever
 * the machine has installed.
 */
public final class Fonts {
  public static final String FAMILY = "Liberation Sans";
  /** Regular and bold, once loaded. */
  private static volatile List<Face> faces;
  /** Why they could not be loaded: said to every caller, the build's thread too, not only the first. */
  private static RuntimeException failure;

  private Fonts() {}

  public static Font regular(float size) {
    return faces().get(0).font.deriveFont(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    return faces().get(1).font.deriveFont(Font.PLAIN, size);
  }

  /** Every bundled face, for formats that embed the font file itself. */
  public static List<Face> faces() {
    List<Face> loaded = faces;
    return loaded != null ? loaded : load();
  }

  /**
   * Loads the faces ahead, on a thread of their own, while the build reads the project: a
   * failure is kept and thrown to the build when it first needs a font, with its own message.
   * Loaded in a class initialiser, a failure on that thread would have left the build only
   * "Could not initialize class".
   */
  public static void loadAhead() {
    try {
      faces();
    } catch (RuntimeException e) {
      // Kept by load(), and said where the build needs the fonts.
    }
  }

  private static synchronized List<Face> load() {
    if (faces == null && failure == null) {
      try {
        faces = List.of(Face.load("liberation/LiberationSans-Regular.ttf"),
            Face.load("liberation/LiberationSans-Bold.ttf"));
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return faces;
  }

  /** A bundled face: the font the renderers draw with and the TrueType file it was made from. */
  public static final class Face {
    private final Font font;
    private final byte[] file;

    private Face(Font font, byte[] file) {
      this.font = font;
      this.file = file;
    }

    /** The name every font derived from this face reports as {@link Font#getFontName()}. */
    public String name() {
      return font.getFontName();
    }

    public InputStream open() {
      return new ByteArrayInputStream(file);
    }

    private static Face load(String resource) {
      try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("bundled font missing: " + resource);
        }
        byte[] file = in.readAllBytes();
        // Java draws a font from a file. Made from bytes, a font is copied to a file of Java's
        // own, which a killed build leaves behind; this one is in the build's folder, which the
        // next build removes.
        Path copy = TempFolder.of().resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.write(copy, file);
        copy.toFile().deleteOnExit();
        return new Face(Font.createFont(Font.TRUETYPE_FONT, copy.toFile()), file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not copy the bundled font " + resource
            + " to the temporary folder " + System.getProperty("java.io.tmpdir") + ", where Java draws fonts from", e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
