package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Labels wrapped in as few lines as fit, and those lines even: no word left alone on the last. */
class TextWrapTest {
  private static final Font BODY = Fonts.regular(12);

  @Test
  void aLabelThatFillingLeavesALastWordAloneBreaksEvenly() {
    String text = "Khrushchev visits India, backs Kashmir and Goa";
    double width = TextMetrics.width("Khrushchev visits India, backs Kashmir and", BODY) + 1;
    assertThat(filled(text, width)).containsExactly("Khrushchev visits India, backs Kashmir and", "Goa");
    assertThat(TextMetrics.wrap(text, BODY, width)).containsExactly("Khrushchev visits India,", "backs Kashmir and Goa");
  }

  /** A cell's tab or line break is a space in a label: measured, wrapped and drawn as one. */
  @Test
  void tabsAndLineEndsInATextAreOneSpaceEach() {
    assertThat(TextMetrics.oneLine("Treaty of\nFriendship")).isEqualTo("Treaty of Friendship");
    assertThat(TextMetrics.oneLine("Treaty of \r\n  Friendship\t")).isEqualTo("Treaty of Friendship ");
    assertThat(TextMetrics.oneLine("\t=1")).isEqualTo(" =1");
    String plain = "Treaty  of Friendship";
    assertThat(TextMetrics.oneLine(plain)).as("two spaces alone stay two").isSameAs(plain);
    assertThat(TextMetrics.width("Treaty of\nFriendship", BODY)).isEqualTo(TextMetrics.width("Treaty of Friendship", BODY));
    assertThat(TextMetrics.wrap("Treaty of\nFriendship and Cooperation", BODY, 1000))
        .containsExactly("Treaty of Friendship and Cooperation");
  }

  /**
   * The frame's text does not break inside what a dash joins: "1953–" over "1986", "India–" over
   * "Soviet" on a phone. A hyphenated word still breaks after its hyphen.
   */
  @Test
  void frameTextKeepsWhatADashJoinsWhole() {
    Font title = Fonts.bold(24);
    String text = "Five visits between India and the Soviet Union, 1953–1986";
    double width = TextMetrics.width("and the Soviet Union, 1953–", title) + 2;
    List<String> lines = TextMetrics.frameLines(text, width, s -> TextMetrics.width(s, title));
    assertThat(lines).last().isEqualTo("1953–1986");
    assertThat(String.join("", lines)).isEqualTo(text);
    assertThat(TextMetrics.frameLines("Indo-Soviet", TextMetrics.width("Indo-", title) + 2,
        s -> TextMetrics.width(s, title))).containsExactly("Indo-", "Soviet");
    assertThat(TextMetrics.frameLines("Five visits\nbetween India and the Soviet Union", 1000,
        s -> TextMetrics.width(s, title))).as("a line break in the text").containsExactly("Five visits",
            "between India and the Soviet Union");
    String pair = "Nine decades of India–Soviet relations";
    assertThat(TextMetrics.frameLines(pair, TextMetrics.width("Nine decades of India–", title) + 2,
        s -> TextMetrics.width(s, title))).as("two names an en dash pairs").containsExactly("Nine decades of ",
            "India–Soviet relations");
    assertThat(TextMetrics.frameLines("a treaty – of 20 years", TextMetrics.width("a treaty – ", title) + 2,
        s -> TextMetrics.width(s, title))).as("a dash between spaces").first().isEqualTo("a treaty – ");
  }

  /**
   * A headline's lines as even as they can be, in as many lines as filling takes; other frame
   * text only keeps a word from standing alone on its last line ("1966." under a note).
   */
  @Test
  void frameTextIsSetEvenlyOrWithoutAWordAloneInAsManyLines() {
    Font title = Fonts.bold(24);
    String headline = "KGB-planted articles in the Indian press fell by four-fifths in a year";
    double width = TextMetrics.width("KGB-planted articles in the Indian press fell by four-", title) + 2;
    List<String> filled = TextMetrics.frameLines(headline, width, s -> TextMetrics.width(s, title));
    List<String> even = TextMetrics.frameSet(headline, width, s -> TextMetrics.width(s, title), true);
    assertThat(filled).hasSize(2).last().isEqualTo("fifths in a year");
    assertThat(even).hasSize(2).containsExactly("KGB-planted articles in the Indian ", "press fell by four-fifths in a year");

    Font small = Fonts.regular(12);
    String note = "Note: Indira Gandhi visited in 1953, before she held office; she was Prime Minister of India from 1966.";
    // Every width at which filling leaves a word alone on the last line.
    int widths = 0;
    for (double w = 150; w < TextMetrics.width(note, small); w += 1) {
      List<String> greedy = TextMetrics.frameLines(note, w, s -> TextMetrics.width(s, small));
      if (greedy.size() < 2 || greedy.get(greedy.size() - 1).strip().contains(" ")) {
        continue;
      }
      widths++;
      List<String> set = TextMetrics.frameSet(note, w, s -> TextMetrics.width(s, small), false);
      assertThat(set).as("at %.0f", w).hasSameSizeAs(greedy);
      assertThat(String.join("", set)).isEqualTo(note);
      assertThat(set.get(set.size() - 1).strip()).as("at %.0f: %s", w, set).contains(" ");
    }
    assertThat(widths).isPositive();
  }

  @Test
  void anyTextKeepsItsWordsFitsItsWidthAndTakesNoMoreLinesThanFillingThem() {
    Random random = new Random(20261126);
    String[] words = {"a", "Soviet", "veto", "on", "Kashmir", "1955", "non-communist", "Radhakrishnan", "USSR,", "—"};
    for (int i = 0; i < 500; i++) {
      List<String> picked = new ArrayList<>();
      for (int n = 1 + random.nextInt(14); n > 0; n--) {
        picked.add(words[random.nextInt(words.length)]);
      }
      String text = String.join(" ", picked);
      double width = 20 + random.nextDouble() * 300;
      List<String> lines = TextMetrics.wrap(text, BODY, width);
      assertThat(String.join(" ", lines)).as(text).isEqualTo(text);
      assertThat(lines.size()).as("%s at %.1f", text, width).isEqualTo(filled(text, width).size());
      for (String line : lines) {
        if (line.contains(" ")) {
          assertThat(TextMetrics.width(line, BODY)).as("%s at %.1f", line, width).isLessThanOrEqualTo(width);
        }
      }
    }
  }

  /** Each line filled with as many words as fit: as few lines as any wrapping at that width. */
  private static List<String> filled(String text, double width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && TextMetrics.width(longer, BODY) > width) {
        lines.add(line);
        line = word;
      } else {
        line = longer;
      }
    }
    lines.add(line);
    return lines;
  }
}
