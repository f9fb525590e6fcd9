package org.chartdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.chartdesk.dataset.StoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of several chunks, of one, and empty: the same bytes back, the same hash as of the bytes. */
class FileBytesTest {
  @TempDir Path dir;

  @Test
  void whatIsWrittenReadsBackWithTheHashOfItsBytes() throws Exception {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, (1 << 20) - 1, 1 << 20, 5 * (1 << 20) / 2}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Path file = dir.resolve("f" + size);
      FileBytes.write(file, bytes);
      assertThat(Files.readAllBytes(file)).as("written, %d bytes", size).isEqualTo(bytes);
      assertThat(FileBytes.read(file)).as("read, %d bytes", size).isEqualTo(bytes);
      assertThat(FileBytes.sha256(file)).as("hashed, %d bytes", size).isEqualTo(StoryLoader.sha256(bytes));
    }
  }

  @Test
  void writingReplacesALongerFile() throws Exception {
    Path file = dir.resolve("f");
    FileBytes.write(file, new byte[3 << 20]);
    FileBytes.write(file, new byte[] {1, 2, 3});
    assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
  }
}
