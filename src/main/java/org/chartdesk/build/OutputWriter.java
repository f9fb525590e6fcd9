package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes each file to a temporary sibling and moves it into place, so a reader never sees half a file. */
final class OutputWriter {
  private final Path out;

  OutputWriter(Path out) {
    this.out = out;
  }

  void write(String relative, byte[] bytes) throws IOException {
    Path target = out.resolve(relative);
    Files.createDirectories(target.getParent());
    // A sibling name of our own (not createTempFile, which makes owner-only files), so the
    // output gets the usual permissions of the user's umask.
    Path temp = target.resolveSibling(".tmp-" + ProcessHandle.current().pid() + "-" + target.getFileName());
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
