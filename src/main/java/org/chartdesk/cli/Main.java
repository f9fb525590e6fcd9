package org.chartdesk.cli;

import java.io.PrintWriter;
import org.chartdesk.build.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chartdesk}: the command line. The only place that calls {@code System.exit}. */
@Command(
    name = "chartdesk",
    mixinStandardHelpOptions = true,
    version = "chartdesk " + Version.VERSION,
    description = "Builds publication charts and an Excel workbook from curated datasets and chart specs.",
    subcommands = {BuildCommand.class, CheckCommand.class, SchemaCommand.class, MergeCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input has errors, or a chart failed",
      "2:usage error",
      "3:internal error",
      "75:another build holds the output folder"
    })
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;
  /** EX_TEMPFAIL: another build holds the output folder; try again. */
  public static final int LOCKED = 75;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build or check");
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // picocli registers converters for the java.time and java.sql types by loading them; no option
    // has such a type, and loading them is a good part of the start of a build with nothing to do.
    System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** Runs the CLI with the given streams; returns the exit code. Tests call this in-process. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A bug of ours, not the user's: one line, no stack trace.
      commandLine.getErr().println("chartdesk: internal error: " + e);
      commandLine.getErr().flush();
      return INTERNAL;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("chartdesk: " + e.getMessage());
      c.getErr().println("Try 'chartdesk --help'.");
      c.getErr().flush();
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable e) {
      // An Error (out of memory, a broken installation) escapes picocli's handler: still one line.
      err.println("chartdesk: internal error: " + e);
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }
}
