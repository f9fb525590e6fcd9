package org.chartdesk.io;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * A temporary folder of this process's own: POI's files (a streamed workbook's sheets, a large
 * sheet's deflated rows) and the bundled fonts, which Java draws from files. POI's default is one
 * shared folder, {@code poifiles} in the system's temporary folder, made by whichever user ran POI
 * first and closed to every other: the next user's build failed there. Java copies a font made from
 * bytes to a file of its own ({@code +~JF*.tmp}, 400 KB a face), which only a JVM that exits
 * normally removes.
 *
 * <p>A build killed outright (a CI job's timeout, {@code kill -9}) cannot remove its folder, and a
 * million-row build's holds tens of megabytes: night after night, they would fill the temporary
 * folder. So the folder is named after the process, and a build removes the folders of builds
 * that are no longer running and have not been touched for an hour. The hour is for a process of
 * the same number in another container sharing the folder, which this one cannot see.
 */
public final class TempFolder {
  static final String PREFIX = "chartdesk-tmp-";
  /** A folder this long untouched, of a process not running here, is a killed build's. */
  static final Duration ABANDONED = Duration.ofHours(1);
  private static Path mine;

  private TempFolder() {}

  /**
   * The folder, made on first use (tidying up after killed builds first) and removed when the JVM
   * exits, with the files in it that were marked to be.
   */
  public static synchronized Path of() throws IOException {
    if (mine == null) {
      Path temp = Path.of(System.getProperty("java.io.tmpdir"));
      removeAbandoned(temp, Instant.now(), pid -> ProcessHandle.of(pid).isPresent());
      Path made = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
      made.toFile().deleteOnExit();
      mine = made;
    }
    return mine;
  }

  /**
   * Removes, with what they hold, the folders {@code chartdesk-tmp-PID-*} in {@code temp} whose
   * process is not running and which were last changed more than {@link #ABANDONED} before
   * {@code now}. A folder that cannot be removed is left; so are folders of other names.
   */
  static void removeAbandoned(Path temp, Instant now, LongPredicate running) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, PREFIX + "*")) {
      for (Path folder : folders) {
        long pid = pid(folder.getFileName().toString());
        if (pid > 0 && !running.test(pid) && untouchedSince(folder, now.minus(ABANDONED))) {
          removeTree(folder);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // Tidying up after other builds is never a reason for this one to fail.
    }
  }

  /** Whether a folder was last changed before {@code time}; false when it cannot be told (gone, not ours). */
  private static boolean untouchedSince(Path folder, Instant time) {
    try {
      return Files.isDirectory(folder) && Files.getLastModifiedTime(folder).toInstant().isBefore(time);
    } catch (IOException e) {
      return false;
    }
  }

  /** The process number in {@code chartdesk-tmp-PID-RANDOM}, or -1. */
  private static long pid(String name) {
    int end = name.indexOf('-', PREFIX.length());
    try {
      return end < 0 ? -1 : Long.parseLong(name.substring(PREFIX.length(), end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void removeTree(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Another build removing it too, or a file that is not ours to remove: left.
    }
  }
}
