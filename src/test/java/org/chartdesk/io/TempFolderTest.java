package org.chartdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed outright leaves its temporary folder, tens of megabytes for a million rows; the
 * next build removes it, and never the folder of a build that may still be running.
 */
class TempFolderTest {
  @TempDir Path temp;
  private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void aKilledBuildsFolderIsRemovedWithItsFilesAndNothingElse() throws IOException {
    Path killed = folder("chartdesk-tmp-101-5", 2);
    Files.write(Files.createDirectories(killed.resolve("sub")).resolve("rows.deflate"), new byte[1000]);
    Files.setLastModifiedTime(killed, FileTime.from(now.minusSeconds(7200)));
    Path running = folder("chartdesk-tmp-102-6", 2);
    Path recent = folder("chartdesk-tmp-103-7", 0);
    Path unnamed = folder("chartdesk-tmp-7281934", 2);
    Path other = folder("poifiles", 2);
    Set<Long> alive = Set.of(102L);

    TempFolder.removeAbandoned(temp, now, alive::contains);

    assertThat(killed).doesNotExist();
    assertThat(running).as("its process is running").isDirectory();
    assertThat(recent).as("touched within the hour: maybe a build in another container").isDirectory();
    assertThat(unnamed).as("no process number in its name").isDirectory();
    assertThat(other).isDirectory();
  }

  @Test
  void aMissingTemporaryFolderIsNoFailure() {
    TempFolder.removeAbandoned(temp.resolve("missing"), now, pid -> false);
  }

  /** A folder with a file, last changed {@code hoursAgo} before now. */
  private Path folder(String name, int hoursAgo) throws IOException {
    Path f = Files.createDirectories(temp.resolve(name));
    Files.writeString(f.resolve("poi-sxssf-sheet1.xml"), "<x/>");
    Files.setLastModifiedTime(f, FileTime.from(now.minusSeconds(hoursAgo * 3600L)));
    return f;
  }
}
