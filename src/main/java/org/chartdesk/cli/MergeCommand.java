package org.chartdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chartdesk.build.LockHeldException;
import org.chartdesk.build.Merge;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chartdesk merge}: gathers the parts of a sharded build into one output folder. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Gather the output folders of a sharded build (build --shard K/N) into one; "
        + "a build over it then adds the workbook and gallery without redrawing.")
final class MergeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged output folder")
  Path out;

  @Parameters(paramLabel = "PART", arity = "1..*", description = "output folders of the parts")
  List<Path> parts;

  @Override
  public Integer call() throws IOException {
    List<Diagnostic> problems;
    List<org.chartdesk.build.Output> removed = new java.util.ArrayList<>();
    try {
      problems = Merge.merge(out.toAbsolutePath().normalize(), parts.stream().map(Path::toAbsolutePath).toList(),
          removed);
    } catch (LockHeldException e) {
      spec.commandLine().getErr().println("chartdesk: " + out + " is being built by " + e.getMessage());
      return Main.LOCKED;
    }
    Diagnostics.print(problems, spec.commandLine().getErr());
    if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      spec.commandLine().getErr().println("merge failed: " + Diagnostics.summary(problems));
      return Main.INPUT_ERROR;
    }
    BuildCommand.removed(removed, spec.commandLine().getOut());
    spec.commandLine().getOut().println("merged " + Diagnostics.count(parts.size(), "part") + " into " + out);
    return Main.OK;
  }
}
