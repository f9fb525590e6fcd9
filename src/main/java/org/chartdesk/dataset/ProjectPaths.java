package org.chartdesk.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves a file reference from a project file, refusing anything that leaves the folder it must
 * stay in: an empty name, an address (file:, https:), a NUL byte, an absolute path, "../", or a
 * symbolic link that leads outside. Only a regular file inside is accepted.
 */
public final class ProjectPaths {
  private ProjectPaths() {}

  /** The file, or empty with the reason in {@code why[0]}. */
  public static Optional<Path> inside(Path root, String reference, String[] why) {
    if (reference == null || reference.isBlank()) {
      why[0] = "the reference is empty";
      return Optional.empty();
    }
    if (reference.indexOf('\0') >= 0 || reference.contains(":") || reference.startsWith("/")
        || reference.startsWith("\\")) {
      why[0] = "it must be a relative path inside the folder, not an address or an absolute path";
      return Optional.empty();
    }
    try {
      Path base = root.toAbsolutePath().normalize();
      Path file = base.resolve(reference).normalize();
      if (!file.startsWith(base)) {
        why[0] = "it leads outside the folder";
        return Optional.empty();
      }
      if (!Files.isRegularFile(file)) {
        why[0] = "it does not exist or is not a file";
        return Optional.empty();
      }
      // A link inside may point outside: compare real paths too.
      if (!file.toRealPath().startsWith(base.toRealPath())) {
        why[0] = "it is a link that leads outside the folder";
        return Optional.empty();
      }
      return Optional.of(file);
    } catch (InvalidPathException | IOException e) {
      why[0] = "it is not a usable path";
      return Optional.empty();
    }
  }
}
