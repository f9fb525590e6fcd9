package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped story's datasets and specs copied into a folder, for a test to change and build. */
public final class StoryCopy {
  private StoryCopy() {}

  public static Path into(Path project) throws IOException {
    for (String dir : new String[] {"datasets", "charts"}) {
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        for (Path p : walk.toList()) {
          Path target = project.resolve(p.toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
            target.toFile().setWritable(true);
          }
        }
      }
    }
    return project;
  }
}
