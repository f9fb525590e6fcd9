package org.chartdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs chartdesk again in a JVM set up for what a build is: a short command that loads thousands
 * of classes and runs most of its code briefly. Under the JVM's defaults three quarters of a small
 * build's CPU time went to the C2 compiler (the story: 7.8 s of 10.2 s), on code that finished
 * before C2's work paid off, and G1 grew the heap of a 200-chart build to 1.3 GB. C1 alone, the
 * serial collector and a class-data-sharing archive ({@link ClassArchive}) halve a small build's
 * CPU time (docs/performance.md). {@code java -jar} cannot carry JVM options, so the JVM the user
 * starts only starts this one child, hands it the same arguments and standard streams, and exits
 * with its exit code. Options the user gives the JVM are passed on and win; a family of options
 * the user chose (the collector, the compiler, class sharing) is left to them entirely.
 * {@code CHARTDESK_TUNED_JVM=off} runs everything in the JVM as started; {@link WorthTuning} says
 * which commands are worth a second JVM's start, and which have datasets large enough that C2
 * pays back (those keep every compiler tier).
 */
final class TunedJvm {
  /** Set on the child, so that it does the work instead of starting another. */
  static final String CHILD = "chartdesk.tunedJvm";
  /** Set on the child: the pid of the JVM that started it, which it stops with. */
  static final String PARENT = "chartdesk.parentPid";
  static final String SWITCH = "CHARTDESK_TUNED_JVM";

