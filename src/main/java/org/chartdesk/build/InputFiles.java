package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chartdesk.io.FileBytes;
import org.chartdesk.spec.ProjectSettings;

/**
 * The hash of every file a build reads (the data package, its CSVs and source texts, the chart
 * specs, the project's {@code chartdesk.yaml} and the logo it names), without parsing any: enough
 * to know that nothing changed since the last build.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * @param known hashes of files already read, by the same relative path: the bytes a check loaded,
   *     which are what the outputs are made from even if the file has changed since. Those outside
   *     {@code datasets/} and {@code charts/} (the logo) are hashed too: the files the last build
   *     read, for a build that has not read them yet.
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
    Set<String> house = new TreeSet<>(known.keySet());
    house.add(ProjectSettings.FILE);
    for (String relative : house) {
      Path p = project.resolve(relative);
      if (!out.containsKey(relative) && Files.isRegularFile(p)) {
        String hash = known.get(relative);
        out.put(relative, hash != null ? hash : FileBytes.sha256(p));
      }
    }
    return out;
  }
}
