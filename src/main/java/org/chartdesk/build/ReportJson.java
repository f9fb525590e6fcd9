package org.chartdesk.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.chartdesk.diagnostics.Diagnostic;

/** The build report as JSON for scheduled builds: each chart's status, files and time, and every diagnostic. */
public final class ReportJson {
  private ReportJson() {}

  public static byte[] of(BuildReport report, int exitCode) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", Build.TOOL);
    root.put("exitCode", exitCode);
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    ArrayNode charts = root.putArray("charts");
    for (ChartResult r : report.results()) {
      ObjectNode c = charts.addObject();
      c.put("id", r.id());
      c.put("status", r.status().word());
      c.put("millis", r.millis());
      ArrayNode files = c.putArray("outputs");
      r.outputs().forEach(o -> files.add(o.path()));
    }
    ArrayNode removed = root.putArray("removed");
    report.removed().forEach(o -> removed.add(o.path()));
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode n = diagnostics.addObject();
      n.put("severity", d.severity().label());
      n.put("code", d.code().name());
      n.put("file", d.file());
      n.put("line", d.line());
      n.put("column", d.column());
      n.put("message", d.text());
      if (d.hint() != null) {
        n.put("hint", d.hint());
      }
      if (d.chart() != null) {
        n.put("chart", d.chart());
      }
    }
    try {
      return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
