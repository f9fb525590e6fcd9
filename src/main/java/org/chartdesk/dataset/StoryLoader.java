package org.chartdesk.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;

/** Loads {@code datasets/datapackage.json} and every CSV it lists, all errors in one pass. */
public final class StoryLoader {
  public static final String DESCRIPTOR = "datasets/datapackage.json";

  private final Path project;

  public StoryLoader(Path project) {
    this.project = project;
  }

  public Story load() throws InputException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(project.resolve(DESCRIPTOR)));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputException(Message.DESCRIPTOR_INVALID.error(DESCRIPTOR,
          loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null,
          e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(Message.FILE_UNREADABLE.error(DESCRIPTOR, 0, 0,
          "a project keeps its data package in " + DESCRIPTOR, DESCRIPTOR, e.getClass().getSimpleName()));
    }
    List<Source> sources = new ArrayList<>();
    for (JsonNode s : root.path("sources")) {
      sources.add(new Source(s.path("name").asText(""), s.path("title").asText(""),
          s.path("path").asText(""), s.path("text").asText(null)));
    }
    List<Dataset> datasets = new ArrayList<>();
    for (JsonNode resource : root.path("resources")) {
      Dataset d = loadResource(resource, diagnostics);
      if (d != null) {
        datasets.add(d);
      }
    }
    if (diagnostics.stream().anyMatch(d -> d.severity() == org.chartdesk.diagnostics.Severity.ERROR)) {
      throw new InputException(diagnostics);
    }
    JsonNode license = root.path("licenses").path(0);
    return new Story(root.path("name").asText("story"), root.path("title").asText(""),
        root.path("description").asText(""), license.path("title").asText(""),
        license.path("path").asText(""), List.copyOf(sources), List.copyOf(datasets));
  }

  private Dataset loadResource(JsonNode resource, List<Diagnostic> diagnostics) {
    String name = resource.path("name").asText("");
    String relative = resource.path("path").asText("");
    String shown = "datasets/" + relative;
    if (name.isEmpty() || !relative.matches("[A-Za-z0-9._-]+\\.csv")) {
      diagnostics.add(Message.DESCRIPTOR_INVALID.error(DESCRIPTOR, 0, 0,
          "each resource needs a name and a path to a CSV file inside datasets/",
          "resource " + Message.quote(name) + " has path " + Message.quote(relative)));
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (JsonNode f : resource.path("schema").path("fields")) {
      FieldType type = FieldType.fromSchema(f.path("type").asText("string"));
      if (type == null) {
        diagnostics.add(Message.DESCRIPTOR_INVALID.error(DESCRIPTOR, 0, 0,
            "types: string, integer, number, year",
            "field " + Message.quote(f.path("name").asText()) + " has unknown type "
                + Message.quote(f.path("type").asText())));
        continue;
      }
      List<String> allowed = new ArrayList<>();
      f.path("constraints").path("enum").forEach(v -> allowed.add(v.asText()));
      fields.add(new Field(f.path("name").asText(), type, f.path("title").asText(null),
          f.path("description").asText(""), f.path("unit").asText(null),
          f.path("constraints").path("required").asBoolean(false), List.copyOf(allowed),
          "citation".equals(f.path("role").asText(""))));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(project.resolve("datasets").resolve(relative));
    } catch (IOException e) {
      diagnostics.add(Message.FILE_UNREADABLE.error(shown, 0, 0, null, shown, e.getClass().getSimpleName()));
      return null;
    }
    List<Row> rows = new CsvLoader(shown, fields, diagnostics).load(bytes);
    if (rows == null) {
      return null;
    }
    return new Dataset(name, resource.path("title").asText(name),
        resource.path("description").asText(""), shown, List.copyOf(fields), List.copyOf(rows),
        sha256(bytes));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
