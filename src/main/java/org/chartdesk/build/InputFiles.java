package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chartdesk.io.FileBytes;

/**
 * The hash of every file a build reads (the data package, its CSVs and source texts, the chart
 * specs), without parsing any: enough to know that nothing changed since the last build.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * @param known hashes of files already read, by the same relative path: the bytes a check loaded,
   *     which are what the outputs are made from even if the file has changed since
   */
  static Map<String, String> hash(Path project, Map<String, String> known) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String dir : new String[] {"datasets", "charts"}) {
      Path root = project.resolve(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          String relative = project.relativize(p).toString().replace('\\', '/');
          String hash = known.get(relative);
          out.put(relative, hash != null ? hash : FileBytes.sha256(p));
        }
      }
    }
    return out;
  }
}
