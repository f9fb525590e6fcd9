package org.chartdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chartdesk.build.Build;
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
    Build build = new Build(project.toAbsolutePath().normalize(), house.settings());
    Build.Checked checked = build.check();
    if (checked.story() != null) {
      checked = build.checkDrawn(checked);
    }
    var err = spec.commandLine().getErr();
    Diagnostics.print(checked.diagnostics(), err);
    if (checked.failed(strict)) {
      err.println("check failed: " + Diagnostics.summary(checked.diagnostics(), strict));
      return Main.INPUT_ERROR;
    }
    if (!checked.diagnostics().isEmpty()) {
      err.println(Diagnostics.summary(checked.diagnostics(), false));
    }
    spec.commandLine().getOut().println("ok: " + checked.models().size() + " charts, "
        + checked.story().datasets().size() + " datasets, no errors");
    return Main.OK;
  }
}
