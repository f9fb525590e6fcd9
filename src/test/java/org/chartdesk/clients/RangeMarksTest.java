package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.chartdesk.build.Build;
import org.chartdesk.build.BuildReport;
import org.chartdesk.build.StoryCopy;
import org.chartdesk.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two visits on one row of the story's leaders chart in the same year ("1953", "June 1953"):
 * their labels would be drawn over each other, so they are joined into one beside the first, at
 * every size, and poppler reads it from the PDF.
 */
class RangeMarksTest {
  @TempDir Path dir;

  @Test
  void twoVisitsInAYearOnOneRowShareALabel() throws Exception {
    Tools.require("pdftotext");
    Path project = StoryCopy.into(dir.resolve("project"));
    Files.writeString(project.resolve("datasets/leader-visits.csv"), "Indira Gandhi,,India,Soviet Union,,1953,june,"
        + "June 1953,,\"The KGB carefully cultivated a close relationship with Indira Gandhi, surrounding her with"
        + " male admirers during her 1953 visit to the Soviet Union.\"\n", StandardOpenOption.APPEND);

    BuildReport report = new Build(project).build(dir.resolve("out"));

    assertThat(report.diagnostics()).extracting(Diagnostic::format).isEmpty();
    for (String pdf : new String[] {"pdf/leaders-in-office.pdf", "pdf/phone/leaders-in-office.pdf"}) {
      String text = Tools.run(dir, "pdftotext", "-raw", dir.resolve("out").resolve(pdf).toString(), "-")
          .replaceAll("\\s+", " ");
      assertThat(text).as(pdf).contains("June 1953; 1953", "June 1955");
    }
  }
}
