package org.chartdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chartdesk build}: check the input, then write every chart, the workbook and the manifest. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Check the project, then write charts, workbook and manifest.")
final class BuildCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--project", paramLabel = "DIR", description = "project directory (default: current directory)")
  Path project = Path.of("");

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/ in the project)")
  Path out;

  @Option(names = "--strict", description = "treat warnings as errors")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    Path root = project.toAbsolutePath().normalize();
    Path target = out == null ? root.resolve("out") : out.toAbsolutePath().normalize();
    var stdout = spec.commandLine().getOut();
    var stderr = spec.commandLine().getErr();
    BuildReport report = new Build(root).build(target, strict);
    Diagnostics.print(report.diagnostics(), stderr);
    if (report.errors() > 0 || (strict && report.warnings() > 0)) {
      stderr.println("build failed: " + Diagnostics.summary(report.diagnostics(), strict)
          + "; nothing was written");
      return Main.INPUT_ERROR;
    }
    if (report.warnings() > 0) {
      stderr.println(Diagnostics.summary(report.diagnostics(), false));
    }
    for (String id : report.charts()) {
      long files = report.outputs().stream().filter(o -> id.equals(o.chart())).count();
      stdout.println("built " + id + " (" + files + " files)");
    }
    for (Output o : report.outputs()) {
      if (o.chart() == null) {
        stdout.println("wrote " + o.path());
      }
    }
    stdout.println("wrote manifest.json: " + report.outputs().size() + " outputs in " + display(root, target));
    return Main.OK;
  }

  private static String display(Path root, Path target) {
    return target.startsWith(root) ? root.relativize(target) + "/" : target.toString();
  }
}
