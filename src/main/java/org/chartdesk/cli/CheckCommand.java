package org.chartdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chartdesk.build.Build;
import org.chartdesk.diagnostics.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chartdesk check}: every check of a build, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check datasets and chart specs without writing outputs.")
final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin HouseOptions house;

  @Option(names = "--project", paramLabel = "DIR", description = "project directory (default: current directory)")
  Path project = Path.of("");

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** A check of {@code project} with every other option at its default, as picocli would make it. */
  static CheckCommand plain(Path project, boolean strict) {
    CheckCommand command = new CheckCommand();
    command.house = new HouseOptions();
    command.project = project;
    command.strict = strict;
    return command;
  }

  /** The check, writing what it found to {@code err} and its verdict to {@code out}. */
  int run(PrintWriter out, PrintWriter err) {
    if (!Diagnostics.environmentUsable(err)) {
      return Main.USAGE;
    }
    Build build = new Build(project.toAbsolutePath().normalize(), house.settings());
    Build.Checked checked = build.check();
    if (checked.story() != null) {
      checked = build.checkDrawn(checked);
    }
    List<Diagnostic> found = strict ? Diagnostics.strict(checked.diagnostics()) : checked.diagnostics();
    Diagnostics.print(found, err);
    if (checked.failed(strict)) {
      err.println("check failed: " + Diagnostics.summary(found));
      return Main.INPUT_ERROR;
    }
    if (!found.isEmpty()) {
      err.println(Diagnostics.summary(found));
    }
    out.println("ok: " + checked.models().size() + " charts, "
        + checked.story().datasets().size() + " datasets, no errors");
    return Main.OK;
  }
}