  /**
   * Options of ours, and the beginnings of the user's options that mean the user chose for that
   * family. Prefixes rather than regular expressions: this JVM has compiled no pattern yet, and the
   * first costs milliseconds ({@link Launcher}).
   */
  private record Tuning(List<String> options, List<String> userChoice) {
    boolean chosenIn(List<String> given) {
      for (String option : given) {
        for (String prefix : userChoice) {
          if (option.startsWith(prefix)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * C1 alone, for brief work; over large datasets ({@link WorthTuning.Workload}) C2 pays back. On
   * one compiler thread: two compiled at once on the cores the build needs (one chart's PNGs 278.5
   * against 267 ms, the story 1.21 against 1.16 s, interleaved; 200 charts the same). C1 alone is
   * what lets the count be 1 (every tier needs 2), so a user's compiler count is the same family.
   */
  private static final Tuning C1_ALONE = new Tuning(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"),
      List.of("-XX:TieredStopAtLevel=", "-XX:+TieredCompilation", "-XX:-TieredCompilation", "-XX:CICompilerCount=",
          "-Xint", "-Xcomp", "-Xmixed"));
  /** JDK 17's collectors: naming any of them, on or off, is choosing the collector. */
  private static final List<String> COLLECTORS = List.of("-XX:+UseSerialGC", "-XX:-UseSerialGC", "-XX:+UseParallelGC",
      "-XX:-UseParallelGC", "-XX:+UseG1GC", "-XX:-UseG1GC", "-XX:+UseZGC", "-XX:-UseZGC", "-XX:+UseShenandoahGC",
      "-XX:-UseShenandoahGC", "-XX:+UseEpsilonGC", "-XX:-UseEpsilonGC");
  private static final List<Tuning> ALWAYS = List.of(
      new Tuning(List.of("-XX:+UseSerialGC"), COLLECTORS),
      // The performance counters are a file in /tmp per JVM that nothing reads here.
      new Tuning(List.of("-XX:-UsePerfData"), List.of("-XX:+UsePerfData", "-XX:-UsePerfData")));
  private static final Tuning SHARING = new Tuning(List.of(), List.of("-Xshare:", "-XX:SharedArchiveFile=",
      "-XX:ArchiveClassesAtExit="));

  private TunedJvm() {}

  /**
   * The child's command line, or empty when this JVM should do the work: it is the child, the
   * switch is off, or it was not started as {@code java [options] -jar JAR [arguments]}.
   *
   * @param command the java launcher and its arguments, as the operating system reports them
   * @param env the environment (the switch, and options the launcher reads from it)
   * @param isChild whether {@link #CHILD} is set on this JVM
   * @param work what the command has ahead, BRIEF or LARGE_DATA
   */
  static Optional<List<String>> childCommand(List<String> command, Map<String, String> env, boolean isChild,
      WorthTuning.Workload work) {
    if (isChild || "off".equalsIgnoreCase(env.getOrDefault(SWITCH, "")) || command.isEmpty()) {
      return Optional.empty();
    }
    int jar = command.indexOf("-jar");
    if (jar < 1 || jar + 1 >= command.size()) {
      return Optional.empty();
    }
    List<String> userOptions = command.subList(1, jar);
    List<String> chosen = new ArrayList<>(userOptions);
    for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
      chosen.addAll(words(env.getOrDefault(variable, "")));
    }
    Path jarFile = Path.of(command.get(jar + 1)).toAbsolutePath().normalize();
    List<String> child = new ArrayList<>();
    child.add(command.get(0));
    List<Tuning> tunings = new ArrayList<>(ALWAYS);
    if (work == WorthTuning.Workload.BRIEF) {
      tunings.add(0, C1_ALONE);
    }
    for (Tuning t : tunings) {
      if (!t.chosenIn(chosen)) {
        child.addAll(t.options());
      }
    }
    List<String> arguments = command.subList(jar + 2, command.size());
    if (!SHARING.chosenIn(chosen)) {
      // Made only under options all ours: a JVM that cannot map the JDK's own archive (another
      // collector's, a heap above 32 GB) fails to start when asked to make one.
      child.addAll(ClassArchive.options(jarFile,
          chosen.isEmpty() && WorthTuning.writesWorkbook(arguments.toArray(new String[0]))));
    }
    child.addAll(userOptions);
    child.add("-D" + CHILD + "=true");
    child.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
    child.add("-jar");
    child.add(jarFile.toString());
    child.addAll(arguments);
    return Optional.of(child);
  }

  /** The words of an options variable, split at white space as the launcher does (no regex, above). */
  static List<String> words(String options) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= options.length(); i++) {
      boolean space = i == options.length() || Character.isWhitespace(options.charAt(i));
      if (space && start >= 0) {
        words.add(options.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /** This JVM's command line, when the operating system tells it. */
  static List<String> thisCommand() {
    ProcessHandle.Info info = ProcessHandle.current().info();
    if (info.command().isEmpty() || info.arguments().isEmpty()) {
      return List.of();
    }
    List<String> command = new ArrayList<>();
    command.add(info.command().get());
    command.addAll(Arrays.asList(info.arguments().get()));
    return command;
  }

  /**
   * Runs the child, with these variables set in its environment, to its end and returns its exit
   * code, or empty when it could not be started.
   * Stopping this JVM (SIGTERM, Ctrl-C) stops the child the same way, so that it releases its
   * lock and temporary files before both exit.
   */
  static Optional<Integer> run(List<String> command, Map<String, String> environment) {
    Process child;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().putAll(environment);
      child = builder.start();
    } catch (IOException e) {
      return Optional.empty();
    } catch (OutOfMemoryError e) {
      // No thread to watch the child with (a limit on processes): said, not a stack trace.
      System.err.print(org.chartdesk.diagnostics.OutOfMemory.said(e));
      return Optional.of(Main.INPUT_ERROR);
    }
    Runtime.getRuntime().addShutdownHook(new StopChild(child, command));
    int exit = Main.INTERNAL;
    try {
      exit = child.waitFor();
      return Optional.of(exit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return Optional.of(Main.INTERNAL);
    } finally {
      ClassArchive.settle(command, exit);
    }
  }

  /** Stops the child the way this JVM is being stopped, and waits for it to end. */
  private static final class StopChild extends Thread {
    private final Process child;
    private final List<String> command;

    StopChild(Process child, List<String> command) {
      this.child = child;
      this.command = command;
    }

    @Override
    public void run() {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // A stopped build makes no archive: what it had made is removed.
      ClassArchive.settle(command, Main.INTERNAL);
    }
  }
}
