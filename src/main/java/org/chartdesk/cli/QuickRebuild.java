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
 * {@code --out DIR}, {@code --report FILE}, {@code --formats LIST}, {@code --strict} and
 * {@code --wait}: the nightly job's command, most often a rebuild with nothing to do, and an
 * editor's {@code --formats png}. picocli would first read the commands'
 * annotations, half the time of such a rebuild (0.25 s of 0.5 here); these forms need nothing from
 * it, so the build command is made directly, as picocli would make it. Any other form, and any
 * doubt (an option twice, a missing value), goes through picocli, which also words the mistakes.
 */
final class QuickRebuild {
  private QuickRebuild() {}

  static Optional<BuildCommand> of(String[] args) {
    if (args.length == 0 || !args[0].equals("build")) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      int equals = name.indexOf('=');
      if (FLAGS.contains(name)) {
        if (!flags.add(name)) {
          return Optional.empty();
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
        return Optional.empty();
      }
      if (!VALUED.contains(name) || values.put(name, value) != null) {
        return Optional.empty();
      }
    }
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
    command.strict = flags.contains("--strict");
    command.waitForLock = flags.contains("--wait");
    return Optional.of(command);
  }

  private static final Set<String> VALUED = Set.of("--project", "--out", "--report", "--formats");
  private static final Set<String> FLAGS = Set.of("--strict", "--wait");
}
