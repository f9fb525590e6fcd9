package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
  private static final Font HEAD = Fonts.bold(16);
  private static final Font BODY = Fonts.regular(16);
  private static final String[] WORDS = {"Nikita", "Khrushchev", "Soviet", "Union", "India", "fall", "of", "1955",
      "announced", "support", "for", "Indian", "sovereignty", "over", "Kashmir", "and", "Goa", "–"};

  /**
   * Columns fill the width, and where the table can hold every column's widest word, no word runs
   * into the next column, whatever the cells.
   */
  @Test
  void columnsFillTheWidthAndKeepWholeWordsWhereTheyCan() {
    Random random = new Random(5);
    for (int round = 0; round < 500; round++) {
      int columns = 2 + random.nextInt(4);
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        headers.add(text(random, 1));
      }
      List<List<String>> cells = new ArrayList<>();
      for (int r = 1 + random.nextInt(5); r > 0; r--) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          row.add(text(random, 1 + random.nextInt(c == columns - 1 ? 9 : 3)));
        }
        cells.add(row);
      }
      double available = 250 + random.nextDouble() * 900;
      List<Boolean> numeric = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        numeric.add(random.nextBoolean());
      }
      double[] widths = TableLayout.widths(headers, numeric, cells, available, HEAD, BODY);
      assertThat(Arrays.stream(widths).sum()).as("round %d", round).isCloseTo(available, within(1e-6));
      double least = 0;
      double[] words = new double[columns];
      for (int c = 0; c < columns; c++) {
        words[c] = widest(headers.get(c), HEAD);
        for (List<String> row : cells) {
          words[c] = Math.max(words[c], widest(row.get(c), BODY));
        }
        least += words[c] + TableLayout.PAD;
      }
      if (least <= available) {
        for (int c = 0; c < columns; c++) {
          assertThat(widths[c] - TableLayout.PAD).as("round %d column %d", round, c).isGreaterThanOrEqualTo(words[c] - 1e-6);
        }
      }
    }
  }

  /**
   * Where the columns fit with width to spare, the spare goes to the last column of text: the
   * columns of numbers after it keep their own width and stand together at the right edge, read
   * across from their names. Given to a last column of numbers, it set 12.3% 713 px right of 0.35.
   */
  @Test
  void spareWidthGoesToTheLastColumnOfText() {
    List<String> headers = List.of("Partner", "Balance", "Share");
    List<List<String>> cells = List.of(List.of("Soviet Union", "−1.45", "18.2%"), List.of("Iran", "0.12", "3.1%"));
    double[] widths = TableLayout.widths(headers, List.of(false, true, true), cells, 1136, HEAD, BODY);
    assertThat(widths[1]).isEqualTo(Math.max(TextMetrics.width("Balance", HEAD), TextMetrics.width("−1.45", BODY))
        + TableLayout.PAD);
    assertThat(widths[2]).isEqualTo(Math.max(TextMetrics.width("Share", HEAD), TextMetrics.width("18.2%", BODY))
        + TableLayout.PAD);
    assertThat(widths[0]).isCloseTo(1136 - widths[1] - widths[2], within(1e-9));
    // A table of numbers only gives its spare to the last column, as before.
    double[] numbers = TableLayout.widths(headers, List.of(true, true, true), cells, 1136, HEAD, BODY);
    assertThat(numbers[2]).isGreaterThan(numbers[0]);
  }

  /**
   * A table stands its rows one under another exactly when its columns cannot keep whole words;
   * then every row's title and fields fit the width, and the height counts each of their lines.
   */
  @Test
  void rowsStandOneUnderAnotherOnlyWhenColumnsCannotKeepWholeWords() {
    List<String> headers = List.of("Visitor", "From", "To", "When", "Outcome");
    List<List<String>> cells = List.of(
        List.of("Nikita Khrushchev", "Soviet Union", "India", "fall of 1955",
            "announced Soviet support for Indian sovereignty over Kashmir and Goa"),
        List.of("Indira Gandhi", "India", "Soviet Union", "1953", ""));
    assertThat(TableLayout.stacked(headers, cells, 900, HEAD, BODY)).isFalse();
    double phone = 300;
    assertThat(TableLayout.stacked(headers, cells, phone, HEAD, BODY)).isTrue();
    double lines = 0;
    for (List<String> row : cells) {
      List<String> title = TableLayout.titleLines(row.get(0), HEAD, phone);
      assertThat(title).allSatisfy(l -> assertThat(TextMetrics.width(l, HEAD)).isLessThanOrEqualTo(phone));
      lines += title.size() * TextMetrics.lineHeight(HEAD) + 2 * TableLayout.ROW_GAP;
      for (int c = 1; c < headers.size(); c++) {
        List<String> field = TableLayout.fieldLines(headers.get(c), row.get(c), BODY, phone);
        assertThat(field.get(0)).startsWith(headers.get(c) + ": ");
        assertThat(field).allSatisfy(l -> assertThat(TextMetrics.width(l, BODY)).isLessThanOrEqualTo(phone));
        lines += field.size() * TextMetrics.lineHeight(BODY);
      }
    }
    assertThat(TableLayout.fieldLines("Outcome", "", BODY, phone)).containsExactly("Outcome: –");
    assertThat(TableLayout.stackedHeight(headers, cells, phone, HEAD, BODY)).isCloseTo(lines, within(1e-9));
  }

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = 1; i < words; i++) {
      sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static double widest(String s, Font font) {
    return Arrays.stream(s.split(" ")).mapToDouble(w -> TextMetrics.width(w, font)).max().orElse(0);
  }
}
