package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a dumbbell's names leave their column for a line above the dots. */
class NarrowLayoutTest {
  private static final Font YEARS = Fonts.regular(13);
  /** Indira Gandhi's terms, 1966–1977 and 1980–1984, and Stalin's, on the examples' 1920–1995 axis. */
  private static final List<List<Integer>> TERMS = List.of(List.of(1966, 1977, 1980, 1984), List.of(1924, 1953));

  @Test
  void aDumbbellKeepsItsNameColumnWhereEveryYearHasRoomOverItsDot() {
    assertThat(NarrowLayout.dumbbellNamesAbove(200, 1100, TERMS, 1920, 1995, 16, YEARS)).isFalse();
  }

  @Test
  void namesGoAboveWhereARowsYearsCannotBeLabelledOrTheColumnWouldTakeHalfTheWidth() {
    // At a phone's 440 units, the column leaves 3.3 units a year: 1977, 1980 and 1984 stand within
    // 24 units, and the third has room neither over its dot nor under it.
    assertThat(NarrowLayout.dumbbellNamesAbove(200, 440, TERMS, 1920, 1995, 16, YEARS)).isTrue();
    // At a web size's 700, 1980 hangs under its dot and 1984 stands over its own: the column stays.
    assertThat(NarrowLayout.dumbbellNamesAbove(200, 700, TERMS, 1920, 1995, 16, YEARS)).isFalse();
    // Years far apart, but the names would take more than half the width.
    assertThat(NarrowLayout.dumbbellNamesAbove(300, 440, List.of(List.of(1924, 1953)), 1920, 1995, 16, YEARS))
        .isTrue();
    assertThat(NarrowLayout.dumbbellNamesAbove(200, 440, List.of(List.of(1924, 1953)), 1920, 1995, 16, YEARS))
        .isFalse();
  }

  @Test
  void aRowsWordsGoUnderItsNameOnlyWhereTheLineWouldOverrun() {
    Font name = Fonts.bold(16);
    double line = NarrowLayout.widestLine(List.of("Indira Gandhi", "Rajiv Gandhi"),
        List.of("1966–1977, 1980–1984", ""), name, YEARS);
    assertThat(line).isEqualTo(TextMetrics.width("Indira Gandhi", name) + 8
        + TextMetrics.width("1966–1977, 1980–1984", YEARS));
    assertThat(NarrowLayout.notesUnderNames(line, line + 1)).isFalse();
    assertThat(NarrowLayout.notesUnderNames(line, line - 1)).isTrue();
  }
}
