package org.chartdesk.build;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.chartdesk.dataset.StoryLoader;

/** The tool's version, recorded in the manifest and the workbook. */
public final class Version {
  public static final String VERSION = "0.1.0";

  /**
   * The version and, run from a jar, which build of it: SemVer's build metadata, the first 12
   * digits of the SHA-256 of the jar's table of contents. The version alone stays the same from
   * one change to the tool to the next, and a changed tool must redraw charts a rebuild would
   * otherwise find unchanged. The table of contents holds every entry's name, size and CRC-32
   * (and dates, fixed by the reproducible build), so it changes when any class or font does; it
   * is a few kilobytes at the jar's end, read by every build, even one with nothing to do.
   */
  public static final String TOOL = "chartdesk " + VERSION + build(codeSource());

  private static final int END_RECORD = 0x06054b50;
  private static final int END_RECORD_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;

  private Version() {}

  private static Path codeSource() {
    CodeSource source = Version.class.getProtectionDomain().getCodeSource();
    try {
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** "+" and the digest of the jar's central directory, or nothing when not run from a readable jar. */
  static String build(Path jar) {
    if (jar == null || !Files.isRegularFile(jar)) {
      return "";
    }
    try (RandomAccessFile file = new RandomAccessFile(jar.toFile(), "r")) {
      long length = file.length();
      int tail = (int) Math.min(length, END_RECORD_SIZE + MAX_COMMENT);
      byte[] end = new byte[tail];
      file.seek(length - tail);
      file.readFully(end);
      ByteBuffer b = ByteBuffer.wrap(end).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = tail - END_RECORD_SIZE; i >= 0; i--) {
        if (b.getInt(i) == END_RECORD) {
          long size = Integer.toUnsignedLong(b.getInt(i + 12));
          long offset = Integer.toUnsignedLong(b.getInt(i + 16));
          if (offset + size > length || size > Integer.MAX_VALUE) {
            return "";
          }
          byte[] directory = new byte[(int) size];
          file.seek(offset);
          file.readFully(directory);
          return "+" + StoryLoader.sha256(directory).substring(0, 12);
        }
      }
      return "";
    } catch (IOException e) {
      return "";
    }
  }
}
