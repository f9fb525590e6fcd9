package org.chartdesk.cli;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.chartdesk.diagnostics.OutOfMemory;
import org.chartdesk.model.NumberStyle;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NewsLocale;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * What every build and check sets up before it measures or draws a word, started in the tuned
 * JVM on a thread of its own while the main thread reads the project: Java2D's graphics
 * environment (whose logger looks through every jar on the class path for a logging back end), the
 * font manager (fontconfig's view of the machine, which the bundled fonts are made through) and the
 * SHA-256 digest (the security providers). On the main thread they took 35 ms of a one-chart
 * build's 160 before its first chart; here, they overlap its reading of the data and specs. A build
 * that writes the workbook also has the Office schemas' type system read here (XMLBeans' index of
 * thousands of types, about 50 ms), which the workbook's first step otherwise waited for: one chart
 * and its workbook 0.71 against 0.69 s, ten interleaved pairs; loaded for a build of PNGs alone, it
 * cost that build 40 ms, so it is not. The bundled fonts are loaded here too, a failure to copy
 * them kept for the build to report ({@link Fonts#loadAhead}), and the newsroom number format
 * (the locale's symbols): on the check's path they took 20 ms of a one-chart build, here one
 * chart's PNGs took 280 against 291 ms (the tuned JVM alone, 30 interleaved pairs).
 */
final class SetUpAhead {
  private SetUpAhead() {}

  static void start(String[] args) {
    boolean workbook = WorthTuning.writesWorkbook(args);
    Thread ahead = new Thread(() -> run(workbook), "chartdesk-set-up-ahead");
    ahead.setDaemon(true);
    ahead.start();
  }

  private static void run(boolean workbook) {
    try {
      // In the order the main thread comes to them: the inputs are hashed as they are read.
      MessageDigest.getInstance("SHA-256");
      GraphicsEnvironment.getLocalGraphicsEnvironment();
      new Font(Font.DIALOG, Font.PLAIN, 10).getFontName();
      Fonts.loadAhead();
      NumberStyle.format(3789, "#,##0", NewsLocale.english());
      if (workbook) {
        CTWorkbook.type.getName();
      }
    } catch (NoSuchAlgorithmException | RuntimeException | Error e) {
      // A machine without fonts or digests fails again where the build needs them, and says so there;
      // a class this thread could not initialise for want of memory fails there as a class error.
      OutOfMemory.note(e);
    }
  }
}
