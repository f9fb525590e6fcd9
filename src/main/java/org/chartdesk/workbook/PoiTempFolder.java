package org.chartdesk.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.chartdesk.io.TempFolder;

/** POI's temporary files in the build's own folder ({@link TempFolder}), not the shared {@code poifiles}. */
final class PoiTempFolder {
  private static boolean set;

  private PoiTempFolder() {}

  static synchronized void use() {
    if (set) {
      return;
    }
    try {
      // Emptied by the streamed workbooks themselves when they are closed.
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(TempFolder.of().toFile()));
      set = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
