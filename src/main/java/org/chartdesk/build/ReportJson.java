package org.chartdesk.build;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Severity;

/**
 * The build report as JSON for scheduled builds: each chart's status, files, time and the
 * diagnostics about it, and every diagnostic. Written with Jackson's streaming generator, not its
 * data binding: a nightly rebuild with nothing to do writes its report too, and loading the data
 * binding was half its time.
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * Writes the report to {@code file}, making its folders (a nightly job's {@code reports/DATE.json})
   * and moving it into place whole, so that what reads it never sees half a report.
   */
  public static void write(java.nio.file.Path file, BuildReport report, int exitCode) throws IOException {
    java.nio.file.Path absolute = file.toAbsolutePath().normalize();
    new OutputWriter(absolute.getParent()).write(absolute.getFileName().toString(), of(report, exitCode));
  }

  public static byte[] of(BuildReport report, int exitCode) {
    return PrettyJson.of(json -> {
      json.writeStartObject();
      json.writeStringField("tool", Build.TOOL);
      json.writeNumberField("exitCode", exitCode);
      json.writeNumberField("errors", report.errors());
      json.writeNumberField("warnings", report.warnings());
      json.writeArrayFieldStart("charts");
      for (ChartResult r : report.results()) {
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("status", r.status().word());
        json.writeNumberField("millis", r.millis());
        // By path, whether drawn now or kept: the same files list alike in every report.
        strings(json, "outputs", r.outputs().stream().sorted(Comparator.comparing(Output::path)).toList());
        // Why a chart failed, or what the checks found in it, without matching files to charts.
        List<Diagnostic> about = report.diagnostics().stream().filter(r::concerns).toList();
        json.writeNumberField("errors", about.stream().filter(d -> d.severity() == Severity.ERROR).count());
        json.writeNumberField("warnings", about.stream().filter(d -> d.severity() == Severity.WARNING).count());
        diagnostics(json, about);
        json.writeEndObject();
      }
      json.writeEndArray();
      // The build's own files (the workbook, the gallery), and every file this build wrote, for a
      // job that publishes what changed.
      strings(json, "files", report.outputs().stream().filter(o -> o.chart() == null)
          .sorted(Comparator.comparing(Output::path)).toList());
      json.writeArrayFieldStart("written");
      for (String path : report.written().stream().sorted().toList()) {
        json.writeString(path);
      }
      json.writeEndArray();
      strings(json, "removed", report.removed());
      diagnostics(json, report.diagnostics());
      json.writeEndObject();
    });
  }

  /** The diagnostics as an array of objects, located as the messages on stderr are. */
  private static void diagnostics(JsonGenerator json, List<Diagnostic> diagnostics) throws IOException {
    json.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      json.writeStartObject();
      json.writeStringField("severity", d.severity().label());
      json.writeStringField("code", d.code().name());
      json.writeStringField("file", d.file());
      json.writeNumberField("line", d.line());
      json.writeNumberField("column", d.column());
      json.writeStringField("message", d.text());
      if (d.hint() != null) {
        json.writeStringField("hint", d.hint());
      }
      if (d.chart() != null) {
        json.writeStringField("chart", d.chart());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** An array of the outputs' paths. */
  private static void strings(JsonGenerator json, String name, List<Output> outputs) throws IOException {
    json.writeArrayFieldStart(name);
    for (Output o : outputs) {
      json.writeString(o.path());
    }
    json.writeEndArray();
  }
}
