package org.chartdesk.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.chartdesk.dataset.StoryLoader;

/** {@code manifest.json}: every output with its path, format, chart and SHA-256, sorted by path. */
final class Manifest {
  static final String PATH = "manifest.json";

  private Manifest() {}

  static byte[] of(String tool, String story, List<Output> outputs) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", tool);
    root.put("story", story);
    ArrayNode files = root.putArray("outputs");
    outputs.stream().sorted(Comparator.comparing(Output::path)).forEach(o -> {
      ObjectNode f = files.addObject();
      f.put("path", o.path());
      f.put("format", o.format());
      if (o.chart() == null) {
        f.putNull("chart");
      } else {
        f.put("chart", o.chart());
      }
      f.put("sha256", StoryLoader.sha256(o.bytes()));
      f.put("bytes", o.bytes().length);
    });
    try {
      return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
