package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest is read back as it was written, and a damaged one is refused, never half read. */
class JsonReaderTest {
  @TempDir Path out;

  @Test
  void aManifestReadsBackAsWritten() throws IOException {
    Output png = new Output("png/Москва \"1\".png", "png", "c--v1", new byte[] {1, 2, 3});
    Output book = new Output("story.xlsx", "xlsx", null, new byte[0]);
    Files.write(out.resolve(Manifest.PATH), Manifest.of("chartdesk 0.1.0", "story", "2/3", null,
        Map.of("datasets/a.csv", "ab"), Map.of("c--v1", "cd"), List.of(png, book)));
    Manifest.Previous read = Manifest.read(out);
    assertThat(read.tool()).isEqualTo("chartdesk 0.1.0");
    assertThat(read.shard()).isEqualTo("2/3");
    assertThat(read.inputs()).containsExactly(Map.entry("datasets/a.csv", "ab"));
    assertThat(read.chartKeys()).containsExactly(Map.entry("c--v1", "cd"));
    assertThat(read.outputs()).extracting(Manifest.Entry::path, Manifest.Entry::chart, Manifest.Entry::bytes)
        .containsExactly(org.assertj.core.api.Assertions.tuple("png/Москва \"1\".png", "c--v1", 3L),
            org.assertj.core.api.Assertions.tuple("story.xlsx", null, 0L));
    assertThat(read.story()).isEqualTo("story");
  }

  @Test
  void valuesOfEveryKindAndDamageThatIsRefused() throws IOException {
    assertThat(JsonReader.read(" {\"a\": [1, -2.5e1, true, false, null, \"\\u00e9\\n\\\\\"], \"b\": {}} "))
        .isEqualTo(Map.of("a", java.util.Arrays.asList(1L, -25.0, true, false, null, "é\n\\"), "b", Map.of()));
    for (String bad : List.of("{\"a\": 1", "{\"a\" 1}", "[1 2]", "\"open", "{} x", "", "tru", "{\"a\": \"\\u12\"}")) {
      assertThatThrownBy(() -> JsonReader.read(bad)).as(bad).isInstanceOf(IOException.class);
    }
    Files.writeString(out.resolve(Manifest.PATH), "{\"tool\": \"chartdesk\", \"outputs\": [");
    assertThat(Manifest.read(out)).as("a manifest cut short by a killed build").isNull();
  }

  /**
   * A manifest edited into something else is one that cannot be read, and the build redoes
   * everything: brackets alone ran the reader out of stack, and a NUL in a path stopped the build
   * at the path; both were "internal error", exit code 3, every night until the file was removed.
   */
  @Test
  void aManifestTooDeepOrNamingNoFileIsOneThatCannotBeRead() throws IOException {
    Files.writeString(out.resolve(Manifest.PATH), "[".repeat(100_000));
    assertThat(Manifest.read(out)).isNull();
    Files.writeString(out.resolve(Manifest.PATH), "{\"a\": ".repeat(100) + "1" + "}".repeat(100));
    assertThat(Manifest.read(out)).isNull();
    Output png = new Output("png/a\0b.png", "png", "a", new byte[] {1});
    Files.write(out.resolve(Manifest.PATH), Manifest.of("chartdesk 0.1.0", "story", null, null, Map.of(), Map.of(),
        List.of(png)));
    assertThat(Manifest.read(out)).isNull();
  }
}
