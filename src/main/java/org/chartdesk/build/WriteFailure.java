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
    return of(Message.OUTPUT_FAILED, shown, e, root, Option.OUT);
  }

  /** The --report file that could not be written: why, and what to pass instead. */
  public static Diagnostic report(String shown, IOException e, Path root) {
    return of(Message.OUTPUT_FAILED, shown, e, root, Option.REPORT);
  }

  /** A file of an earlier build, no longer made, that could not be removed: why, and what to do. */
  public static Diagnostic removal(String shown, IOException e, Path root) {
    return of(Message.OUTPUT_NOT_REMOVED, shown, e, root, Option.OUT);
  }

  /** The option that names where the file goes, and what it names, for the hints. */
  private enum Option {
    OUT("pass --out with another folder", "pass --out with a folder on a writable disk",
        "pass --out with a shorter path, or give the chart's spec a shorter name"),
    REPORT("pass --report with a file in another folder", "pass --report with a file on a writable disk",
        "pass --report with a shorter path");

    final String elsewhere;
    final String writable;
    final String shorter;

    Option(String elsewhere, String writable, String shorter) {
      this.elsewhere = elsewhere;
      this.writable = writable;
      this.shorter = shorter;
    }
  }

  private static Diagnostic of(Message message, String shown, IOException e, Path root, Option option) {
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    reason = reason == null ? "" : reason;
    String lower = reason.toLowerCase(Locale.ROOT);
    String blocker = e instanceof FileSystemException f && f.getFile() != null ? shown(root, blocker(Path.of(f.getFile())))
        : shown;
    // Not permitted: a file of another user in a sticky folder, or one made immutable.
    if (e instanceof AccessDeniedException || lower.contains("permission denied")
        || lower.contains("operation not permitted")) {
      // Denied its temporary sibling, the folder is what the user must open.
      Path denied = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
      boolean folder = denied != null && denied.getParent() != null
          && denied.getFileName().toString().startsWith(OutputWriter.TEMP_PREFIX);
      return message.error(shown, 0, 0,
          "give this user write access to it, or " + option.elsewhere, shown,
          folder ? "this user may not create files in " + shown(root, denied.getParent()) : "permission denied on "
              + blocker);
    }
    if (lower.contains("no space left")) {
      return message.error(shown, 0, 0,
          "free some space, then build again: the next build redoes only what is missing", shown, "the disk is full");
    }
    if (lower.contains("file too large")) {
      return message.error(shown, 0, 0, "raise the limit (ulimit -f) of the user that runs the build",
          shown, "larger than this process may write");
    }
    if (lower.contains("read-only file system")) {
      return message.error(shown, 0, 0, option.writable, shown,
          "the file system is read-only");
    }
    if (lower.contains("too many open files")) {
      return message.error(shown, 0, 0, OPEN_FILES, shown, "this process may open no more files");
    }
    if (lower.contains("file name too long")) {
      return message.error(shown, 0, 0, option.shorter, shown,
          "its path or name is longer than the file system takes");
    }
    Path link = e instanceof FileSystemException f && f.getFile() != null ? dangling(Path.of(f.getFile())) : null;
    if (link != null) {
      // A folder on a disk not mounted, or moved: not a file in the way.
      return message.error(shown, 0, 0, "mount or make what it points to, or " + option.elsewhere, shown,
          shown(root, link) + " is a symbolic link to " + readLink(link) + ", which does not exist");
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
        || lower.contains("not a directory")) {
      return message.error(shown, 0, 0,
          "move or remove that file, or " + option.elsewhere, shown,
          blocker + " is a file where a folder is needed");
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return message.error(shown, 0, 0, "make the folder, or write to one that exists", shown,
          "a folder on its path does not exist");
    }
    if (lower.contains("is a directory") || lower.contains("directory not empty")
        || e instanceof DirectoryNotEmptyException) {
      return message.error(shown, 0, 0, "move or remove that folder", shown,
          shown + " is a folder where a file is needed");
    }
    return message.error(shown, 0, 0, null, shown, reason.isEmpty() ? e.getClass().getSimpleName() : reason);
  }

  private static final String OPEN_FILES = "raise the limit on open files (ulimit -n) of the user that runs the build";
  private static final String ELSEWHERE = "java -Djava.io.tmpdir=DIR -jar ... gives Java another temporary folder";

  /** Why something could not be made in the temporary folder, and what to do, in the user's words. */
  public record Temporary(String reason, String hint) {}

  /**
   * A failure in Java's temporary folder {@code folder} (where the build copies the fonts Java
   * draws with and makes the workbook), in the user's words. The JDK names only the path when
   * permission is denied or a folder is missing, and the hint differs with the cause: a full disk,
   * a limit of the process (ulimit -f, ulimit -n) or a folder that cannot be used.
   */
  public static Temporary temporary(IOException e, String folder) {
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    reason = reason == null ? "" : reason;
    String lower = reason.toLowerCase(Locale.ROOT);
    if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
      return new Temporary("permission denied", "give this user write access to " + folder + ", or " + ELSEWHERE);
    }
    if (e instanceof java.nio.file.NoSuchFileException || lower.contains("no such file")) {
      return new Temporary("there is no such folder", "make it, or " + ELSEWHERE);
    }
    if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
      return new Temporary("it is not a folder", ELSEWHERE);
    }
    if (lower.contains("no space left")) {
      return new Temporary("the disk is full", "free some space there, or " + ELSEWHERE);
    }
    if (lower.contains("read-only file system")) {
      return new Temporary("the file system is read-only", ELSEWHERE + ", on a writable disk");
    }
    if (lower.contains("file too large")) {
      return new Temporary("larger than this process may write", "raise the limit (ulimit -f) of the user that "
          + "runs the build");
    }
    if (lower.contains("too many open files")) {
      return new Temporary("this process may open no more files", OPEN_FILES);
    }
    return new Temporary(reason.isEmpty() ? e.getClass().getSimpleName() : reason,
        "free space there or make it writable, then build again (" + ELSEWHERE + ")");
  }

  /**
   * The workbook, or another whole-build file made through the temporary folder, that could not
   * be made there.
   *
   * @param shown the file as the user knows it
   */
  public static Diagnostic temporary(String shown, IOException e) {
    String folder = System.getProperty("java.io.tmpdir");
    Temporary t = temporary(e, folder);
    return Message.TEMPORARY_FAILED.error(shown, 0, 0, t.hint(), shown, folder, t.reason());
  }

  /** The file in the way of a path: the path itself, or the first of its folders that is a file. */
  /** The symbolic link on the path that points nowhere, if any. */
  private static Path dangling(Path path) {
    for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a path";
    }
  }

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
