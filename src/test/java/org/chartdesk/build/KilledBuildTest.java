package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.chartdesk.dataset.StoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed with SIGKILL at random moments: every output file is whole and valid afterwards
 * (each is written to a temporary file and moved into place), and the next build repairs the rest.
 */
class KilledBuildTest {
  @TempDir Path tmp;

  @Test
  void aBuildKilledAtAnyMomentLeavesValidFilesAndTheNextBuildRepairs() throws Exception {
    Path out = tmp.resolve("out");
    Path temp = Files.createDirectories(tmp.resolve("temp"));
    SplittableRandom random = new SplittableRandom(1971);
    for (int round = 0; round < 4; round++) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
          "org.chartdesk.cli.Main",
          "build", "--force", "--project", Path.of("").toAbsolutePath().toString(), "--out", out.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Thread.sleep(500 + random.nextInt(round == 0 ? 6000 : 3000));
      p.destroyForcibly().waitFor();
      assertEveryFileIsValid(out);
      // What a killed build leaves in the temporary folder is its own folder, which a later build
      // removes (TempFolderTest); not Java's copies of the fonts, 400 KB a face, which none would.
      try (Stream<Path> left = Files.list(temp)) {
        assertThat(left).allMatch(f -> Files.isDirectory(f) && f.getFileName().toString().startsWith("chartdesk-tmp-"));
      }
    }
    BuildReport repaired = new Build(Path.of("").toAbsolutePath()).build(out);
    assertThat(repaired.errors()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    for (JsonNode o : manifest.path("outputs")) {
      assertThat(StoryLoader.sha256(Files.readAllBytes(out.resolve(o.path("path").asText()))))
          .as(o.path("path").asText()).isEqualTo(o.path("sha256").asText());
    }
    assertEveryFileIsValid(out);
  }

  private static void assertEveryFileIsValid(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      if (name.endsWith(".png")) {
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes))).as(name).isNotNull();
      } else if (name.endsWith(".xlsx")) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
          int entries = 0;
          while (zip.getNextEntry() != null) {
            entries++;
          }
          assertThat(entries).as(name).isPositive();
        }
      } else if (name.endsWith(".json")) {
        assertThat(new ObjectMapper().readTree(bytes)).as(name).isNotNull();
      } else if (name.endsWith(".pdf")) {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
      } else if (name.endsWith(".svg") || name.endsWith(".html")) {
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).stripTrailing()).endsWith(">");
      }
    }
  }
}
