package org.chartdesk.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a command has enough work ahead to be worth starting the tuned JVM for ({@link
 * TunedJvm}), and what kind, judged before anything is parsed. A check, a forced build and a build
 * whose inputs changed since its manifest are; help, the version, the schema, a merge, and a build
 * whose manifest is newer than every input are not: that one most likely finds nothing to do, which
 * takes less than a second JVM's start. A wrong guess costs time, never correctness: the build
 * itself decides from the inputs' hashes, whichever JVM it runs in.
 */
final class WorthTuning {
  /**
   * Datasets above this size make a build's loops over rows long enough to pay back C2's
   * compiling. Measured (docs/performance.md): a line chart and workbook over 500,000 rows (12 MB)
   * took as long either way; over 1,000,000 rows (24 MB) 9.1 s with C2 against 11.8 s with C1
   * alone; 200 small charts took 27 s with C2 against 23 s.
   */
  static final long LARGE_DATA_BYTES = 16L << 20;

  /** The work a command has ahead, as far as the JVM to run it goes. */
  enum Workload {
    /** Too little to be worth a second JVM's start. */
    NONE,
    /** Thousands of classes, most of their code run briefly: C1 alone. */
    BRIEF,
    /** Datasets of more than {@link #LARGE_DATA_BYTES}: every compiler tier. */
    LARGE_DATA
  }

  private WorthTuning() {}

  static Workload of(List<String> args) {
    if (args.isEmpty()) {
      return Workload.NONE;
    }
    boolean worth = switch (args.get(0)) {
      case "check" -> true;
      case "build" -> args.contains("--force") || !manifestNewerThanInputs(args);
      default -> false;
    };
    if (!worth) {
      return Workload.NONE;
    }
    return datasetBytes(option(args, "--project", "")) > LARGE_DATA_BYTES ? Workload.LARGE_DATA : Workload.BRIEF;
  }

  /** The bytes of the project's datasets; 0 when they cannot be told (a path this JVM cannot name: {@link AsciiLocale}). */
  private static long datasetBytes(String projectOption) {
    try {
      Path project = Path.of(projectOption);
      long bytes = 0;
      for (Path f : under(project.resolve("datasets"))) {
        if (Files.isRegularFile(f)) {
          bytes += f.toFile().length();
        }
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static boolean manifestNewerThanInputs(List<String> args) {
    try {
      Path project = Path.of(option(args, "--project", ""));
      Path manifest = Path.of(option(args, "--out", project.resolve("out").toString())).resolve("manifest.json");
      FileTime built = Files.getLastModifiedTime(manifest);
      if (Files.isRegularFile(project.resolve("chartdesk.yaml"))
          && Files.getLastModifiedTime(project.resolve("chartdesk.yaml")).compareTo(built) > 0) {
        return false;
      }
      for (String dir : List.of("datasets", "charts")) {
        if (!Files.isDirectory(project.resolve(dir))) {
          continue;
        }
        for (Path f : under(project.resolve(dir))) {
          if (modifiedAfter(f, built)) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Every folder and file under {@code dir}, itself included, links not followed, as {@code
   * Files.walk} gives them: without a stream, since the JVM that asks has linked no lambda yet
   * ({@link Launcher}).
   */
  private static List<Path> under(Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    all.add(dir);
    for (int i = 0; i < all.size(); i++) {
      if (Files.isDirectory(all.get(i), LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(all.get(i))) {
          for (Path entry : entries) {
            all.add(entry);
          }
        }
      }
    }
    return all;
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

  /**
   * Whether the command is a build that writes the workbook: all formats or xlsx among them, and not
   * a part. Such a build loads the most of the tool: its Office schemas are read ahead ({@link
   * SetUpAhead}), and a class-data archive is made from it ({@link ClassArchive}).
   */
  static boolean writesWorkbook(String[] args) {
    if (args.length == 0 || !args[0].equals("build")) {
      return false;
    }
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--shard") || a.startsWith("--shard=")) {
        return false;
      }
      String formats = a.startsWith("--formats=") ? a.substring("--formats=".length())
          : a.equals("--formats") && i + 1 < args.length ? args[i + 1] : null;
      if (formats != null && !("," + formats + ",").contains(",xlsx,")) {
        return false;
      }
    }
    return true;
  }
}
