package org.chartdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;

/** Prints diagnostics to stderr in compiler style. */
final class Diagnostics {
  private Diagnostics() {}

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(d.format());
    }
    err.flush();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
