package org.chartdesk.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;

/** A throwaway project with one resource: its descriptor and its CSV, loaded by {@link StoryLoader}. */
final class TestProject {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestProject() {}

  /** A field of a schema with extra properties in pairs: "groupChar", ",", "trueValues", List.of(...). */
  static ObjectNode field(String name, String type, Object... properties) {
    ObjectNode field = JSON.createObjectNode().put("name", name).put("type", type);
    for (int i = 0; i < properties.length; i += 2) {
      field.set((String) properties[i], JSON.valueToTree(properties[i + 1]));
    }
    return field;
  }

  /** A resource named "data" whose schema has the fields; add properties with {@link #with}. */
  static ObjectNode resource(ObjectNode... fields) {
    ObjectNode resource = JSON.createObjectNode().put("name", "data");
    ArrayNode list = resource.putObject("schema").putArray("fields");
    for (ObjectNode f : fields) {
      list.add(f);
    }
    return resource;
  }

  /** The resource with a property set: "dialect", Map.of("delimiter", ";"), or "encoding", "...". */
  static ObjectNode with(ObjectNode resource, String key, Object value) {
    ObjectNode copy = resource.deepCopy();
    copy.set(key, JSON.valueToTree(value));
    return copy;
  }

  /** The resource with the schema's missingValues set. */
  static ObjectNode missing(ObjectNode resource, String... tokens) {
    return inSchema(resource, "missingValues", List.of(tokens));
  }

  /** The resource with a property of its schema set. */
  static ObjectNode inSchema(ObjectNode resource, String key, Object value) {
    ObjectNode copy = resource.deepCopy();
    ((ObjectNode) copy.get("schema")).set(key, JSON.valueToTree(value));
    return copy;
  }

  /** Writes datasets/datapackage.json and datasets/{file} into dir, then loads the story. */
  static Loaded load(Path dir, String file, byte[] csv, ObjectNode resource) throws IOException {
    Path datasets = Files.createDirectories(dir.resolve("datasets"));
    ObjectNode pkg = JSON.createObjectNode().put("name", "test");
    pkg.putArray("resources").add(resource.deepCopy().put("path", file));
    Files.write(datasets.resolve("datapackage.json"), JSON.writeValueAsBytes(pkg));
    Files.write(datasets.resolve(file), csv);
    StoryLoader loader = new StoryLoader(dir);
    try {
      Story story = loader.load();
      return new Loaded(story.datasets().get(0), loader.warnings(), null);
    } catch (InputException e) {
      return new Loaded(null, List.of(), e.diagnostics());
    }
  }

  /**
   * What a load gave: the dataset and its warnings, or every diagnostic (errors and warnings) of
   * the failed load.
   */
  record Loaded(Dataset dataset, List<Diagnostic> warnings, List<Diagnostic> failure) {}
}
