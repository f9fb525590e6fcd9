package org.chartdesk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published schema is what the loader accepts, and editors' completion covers every shipped spec. */
class SpecSchemaTest {
  static final Path PUBLISHED = Path.of("docs/chart-spec.schema.json");

  @Test
  void publishedSchemaIsCurrent() throws IOException {
    assertThat(Files.readString(PUBLISHED))
        .as("regenerate with: java -jar target/chartdesk.jar schema > docs/chart-spec.schema.json")
        .isEqualTo(SpecSchema.json());
  }

  @Test
  void everyShippedSpecUsesOnlyKeysTheSchemaAllowsForItsKind() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SpecSchema.json());
    try (Stream<Path> specs = Files.list(Path.of("charts"))) {
      for (Path p : specs.toList()) {
        JsonNode spec = new YAMLMapper().readTree(p.toFile());
        String kind = spec.path("kind").asText();
        JsonNode allowed = null;
        for (JsonNode rule : schema.path("allOf")) {
          if (rule.at("/if/properties/kind/const").asText().equals(kind)) {
            allowed = rule.at("/then/propertyNames/enum");
          }
        }
        assertThat(allowed).as(p + ": kind " + kind + " in the schema").isNotNull();
        final JsonNode keys = allowed;
        spec.fieldNames().forEachRemaining(k -> assertThat(keys.toString()).as(p + ": " + k).contains("\"" + k + "\""));
        for (JsonNode required : schema.path("required")) {
          assertThat(spec.has(required.asText())).as(p + " has " + required.asText()).isTrue();
        }
      }
    }
  }
}
