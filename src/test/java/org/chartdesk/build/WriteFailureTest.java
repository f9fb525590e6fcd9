package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.chartdesk.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/** The errors the JDK raises when a disk is full or read-only, said in words, with what to do. */
class WriteFailureTest {
  private static final Path ROOT = Path.of("/srv/story");

  private static String said(IOException e) {
    Diagnostic d = WriteFailure.of("out/png/a.png", e, ROOT);
    return d.format() + "\n" + d.hintText().orElse("");
  }

  @Test
  void aFullDiskAReadOnlyOneAndAFileSizeLimit() {
    assertThat(said(new FileSystemException("/srv/story/out/png/.tmp-1-a.png", null, "No space left on device")))
        .startsWith("out/png/a.png: error: could not write out/png/a.png: the disk is full").contains("free some space");
    assertThat(said(new FileSystemException("/srv/story/out/png", null, "Read-only file system")))
        .contains("the file system is read-only").contains("pass --out");
    assertThat(said(new IOException("File too large"))).contains("larger than this process may write")
        .contains("ulimit -f");
  }

  @Test
  void permissionOnATemporarySiblingNamesItsFolder() {
    assertThat(said(new AccessDeniedException("/srv/story/out/png/.tmp-1-a.png")))
        .contains("this user may not create files in out/png").doesNotContain(".tmp-");
    assertThat(said(new AccessDeniedException("/srv/story/out"))).contains("permission denied on out");
  }

  /** A folder removed under a running build: said in words, not as the exception's name. */
  @Test
  void aMissingFolderOnThePath() {
    assertThat(said(new java.nio.file.NoSuchFileException("/srv/story/out/png/.tmp-1-a.png")))
        .contains("could not write out/png/a.png: a folder on its path does not exist").contains("make the folder")
        .doesNotContain("Exception");
  }

  @Test
  void anythingElseKeepsTheSystemsWords() {
    assertThat(said(new FileSystemException("/srv/story/out/png/a.png", null, "Input/output error")))
        .contains("could not write out/png/a.png: Input/output error");
  }
}
