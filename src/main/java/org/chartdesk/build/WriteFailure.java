package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * An output the build could not write, in the user's words: which file, why (permission, a full
 * or read-only disk, a file where a folder should be), and what to do. The operating system's
 * own wording is kept when it is none of these.
 */
public final class WriteFailure {
  private WriteFailure() {}

  /**
   * @param shown the file or folder as the user knows it
   * @param root the project, against which paths named by the error are shown
   */
  public static Diagnostic of(String shown, IOException e, Path root) {
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    reason = reason == null ? "" : reason;
    String lower = reason.toLowerCase(Locale.ROOT);
    String blocker = e instanceof FileSystemException f && f.getFile() != null ? shown(root, blocker(Path.of(f.getFile())))
        : shown;
    if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      // Denied its temporary sibling, the folder is what the user must open.
      Path denied = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
      boolean folder = denied != null && denied.getParent() != null
          && denied.getFileName().toString().startsWith(OutputWriter.TEMP_PREFIX);
      return Message.OUTPUT_FAILED.error(shown, 0, 0,
          "give this user write access to it, or pass --out with another folder", shown,
          folder ? "this user may not create files in " + shown(root, denied.getParent()) : "permission denied on "
              + blocker);
    }
    if (lower.contains("no space left")) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0,
          "free some space, then build again: the next build redoes only what is missing", shown, "the disk is full");
    }
    if (lower.contains("file too large")) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0, "raise the limit (ulimit -f) of the user that runs the build",
          shown, "larger than this process may write");
    }
    if (lower.contains("read-only file system")) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0, "pass --out with a folder on a writable disk", shown,
          "the file system is read-only");
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
        || lower.contains("not a directory")) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0,
          "move or remove that file, or pass --out with another folder", shown,
          blocker + " is a file where a folder is needed");
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0, "make the folder, or write to one that exists", shown,
          "a folder on its path does not exist");
    }
    if (lower.contains("is a directory") || lower.contains("directory not empty")
        || e instanceof DirectoryNotEmptyException) {
      return Message.OUTPUT_FAILED.error(shown, 0, 0, "move or remove that folder", shown,
          shown + " is a folder where a file is needed");
    }
    return Message.OUTPUT_FAILED.error(shown, 0, 0, null, shown, reason.isEmpty() ? e.getClass().getSimpleName() : reason);
  }

  /** The file in the way of a path: the path itself, or the first of its folders that is a file. */
  private static Path blocker(Path path) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return path;
  }

  /**
   * A path as the user knows it, in every message: inside the project, relative to it; elsewhere,
   * absolute; the project itself, "." (not "", which a message would show as "/" or nothing).
   */
  public static String shown(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path project = root.toAbsolutePath().normalize();
    String shown = (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString().replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
