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

  @Option(names = "--project", paramLabel = "DIR", description = "project directory (default: current directory)")
  Path project = Path.of("");

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Override
  public Integer call() {
    Build.Checked checked = new Build(project.toAbsolutePath().normalize()).check();
    var err = spec.commandLine().getErr();
    Diagnostics.print(checked.diagnostics(), err);
    long errors = checked.diagnostics().stream()
        .filter(d -> strict || d.severity() == org.chartdesk.diagnostics.Severity.ERROR).count();
    if (errors > 0) {
      err.println("check failed: " + Diagnostics.count(errors, "error"));
      return Main.INPUT_ERROR;
    }
    spec.commandLine().getOut().println("ok: " + checked.models().size() + " charts, "
        + checked.story().datasets().size() + " datasets, no errors");
    return Main.OK;
  }
}
