package org.chartdesk.cli;

import java.util.concurrent.Callable;
import org.chartdesk.spec.SpecSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code chartdesk schema}: prints the JSON Schema of chart specs, for editors' completion. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of chart specs (published as docs/chart-spec.schema.json).")
final class SchemaCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SpecSchema.json());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
