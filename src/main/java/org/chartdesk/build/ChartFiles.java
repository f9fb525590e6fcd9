package org.chartdesk.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chartdesk.dataset.StoryLoader;

/**
 * A drawn chart's files, written and hashed as soon as it is drawn, on the thread that drew it:
 * with {@code --jobs 2} the writing and hashing then happen while other charts are drawn, not
 * after the last one. Each file is written atomically, as at the end ({@link OutputWriter}); the
 * manifest, written last, still says which files a build made.
 */
final class ChartFiles {
  private final OutputWriter writer;
  private final Set<String> ours = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();

  ChartFiles(OutputWriter writer) {
    this.writer = writer;
  }

  /** A chart's file that could not be written; the chart fails, the others go on. */
  static final class Failed extends IOException {
    final String path;

    Failed(String path, IOException cause) {
      super(path, cause);
      this.path = path;
    }

    /** The failure behind a task's, however the pool wrapped it; null when it is another. */
    static Failed in(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof Failed f) {
          return f;
        }
      }
      return null;
    }
  }

  /**
   * Writes the files of a chart just drawn, those that differ from what is there, and returns the
   * chart with them in place: their bytes let go, but for the 1x PNG, which the workbook shows.
   */
  ChartResult write(ChartResult drawn) throws Failed {
    List<Output> placed = new ArrayList<>(drawn.outputs().size());
    for (Output o : drawn.outputs()) {
      Output hashed = o.hashed(StoryLoader.sha256(o.bytes()));
      ours.add(o.path());
      try {
        if (writer.writeIfChanged(o.path(), o.bytes())) {
          changed.add(o.path());
        }
      } catch (IOException e) {
        throw new Failed(o.path(), e);
      }
      placed.add(o.path().equals(Build.workbookImage(drawn.id())) ? hashed : hashed.inPlace());
    }
    return new ChartResult(drawn.id(), drawn.status(), List.copyOf(placed), drawn.millis());
  }

  /** Whether the file is one of a chart written here (whether or not its bytes changed). */
  boolean has(String path) {
    return ours.contains(path);
  }

  /** Whether the file was written here because its bytes changed. */
  boolean changed(String path) {
    return changed.contains(path);
  }
}
