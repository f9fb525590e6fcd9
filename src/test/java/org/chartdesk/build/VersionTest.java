package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which build of the tool made the outputs: a jar's entries name it, not its version alone. */
class VersionTest {
  @TempDir Path dir;

  @Test
  void aJarWithTheSameEntriesIsTheSameBuildAndAnyChangedEntryAnother() throws IOException {
    String one = Version.build(jar("a.jar", "class bytes"));
    assertThat(one).matches("\\+[0-9a-f]{12}");
    assertThat(Version.build(jar("b.jar", "class bytes"))).as("the same entries elsewhere").isEqualTo(one);
    assertThat(Version.build(jar("c.jar", "class byteS"))).as("one byte changed").isNotEqualTo(one);
  }

  @Test
  void classesOutsideAJarGiveTheVersionAlone() throws IOException {
    assertThat(Version.build(dir)).isEmpty();
    assertThat(Version.build(Files.writeString(dir.resolve("not.jar"), "not a zip"))).isEmpty();
    assertThat(Version.build(null)).isEmpty();
  }

  /** A jar of one class file and a font, its dates fixed as the reproducible build fixes them. */
  private Path jar(String name, String classBytes) throws IOException {
    Path jar = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String[] entry : new String[][] {{"org/chartdesk/A.class", classBytes}, {"fonts/Sans.ttf", "glyphs"}}) {
        ZipEntry e = new ZipEntry(entry[0]);
        e.setLastModifiedTime(FileTime.fromMillis(1_767_225_600_000L));
        out.putNextEntry(e);
        out.write(entry[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }
}
