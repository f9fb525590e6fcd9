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

  /**
   * A limit of the process, not a disk: the hint says which (it said to free space or make the
   * temporary folder writable, for ulimit -n too), and a path too long for the file system is
   * said as such, with what to shorten.
   */
  @Test
  void tooManyOpenFilesAndANameTooLong() {
    assertThat(said(new FileSystemException("/srv/story/out/png/.tmp-1-a.png", null, "Too many open files")))
        .contains("could not write out/png/a.png: this process may open no more files").contains("ulimit -n");
    assertThat(said(new FileSystemException("/srv/story/out/png/.tmp-1-a.png", null, "File name too long")))
        .contains("its path or name is longer than the file system takes").contains("pass --out with a shorter path");
  }

  /**
   * The temporary folder: the JDK gave the path alone when permission was denied or the folder was
   * missing, and the message said "...where Java draws fonts from: /tmp/x/chartdesk-tmp-81-47",
   * with a hint to free space there.
   */
  @Test
  void theTemporaryFolderSaysWhatIsWrongWithIt() {
    assertThat(WriteFailure.temporary(new AccessDeniedException("/srv/tmp/chartdesk-tmp-81-47"), "/srv/tmp"))
        .isEqualTo(new WriteFailure.Temporary("permission denied", "give this user write access to /srv/tmp, or "
            + "java -Djava.io.tmpdir=DIR -jar ... gives Java another temporary folder"));
    assertThat(WriteFailure.temporary(new java.nio.file.NoSuchFileException("/nonexistent/chartdesk-tmp-81-47"),
        "/nonexistent").reason()).isEqualTo("there is no such folder");
    assertThat(WriteFailure.temporary(new IOException("No space left on device"), "/tmp").hint())
        .startsWith("free some space there, or java -Djava.io.tmpdir=DIR");
    assertThat(WriteFailure.temporary(new IOException("Too many open files"), "/tmp").hint()).contains("ulimit -n")
        .doesNotContain("free space");
    Diagnostic workbook = WriteFailure.temporary("out/story.xlsx", new IOException("File too large"));
    assertThat(workbook.format()).startsWith("out/story.xlsx: error: could not make out/story.xlsx in the "
        + "temporary folder " + System.getProperty("java.io.tmpdir") + ": larger than this process may write");
    assertThat(workbook.hintText()).hasValueSatisfying(h -> assertThat(h).contains("ulimit -f"));
  }

  @Test
  void anythingElseKeepsTheSystemsWords() {
    assertThat(said(new FileSystemException("/srv/story/out/png/a.png", null, "Input/output error")))
        .contains("could not write out/png/a.png: Input/output error");
  }
}
