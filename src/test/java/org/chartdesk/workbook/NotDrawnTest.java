package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Frame;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.theme.NewsLocale;
import org.junit.jupiter.api.Test;

/** What a native Excel chart does not show is named on its sheet, one line each, dated as in the image. */
class NotDrawnTest {
  @Test
  void eachEventLineAndSpanGetsALineDatedAsPreciselyAsTheSource() {
    FuzzyDate august1971 = new FuzzyDate(1971, "august");
    FuzzyDate late1970s = new FuzzyDate(1970, "late-decade");
    List<Annotation> marks = List.of(
        new Annotation(Annotation.Kind.LINE, august1971, august1971, "Treaty of Friendship and Cooperation"),
        new Annotation(Annotation.Kind.SPAN, late1970s, late1970s, "Janata government"),
        new Annotation(Annotation.Kind.SPAN, new FuzzyDate(1974, null), new FuzzyDate(1975, null), "No figures"));

    assertThat(NotDrawn.lines(frame(marks), true, NewsLocale.english())).containsExactly(
        "Not drawn in the Excel chart (see the image below): event line at August 1971, "
            + "\"Treaty of Friendship and Cooperation\"",
        "Not drawn in the Excel chart (see the image below): shaded span over late 1970s, \"Janata government\"",
        "Not drawn in the Excel chart (see the image below): shaded span from 1974 to 1975, \"No figures\"");
    assertThat(NotDrawn.lines(frame(marks.subList(0, 1)), false, NewsLocale.english())).containsExactly(
        "Not drawn in the Excel chart: event line at August 1971, \"Treaty of Friendship and Cooperation\"");
  }

  /** In a German workbook the lines are German; the editor's words and the dates' labels stay as given. */
  @Test
  void aGermanWorkbookNamesThemInGerman() {
    FuzzyDate august1971 = new FuzzyDate(1971, "august");
    List<Annotation> marks = List.of(
        new Annotation(Annotation.Kind.LINE, august1971, august1971, "Treaty of Friendship and Cooperation"),
        new Annotation(Annotation.Kind.SPAN, new FuzzyDate(1974, null), new FuzzyDate(1975, null), "No figures"));

    assertThat(NotDrawn.lines(frame(marks), true, NewsLocale.named("de"))).containsExactly(
        "Im Excel-Diagramm nicht gezeichnet (siehe das Bild unten): Ereignislinie bei August 1971, "
            + "\"Treaty of Friendship and Cooperation\"",
        "Im Excel-Diagramm nicht gezeichnet (siehe das Bild unten): hinterlegter Zeitraum von 1974 bis 1975, "
            + "\"No figures\"");
  }

  @Test
  void aChartWithoutEventLinesOrSpansHasNone() {
    assertThat(NotDrawn.lines(frame(List.of()), true, NewsLocale.english())).isEmpty();
  }

  private static Frame frame(List<Annotation> marks) {
    return new Frame("c", "T", null, List.of(), "Source: S", 1200, 675, "house", List.of(), marks, List.of(),
        List.of(), NewsLocale.english(), null, null);
  }
}
