package org.chartdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs chartdesk again in a JVM set up for what a build is: a short command that loads thousands
 * of classes and runs most of its code briefly. Under the JVM's defaults three quarters of a small
 * build's CPU time went to the C2 compiler (the story: 7.8 s of 10.2 s), on code that finished
 * before C2's work paid off, and G1 grew the heap of a 200-chart build to 1.3 GB. C1 alone, the
 * serial collector and a class-data-sharing archive made at package time halve a small build's
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
  /** Made by the package step beside the jar, from a build of the examples: same name, .jsa. */
  static final String ARCHIVE_SUFFIX = ".jsa";
  private static final long PARENT_POLL_MILLIS = 100;
  /** The exit status of a process killed by SIGKILL, as a shell reports it. */
  private static final int KILLED = 137;

  /** An option of ours and the user's options that, given, mean the user chose for that family. */
  private record Tuning(List<String> options, Pattern userChoice) {}

  /**
   * C1 alone, for brief work; over large datasets ({@link WorthTuning.Workload}) C2 pays back. On
   * one compiler thread: two compiled at once on the cores the build needs (one chart's PNGs 278.5
   * against 267 ms, the story 1.21 against 1.16 s, interleaved; 200 charts the same). C1 alone is
   * what lets the count be 1 (every tier needs 2), so a user's compiler count is the same family.
   */
  private static final Tuning C1_ALONE = new Tuning(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"),
      Pattern.compile("-XX:(TieredStopAtLevel=.*|[+-]TieredCompilation|CICompilerCount=.*)|-Xint|-Xcomp|-Xmixed"));
  private static final List<Tuning> ALWAYS = List.of(
      new Tuning(List.of("-XX:+UseSerialGC"), Pattern.compile("-XX:[+-]Use\\w*GC")),
      // The performance counters are a file in /tmp per JVM that nothing reads here.
      new Tuning(List.of("-XX:-UsePerfData"), Pattern.compile("-XX:[+-]UsePerfData")));
  private static final Pattern USER_SHARING = Pattern.compile("-Xshare:.*|-XX:SharedArchiveFile=.*");

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
      chosen.addAll(Arrays.asList(env.getOrDefault(variable, "").trim().split("\\s+")));
    }
    Path jarFile = Path.of(command.get(jar + 1)).toAbsolutePath().normalize();
    List<String> child = new ArrayList<>();
    child.add(command.get(0));
    List<Tuning> tunings = new ArrayList<>(ALWAYS);
    if (work == WorthTuning.Workload.BRIEF) {
      tunings.add(0, C1_ALONE);
    }
    for (Tuning t : tunings) {
      if (!anyMatches(chosen, t.userChoice())) {
        child.addAll(t.options());
      }
    }
    if (!anyMatches(chosen, USER_SHARING)) {
      child.addAll(sharing(jarFile));
    }
    child.addAll(userOptions);
    child.add("-D" + CHILD + "=true");
    child.add("-D" + PARENT + "=".concat(Long.toString(ProcessHandle.current().pid())));
    child.add("-jar");
    child.add(jarFile.toString());
    child.addAll(command.subList(jar + 2, command.size()));
    return Optional.of(child);
  }

  // Loops rather than streams here and below: the JVM that runs this has not linked a lambda yet,
  // and the first costs milliseconds (Launcher).
  private static boolean anyMatches(List<String> options, Pattern choice) {
    for (String o : options) {
      if (choice.matcher(o).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The archive beside the jar, when it is there and newer than the jar. The JVM checks the rest
   * (same JDK, same jar) and quietly runs without it otherwise: its logging of that is turned off,
   * since the JVM would print it on standard output.
   */
  private static List<String> sharing(Path jarFile) {
    String jar = jarFile.getFileName().toString();
    String name = (jar.endsWith(".jar") ? jar.substring(0, jar.length() - 4) : jar).concat(ARCHIVE_SUFFIX);
    Path archive = jarFile.resolveSibling(name);
    try {
      if (!Files.isRegularFile(archive)
          || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jarFile)) < 0) {
        return List.of();
      }
    } catch (IOException e) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=".concat(archive.toString()), "-Xshare:auto", "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off",
        // Mapped where it was made, not relocated: the JVM started in 40 ms instead of 90 (Debian's
        // JDK 17 relocates by default). Where that address is taken, the JVM relocates anyway. The
        // flag is diagnostic, and ignored by a JDK that lacks it; the user's options were already
        // checked by the JVM that starts this one.
        "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-XX:+IgnoreUnrecognizedVMOptions");
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
   * Runs the child to its end and returns its exit code, or empty when it could not be started.
   * Stopping this JVM (SIGTERM, Ctrl-C) stops the child the same way, so that it releases its
   * lock and temporary files before both exit.
   */
  static Optional<Integer> run(List<String> command) {
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      return Optional.empty();
    }
    Runtime.getRuntime().addShutdownHook(new StopChild(child));
    try {
      return Optional.of(child.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return Optional.of(Main.INTERNAL);
    }
  }

  /** Stops the child the way this JVM is being stopped, and waits for it to end. */
  private static final class StopChild extends Thread {
    private final Process child;

    StopChild(Process child) {
      this.child = child;
    }

    @Override
    public void run() {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * In the child: when the parent is killed outright (SIGKILL leaves it no time to stop the
   * child), stop too, as if killed with it; a build so stopped leaves every output whole.
   */
  static void stopWithParent() {
    Long given = Long.getLong(PARENT);
    // Polled: the JDK's onExit() looks at a process that is not a child only every few seconds,
    // and a parent killed outright stays a zombie until reaped. Its child is re-parented at once.
    // The parent's pid comes from the parent itself: read here, it could already be the process
    // this one was re-parented to, had the parent been killed as this JVM started.
    Thread watch = new Thread(() -> {
      Optional<Long> parent = given != null ? Optional.of(given) : parentPid();
      try {
        while (parentPid().equals(parent)) {
          Thread.sleep(PARENT_POLL_MILLIS);
        }
        Runtime.getRuntime().halt(KILLED);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chartdesk-parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  private static Optional<Long> parentPid() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid);
  }
}
