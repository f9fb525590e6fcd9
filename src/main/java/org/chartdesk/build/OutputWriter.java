package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.chartdesk.io.FileBytes;

/** Writes each file to a temporary sibling and moves it into place, so a reader never sees half a file. */
final class OutputWriter {
  static final String TEMP_PREFIX = ".tmp-";

  private final Path out;

  OutputWriter(Path out) {
    this.out = out;
  }

  /**
   * Writes the file unless it already holds these bytes, so unchanged outputs keep their times.
   *
   * @return whether the file was written
   */
  boolean writeIfChanged(String relative, byte[] bytes) throws IOException {
    Path target = out.resolve(relative);
    if (Files.isRegularFile(target) && Files.size(target) == bytes.length
        && java.util.Arrays.equals(FileBytes.read(target), bytes)) {
      return false;
    }
    write(relative, bytes);
    return true;
  }

  /**
   * Deletes the temporary files killed builds left, where builds write them: in the folder itself
   * and in the folders of the charts' files, each a sibling of its file, of a name this class
   * makes ({@code .tmp-PID-name}). It once deleted every {@code .tmp-} name anywhere under the
   * folder, the user's own files too, and walked every folder there: one it may not read (a
   * volume's {@code lost+found}) stopped the build. A file of a process still running is not a
   * leftover: a build that has just let the lock go writes its report beside the outputs; this
   * process's own are, as a container's build has the process number of the one killed before it.
   * What cannot be listed or removed stays: the write it would block says why.
   */
  static void removeLeftovers(Path out) {
    removeLeftovers(out, false);
    for (String folder : Build.CHART_FOLDERS) {
      removeLeftovers(out.resolve(folder), true);
    }
  }

  private static void removeLeftovers(Path folder, boolean below) {
    try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        java.util.regex.Matcher temp = LEFTOVER.matcher(p.getFileName().toString());
        if (temp.matches() && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && !running(Long.parseLong(temp.group(1)))) {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            // Left for a later build; the others are still removed.
          }
        } else if (below && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          removeLeftovers(p, true);
        }
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      // Not there (no build wrote into it yet), or not ours to read.
    }
  }

  private static final java.util.regex.Pattern LEFTOVER =
      java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(TEMP_PREFIX) + "([0-9]{1,18})-.+");

  /** Whether another process of this number runs: its temporary file may be in the making. */
  private static boolean running(long pid) {
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isPresent();
  }

  /**
   * Removes a file of an earlier build, and the folders it leaves empty, never anything outside
   * the output folder whatever a damaged manifest says.
   *
   * @return whether there was a file to remove
   */
  boolean remove(String relative) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.delete(target);
    for (Path dir = target.getParent(); !dir.equals(root) && isEmpty(dir); dir = dir.getParent()) {
      Files.delete(dir);
    }
    return true;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }

  /**
   * A file replaced keeps the permissions it had, as {@code sed -i} and rsync keep them; a new
   * file has those of the user's umask. A folder made readable to a web server once ({@code chmod
   * -R a+rX out}) stays so, whatever the umask of the job that rebuilds it: a rebuild under umask
   * 077 (a hand run, a hardened cron) made the charts it redrew, the gallery and the manifest
   * owner-only beside the others, and the server refused some of a page's images. Where
   * permissions cannot be read or set (a file system without them), the umask's stay.
   */
  private static void keepPermissions(Path target, Path temp) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> had = Files.getPosixFilePermissions(target);
      if (!had.equals(Files.getPosixFilePermissions(temp))) {
        Files.setPosixFilePermissions(temp, had);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // A new file (no file to keep them from), or permissions this file system does not keep.
    }
  }

  void write(String relative, byte[] bytes) throws IOException {
    Path target = out.resolve(relative);
    Files.createDirectories(target.getParent());
    // A sibling name of our own (not createTempFile, which makes owner-only files), so the
    // output gets the usual permissions of the user's umask.
    Path temp = target.resolveSibling(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + target.getFileName());
    try {
      // Made through Stopping, which removes it should the JVM shut down before it is in place.
      try (java.io.OutputStream file = Stopping.open(temp)) {
        FileBytes.write(file, bytes);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      Stopping.done(temp);
    }
  }
}
