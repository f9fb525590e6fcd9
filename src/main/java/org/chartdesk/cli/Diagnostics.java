package org.chartdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.export.BuildDate;
import org.chartdesk.diagnostics.Severity;

/** Prints diagnostics to stderr in compiler style. */
final class Diagnostics {
  private Diagnostics() {}

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(d.format());
    }
    err.flush();
  }

  /**
   * Whether the environment a run reads can be used ({@code SOURCE_DATE_EPOCH}, the date written
   * into outputs): checked before anything is drawn or written, and said when it cannot, a usage
   * error, as the way the tool was called is at fault and not the project.
   */
  static boolean environmentUsable(PrintWriter err) {
    Diagnostic problem = BuildDate.problem(System.getenv(BuildDate.VARIABLE));
    if (problem != null) {
      err.println("chartdesk: " + problem.format());
      err.flush();
    }
    return problem == null;
  }

  /**
   * The diagnostics as a run with {@code --strict} tells them: every warning an error, as it fails
   * the run like one, on stderr, in the closing line's count and in the report alike.
   */
  static List<Diagnostic> strict(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::asError).toList();
  }

  /** "2 errors, 1 warning in 2 files": the closing line of a run. */
  static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    long files = diagnostics.stream().map(Diagnostic::file).distinct().count();
    String text = count(errors, "error");
    if (warnings > 0) {
      text += ", " + count(warnings, "warning");
    }
    return text + " in " + count(files, "file");
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
