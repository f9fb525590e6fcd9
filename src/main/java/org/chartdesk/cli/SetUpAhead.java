package org.chartdesk.cli;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What every build and check sets up before it measures or draws a word, started in the tuned
 * JVM on a thread of its own while the main thread reads the project: Java2D's graphics
 * environment (whose logger looks through every jar on the class path for a logging back end), the
 * font manager (fontconfig's view of the machine, which the bundled fonts are made through) and the
 * SHA-256 digest (the security providers). On the main thread they took 35 ms of a one-chart
 * build's 160 before its first chart; here, they overlap its reading of the data and specs. The
 * bundled fonts themselves are left to the build, which reports a failure to copy them.
 */
final class SetUpAhead {
  private SetUpAhead() {}

  static void start() {
    Thread ahead = new Thread(SetUpAhead::run, "chartdesk-set-up-ahead");
    ahead.setDaemon(true);
    ahead.start();
  }

  private static void run() {
    try {
      // In the order the main thread comes to them: the inputs are hashed as they are read.
      MessageDigest.getInstance("SHA-256");
      GraphicsEnvironment.getLocalGraphicsEnvironment();
      new Font(Font.DIALOG, Font.PLAIN, 10).getFontName();
    } catch (NoSuchAlgorithmException | RuntimeException | Error e) {
      // A machine without fonts or digests fails again where the build needs them, and says so there.
    }
  }
}
