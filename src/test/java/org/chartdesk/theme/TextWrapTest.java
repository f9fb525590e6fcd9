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

  /**
   * The frame's text breaks after a dash, but not inside a range of numbers: "1953–" over "1986"
   * on a phone. A hyphenated word still breaks after its hyphen.
   */
  @Test
  void frameTextKeepsARangeOfNumbersWhole() {
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
    assertThat(TextMetrics.hasNumberRange(text)).isTrue();
    assertThat(TextMetrics.hasNumberRange("Indo-Soviet – a treaty of 20 years")).isFalse();
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
