package org.chartdesk.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A jar copied without the libraries it names ({@code lib/} beside it, as {@code mvn package}
 * leaves them in {@code target/}): said in two lines, not as the JVM's stack trace.
 */
final class Installation {
  private Installation() {}

  /** The lines that say so, when {@code e} is a class missing from the installation; else null. */
  static String incomplete(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // Not a class whose initialiser failed, which is ours to fix: one the class path lacks.
      if (t instanceof NoClassDefFoundError && t.getCause() instanceof ClassNotFoundException) {
        String missing = t.getMessage() == null ? "" : ": " + t.getMessage().replace('/', '.');
        return "chartdesk: error: a library chartdesk needs is missing" + missing + "\n"
            + "    the jar reads its libraries from " + libraries() + "; copy chartdesk.jar with its lib/ "
            + "folder (and chartdesk.jsa) as mvn package leaves them in target/";
      }
    }
    return null;
  }

  private static String libraries() {
    try {
      Path jar = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.resolveSibling("lib") + "/";
    } catch (URISyntaxException | RuntimeException e) {
      return "lib/ beside it";
    }
  }
}
