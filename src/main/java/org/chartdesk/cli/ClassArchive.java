package org.chartdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The class-data-sharing archive beside the jar ({@code chartdesk.jsa} beside {@code
 * chartdesk.jar}), from which the tuned JVM loads the tool's classes ready-made: a third less CPU
 * for a small build. The JVM takes an archive only at the jar path and from the JDK it was made
 * with, and quietly runs without it anywhere else, so a jar copied into an image or {@code /opt}
 * with its archive built as slowly as without one. Beside the archive a file says what it was made
 * for ({@code chartdesk.jsa.for}); where that is not this jar and JDK, and the folder can be
 * written, the next build that writes the workbook (the one that loads the most of the tool) makes
 * the archive again as it exits, once. {@code mvn package} makes the first one the same way.
 *
 * <p>No lambda, stream or regular expression: this runs in the JVM the user starts ({@link
 * Launcher}).
 */
final class ClassArchive {
  private static final String SUFFIX = ".jsa";
  /** Beside the archive: the jar path and JDK it was made for. */
  private static final String MADE_FOR = ".for";
  /** The archive a child is making, named for the JVM that started it; moved into place when it ends well. */
  private static final String MAKING = ".making";
  private static final String MAKE_OPTION = "-XX:ArchiveClassesAtExit=";
  /** Free space below which no archive is made: about 35 MB each, made by builds that may run side by side. */
  private static final long ROOM = 512L << 20;
  /** The JVM's logging of the archive, which it would print on standard output, off. */
  private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private ClassArchive() {}

  /**
   * The child's options for the archive beside {@code jarFile}: to use it when it was made for this
   * jar and JDK and is newer than the jar; else, when {@code mayMake}, the folder can be written
   * and the JDK has archives of its own, to make it as the child exits; else none. The JVM's own
   * logging of the archive is turned off either way, as it would print it on standard output.
   */
  static List<String> options(Path jarFile, boolean mayMake) {
    Path archive = of(jarFile);
    if (usable(archive, jarFile)) {
      List<String> use = new ArrayList<>(QUIET);
      use.add(0, "-XX:SharedArchiveFile=" + archive);
      // Mapped where it was made, not relocated: the JVM started in 40 ms instead of 90 (Debian's
      // JDK 17 relocates by default). Where that address is taken, the JVM relocates anyway. The
      // flag is diagnostic, and ignored by a JDK that lacks it; the user's options were already
      // checked by the JVM that starts this one.
      use.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
          "-XX:+IgnoreUnrecognizedVMOptions"));
      return use;
    }
    Path folder = archive.getParent();
    if (!mayMake || folder == null || !Files.isWritable(folder) || !roomFor(folder) || !jdkArchives()) {
      return List.of();
    }
    Path making = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + MAKING);
    List<String> make = new ArrayList<>(QUIET);
    make.add(0, MAKE_OPTION + making);
    return make;
  }

  /**
   * Whether the folder's disk has room for an archive, with plenty to spare: a JVM that cannot
   * write the archive it was asked to make exits with an error after the build has done its work.
   */
  private static boolean roomFor(Path folder) {
    try {
      return Files.getFileStore(folder).getUsableSpace() >= ROOM;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether this JDK has its own archives, for compressed pointers and without: an archive of the
   * tool's classes is made on top of the one the JVM maps, and a JVM that maps none fails to start
   * when asked to make one ("DynamicDumpSharedSpaces is unsupported when base CDS archive is not
   * loaded").
   */
  private static boolean jdkArchives() {
    Path server = Path.of(System.getProperty("java.home"), "lib", "server");
    return Files.isRegularFile(server.resolve("classes.jsa"))
        && Files.isRegularFile(server.resolve("classes_nocoops.jsa"));
  }

  /** {@code chartdesk.jsa} for {@code chartdesk.jar}: the jar's name, {@link #SUFFIX} for ".jar". */
  private static Path of(Path jarFile) {
    String jar = jarFile.getFileName().toString();
    return jarFile.resolveSibling((jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar) + SUFFIX);
  }

  /** What an archive made by this JVM for {@code jarFile} is made for: the jar's path, and the JDK. */
  static String madeFor(Path jarFile) {
    return jarFile + "\n" + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n";
  }

  /** The file beside {@code archive} that says what it is made for. */
  private static Path madeForFile(Path archive) {
    return archive.resolveSibling(archive.getFileName() + MADE_FOR);
  }

  private static boolean usable(Path archive, Path jarFile) {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jarFile)) >= 0
          && Files.readString(madeForFile(archive), StandardCharsets.UTF_8).equals(madeFor(jarFile));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * After the child ends: the archive it made, if it was asked to make one, moved into place with
   * what it is made for when it ended well, and removed otherwise. A failure here costs only
   * speed, so it is not reported.
   */
  static void settle(List<String> childCommand, int exitCode) {
    Path making = null;
    Path jarFile = null;
    for (int i = 0; i < childCommand.size(); i++) {
      String option = childCommand.get(i);
      if (option.startsWith(MAKE_OPTION) && option.endsWith(MAKING)) {
        making = Path.of(option.substring(MAKE_OPTION.length()));
      } else if (option.equals("-jar") && i + 1 < childCommand.size() && jarFile == null) {
        jarFile = Path.of(childCommand.get(i + 1));
      }
    }
    if (making == null || jarFile == null) {
      return;
    }
    try {
      if (exitCode == 0 && Files.isRegularFile(making)) {
        Path archive = of(jarFile);
        Path line = Files.writeString(madeForFile(making), madeFor(jarFile), StandardCharsets.UTF_8);
        // The archive first: one read beside the old line is taken as not made for this jar, and made again.
        move(making, archive);
        move(line, madeForFile(archive));
      }
    } catch (IOException e) {
      // Left as it was: the next build that writes the workbook tries again.
    } finally {
      try {
        Files.deleteIfExists(making);
        Files.deleteIfExists(madeForFile(making));
      } catch (IOException e) {
        // A file of the child's own, in a folder it could write: nothing more to do about it.
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
