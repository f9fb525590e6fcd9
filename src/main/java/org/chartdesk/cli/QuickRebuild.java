package org.chartdesk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code chartdesk build} in its plain forms, with no options but {@code --project DIR},
 * {@code --out DIR}, {@code --report FILE}, {@code --formats LIST}, {@code --jobs N},
 * {@code --strict}, {@code --force} and {@code --wait}: the nightly job's command, most often a
 * rebuild with nothing to do, a CI job's, and an editor's {@code --formats png}. picocli would
 * first read the commands' annotations, half the time of such a rebuild (0.25 s of 0.5 on a slower
 * machine; 47.5 ms of a one-chart build's 364 ms); these forms need nothing from it, so the build
 * command is made directly, as picocli would make it. So is a plain {@code check}, with no options
 * but {@code --project DIR} and {@code --strict}. Any other form, and any doubt (an option twice,
 * a missing value, a count of jobs that is not a whole number from 1 to 32767), goes through picocli, which
 * also words the mistakes.
 */
final class QuickRebuild {
  private QuickRebuild() {}

  static Optional<BuildCommand> of(String[] args) {
    Parsed p = parse(args, "build", BUILD_VALUED, BUILD_FLAGS);
    if (p == null) {
      return Optional.empty();
    }
    Map<String, String> values = p.values();
    BuildCommand command = BuildCommand.plain(Path.of(values.getOrDefault("--project", "")),
        values.containsKey("--out") ? Path.of(values.get("--out")) : null);
    command.report = values.containsKey("--report") ? Path.of(values.get("--report")) : null;
    if (values.containsKey("--formats")) {
      command.formats = List.of(values.get("--formats").split(",", -1));
      try {
        BuildCommand.formats(command.formats);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (values.containsKey("--jobs")) {
      command.jobs = BuildCommand.jobCount(values.get("--jobs"));
      if (command.jobs == null) {
        return Optional.empty();
      }
    }
    command.force = p.flags().contains("--force");
    command.strict = p.flags().contains("--strict");
    command.waitForLock = p.flags().contains("--wait");
    return Optional.of(command);
  }

  /** {@code chartdesk check} with no options but {@code --project DIR} and {@code --strict}: an editor's check. */
  static Optional<CheckCommand> check(String[] args) {
    Parsed p = parse(args, "check", Set.of("--project"), Set.of("--strict"));
    return p == null ? Optional.empty() : Optional.of(
        CheckCommand.plain(Path.of(p.values().getOrDefault("--project", "")), p.flags().contains("--strict")));
  }

  /** A plain form's options, by name; the flags given. */
  private record Parsed(Map<String, String> values, Set<String> flags) {}

  /** The command's options when each is one it knows, given once, with its value; else null. */
  private static Parsed parse(String[] args, String command, Set<String> valued, Set<String> known) {
    if (args.length == 0 || !args[0].equals(command)) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      int equals = name.indexOf('=');
      if (known.contains(name)) {
        if (!flags.add(name)) {
          return null;
        }
        continue;
      }
      String value;
      if (equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
        value = args[++i];
      } else {
        return null;
      }
      if (!valued.contains(name) || values.put(name, value) != null) {
        return null;
      }
    }
    return new Parsed(values, flags);
  }

  private static final Set<String> BUILD_VALUED = Set.of("--project", "--out", "--report", "--formats", "--jobs");
  private static final Set<String> BUILD_FLAGS = Set.of("--strict", "--force", "--wait");
}
