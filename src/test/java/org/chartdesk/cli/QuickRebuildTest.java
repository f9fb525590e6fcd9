package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which command lines skip picocli: the plain build forms only. */
class QuickRebuildTest {
  @Test
  void thePlainFormsAreBuildsWithTheirProjectAndOutput() {
    BuildCommand c = QuickRebuild.of(new String[] {"build", "--project", "p", "--out=o"}).orElseThrow();
    assertThat(c.project).isEqualTo(Path.of("p"));
    assertThat(c.out).isEqualTo(Path.of("o"));
    BuildCommand bare = QuickRebuild.of(new String[] {"build"}).orElseThrow();
    assertThat(bare.project).isEqualTo(Path.of(""));
    assertThat(bare.out).isNull();
    assertThat(bare.jobs).isNull();
    assertThat(bare.force).isFalse();
    BuildCommand nightly = QuickRebuild.of(new String[] {"build", "--strict", "--report", "r.json", "--wait"})
        .orElseThrow();
    assertThat(nightly.strict).isTrue();
    assertThat(nightly.waitForLock).isTrue();
    assertThat(nightly.report).isEqualTo(Path.of("r.json"));
    BuildCommand preview = QuickRebuild.of(new String[] {"build", "--formats", "png,svg"}).orElseThrow();
    assertThat(preview.formats).containsExactly("png", "svg");
    assertThat(bare.formats).isNull();
    BuildCommand ci = QuickRebuild.of(new String[] {"build", "--force", "--jobs", "4"}).orElseThrow();
    assertThat(ci.force).isTrue();
    assertThat(ci.jobs).isEqualTo(4);
    assertThat(QuickRebuild.of(new String[] {"build", "--jobs=1"}).orElseThrow().jobs).isEqualTo(1);
  }

  @Test
  void aPlainCheckIsMadeDirectlyToo() {
    CheckCommand c = QuickRebuild.check(new String[] {"check", "--project=p", "--strict"}).orElseThrow();
    assertThat(c.project).isEqualTo(Path.of("p"));
    assertThat(c.strict).isTrue();
    assertThat(QuickRebuild.check(new String[] {"check"}).orElseThrow().strict).isFalse();
    for (String[] args : new String[][] {{"check", "--help"}, {"check", "--out", "o"}, {"check", "--locale", "de"},
        {"check", "--strict", "--strict"}, {"build"}}) {
      assertThat(QuickRebuild.check(args)).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void anyOtherFormGoesThroughPicocli() {
    for (String[] args : new String[][] {
        {}, {"check"}, {"build", "--force", "--force"}, {"build", "--help"}, {"build", "--jobs", "0"},
        {"build", "--jobs", "two"}, {"build", "--jobs", "-1"}, {"build", "--jobs", "9999999"}, {"build", "--jobs"},
        {"build", "--project"}, {"build", "--project", "a", "--project", "b"}, {"build", "--out", "--force"},
        {"build", "stray"}, {"build", "--locale=de"}, {"build", "--strict", "--strict"}, {"build", "--wait=true"},
        // Formats that cannot be built: picocli words the usage error.
        {"build", "--formats", "xlsx"}, {"build", "--formats=png,jpg"}, {"build", "--formats", "png,"}}) {
      assertThat(QuickRebuild.of(args)).as(String.join(" ", args)).isEmpty();
    }
  }
}
