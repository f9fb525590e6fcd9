package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chartdesk.workbook.NumberAxisTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line over 300 whole-number steps in the workbook, as LibreOffice shows it: its x axis labelled
 * at a few round numbers on one line, not 300 labels run together ("10001001100210031004..."), and
 * the editor's note drawn at its point.
 */
class NumberAxisRenderTest {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @TempDir Path dir;

  @Test
  void theXAxisIsLabelledAtRoundNumbersAndTheNoteIsShown() throws Exception {
    Tools.require("soffice", "pdftotext");
    Path book = dir.resolve("steps.xlsx");
    Files.write(book, NumberAxisTest.workbook(NumberAxisTest.project(dir), Map.of()));
    String[] pages = LibreOfficeRender.pages(dir, LibreOfficeRender.pdf(dir, book));
    String page = pages[LibreOfficeRender.lastPageWith(pages, "Chart data:") - 1];
    assertThat(page).contains(NumberAxisTest.NOTE);
    // Nothing run together: the chart data block's cells hold one number each.
    assertThat(page).doesNotContainPattern("\\d{9,}");
    // The axis: one line of at least four round numbers from the first step on (laid out as text,
    // a row of the chart data on the same baseline may come before it on the line).
    List<String> axis = page.lines().map(NumberAxisRenderTest::fromFirstStep).filter(l -> tokens(l).length >= 4)
        .toList();
    assertThat(axis).as(page).singleElement().satisfies(l -> assertThat(tokens(l))
        .allSatisfy(t -> assertThat(Integer.parseInt(t) % 50).as(t).isZero()));
  }

  /** The line from its last token that is the first step, or "" when it has none. */
  private static String fromFirstStep(String line) {
    String first = Integer.toString(NumberAxisTest.FIRST);
    String padded = " " + line.strip() + " ";
    int at = padded.lastIndexOf(" " + first + " ");
    return at < 0 ? "" : padded.substring(at).strip();
  }

  private static String[] tokens(String line) {
    String[] t = line.split("\\s+");
    return Arrays.stream(t).allMatch(s -> NUMBER.matcher(s).matches()) ? t : new String[0];
  }
}
