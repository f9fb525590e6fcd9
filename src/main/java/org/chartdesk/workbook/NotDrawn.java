package org.chartdesk.workbook;

import java.util.ArrayList;
import java.util.List;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Frame;
import org.chartdesk.theme.NewsLocale;

/**
 * The editor's annotations a native Excel chart does not show, one line of text each for the
 * chart's sheet, so that none is dropped silently: event lines and shaded spans. Excel draws
 * nothing at a date on a category axis; it could be faked with an extra series or with shapes
 * drawn over the chart, which would not follow the axis when an analyst edits the chart or its
 * data. The notes at points and the highlights are drawn (see {@link DataLabels} and
 * {@link Highlight}).
 */
final class NotDrawn {
  private NotDrawn() {}

  /**
   * A line per annotation, such as {@code Not drawn in the Excel chart (see the image below):
   * event line at August 1971, "Treaty of Friendship and Cooperation"}.
   *
   * @param image whether the published image is on the sheet to show them
   * @param words the locale of the workbook's own words
   */
  static List<String> lines(Frame frame, boolean image, NewsLocale words) {
    List<String> out = new ArrayList<>();
    for (Annotation a : frame.annotations()) {
      out.add(words.say(image ? "workbook_not_drawn_image" : "workbook_not_drawn", "what", what(a, words),
          "text", a.text()));
    }
    return out;
  }

  /** The annotation and its date, in words: dates as precise as the source, as the image labels them. */
  private static String what(Annotation a, NewsLocale words) {
    return switch (a.kind()) {
      case LINE -> words.say("workbook_event_line", "at", a.from().label());
      case SPAN -> a.from().equals(a.to()) ? words.say("workbook_span_over", "at", a.from().label())
          : words.say("workbook_span", "from", a.from().label(), "to", a.to().label());
    };
  }
}
