package org.chartdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a command has enough work ahead to be worth starting the tuned JVM for ({@link
 * TunedJvm}), judged before anything is parsed. A check, a forced build and a build whose inputs
 * changed since its manifest are; help, the version, the schema, a merge, and a build whose
 * manifest is newer than every input are not: that one most likely finds nothing to do, which
 * takes less than a second JVM's start. A wrong guess costs time, never correctness: the build
 * itself decides from the inputs' hashes, whichever JVM it runs in.
 */
final class WorthTuning {
  private WorthTuning() {}

  static boolean of(List<String> args) {
    if (args.isEmpty()) {
      return false;
    }
    return switch (args.get(0)) {
      case "check" -> true;
      case "build" -> args.contains("--force") || !manifestNewerThanInputs(args);
      default -> false;
    };
  }

  private static boolean manifestNewerThanInputs(List<String> args) {
    Path project = Path.of(option(args, "--project", ""));
    Path manifest = Path.of(option(args, "--out", project.resolve("out").toString())).resolve("manifest.json");
    try {
      FileTime built = Files.getLastModifiedTime(manifest);
      if (Files.isRegularFile(project.resolve("chartdesk.yaml"))
          && Files.getLastModifiedTime(project.resolve("chartdesk.yaml")).compareTo(built) > 0) {
        return false;
      }
      for (String dir : List.of("datasets", "charts")) {
        if (!Files.isDirectory(project.resolve(dir))) {
          continue;
        }
        try (Stream<Path> files = Files.walk(project.resolve(dir))) {
          if (files.anyMatch(f -> modifiedAfter(f, built))) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean modifiedAfter(Path file, FileTime time) {
    try {
      return Files.getLastModifiedTime(file).compareTo(time) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** An option's value, given as {@code --name VALUE} or {@code --name=VALUE}, or the fallback. */
  private static String option(List<String> args, String name, String fallback) {
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).equals(name) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (args.get(i).startsWith(name + "=")) {
        return args.get(i).substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
