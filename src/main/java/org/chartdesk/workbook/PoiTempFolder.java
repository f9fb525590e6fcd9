package org.chartdesk.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A temporary folder of this process's own for POI's files (a streamed workbook's sheets). POI's
 * default is one shared folder, {@code poifiles} in the system's temporary folder, made by whichever
 * user ran POI first and closed to every other: the next user's build failed there.
 */
final class PoiTempFolder {
  private static boolean made;

  private PoiTempFolder() {}

  /** Points POI at the folder, made on first use and removed when the JVM exits. */
  static synchronized void use() {
    if (made) {
      return;
    }
    try {
      Path folder = Files.createTempDirectory("chartdesk-poi-");
      // Emptied by the streamed workbooks themselves when they are closed.
      folder.toFile().deleteOnExit();
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
      made = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
