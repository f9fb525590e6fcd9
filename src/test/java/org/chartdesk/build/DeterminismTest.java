package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chartdesk.dataset.StoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds in separate processes, one under another time zone and locale, give byte-identical
 * outputs: the nightly diff stays quiet and a rebuild anywhere gives the same files.
 */
class DeterminismTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void sameInputsGiveSameBytesUnderAnotherTimeZoneAndLocale() throws Exception {
    run(Path.of(""), first, "UTC", "en", "US");
    run(Path.of(""), second, "Asia/Kolkata", "de", "DE");
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("manifest.json", "india-soviet-union-relations.xlsx");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  /** Local date-times are as written: no zone's daylight saving or offset moves a point, a tick or a cell. */
  @Test
  void linesOverDateTimesAreTheSameInEveryTimeZone() throws Exception {
    Path project = Path.of("src/test/resources/date-axis");
    run(project, first, "America/New_York", "en", "US");
    run(project, second, "Australia/Lord_Howe", "ru", "RU");
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("png/hourly.png", "date-axis.xlsx");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  private static void run(Path project, Path out, String zone, String language, String country) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
        "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
        "-cp", System.getProperty("java.class.path"), "org.chartdesk.cli.Main", "build",
        "--project", project.toAbsolutePath().toString(), "--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("TZ", zone);
    pb.environment().put("LANG", language + "_" + country + ".UTF-8");
    pb.environment().remove("SOURCE_DATE_EPOCH");
    assertThat(pb.start().waitFor()).isZero();
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
