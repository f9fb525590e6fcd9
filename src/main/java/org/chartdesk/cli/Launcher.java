package org.chartdesk.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point: starts the command in the tuned JVM ({@link TunedJvm}) when it has work
 * ahead ({@link WorthTuning}), and otherwise runs it here ({@link Main}). On the way to starting
 * the child it loads only those classes and the JDK's, and links no lambda, stream, regular
 * expression or picocli class of its own: deciding in {@code Main} took 12 ms more of a one-chart
 * build's 327 (docs/performance.md, "The JVM a build runs in"). String concatenation is compiled
 * inline throughout (pom.xml), so it links nothing either.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    boolean isChild = Boolean.getBoolean(TunedJvm.CHILD);
    if (!isChild) {
      WorthTuning.Workload work = WorthTuning.of(Arrays.asList(args));
      // Where file names are read as ASCII, every command runs in a child that reads them as UTF-8.
      boolean ascii = AsciiLocale.ascii();
      if (ascii && work == WorthTuning.Workload.NONE) {
        work = WorthTuning.Workload.BRIEF;
      }
      if (work != WorthTuning.Workload.NONE) {
        Optional<List<String>> child = TunedJvm.childCommand(TunedJvm.thisCommand(), System.getenv(), false, work);
        Optional<Integer> exit = Optional.empty();
        if (child.isPresent()) {
          exit = ascii ? TunedJvm.run(AsciiLocale.childCommand(child.get(), args.length),
              Map.of("LC_ALL", AsciiLocale.UTF8)) : TunedJvm.run(child.get(), Map.of());
        }
        if (exit.isPresent()) {
          System.exit(exit.get());
        }
      }
    }
    // Here, the command runs in this JVM: from now on, no stack trace from a thread that ends on an error.
    ThreadEnd.install();
    if (isChild) {
      args = AsciiLocale.arguments(args);
      ParentWatch.start();
      SetUpAhead.start(args);
    }
    if (args.length > 0 && args[0].equals("build")) {
      GcWatch.start();
    }
    try {
      Main.main(args);
    } catch (NoClassDefFoundError e) {
      // Main itself links picocli: a jar without its libraries fails here, before Main can say so.
      String incomplete = Installation.incomplete(e);
      if (incomplete == null) {
        throw e;
      }
      System.err.println(incomplete);
      System.exit(Main.INTERNAL);
    }
  }
}
