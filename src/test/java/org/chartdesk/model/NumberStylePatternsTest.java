package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Formats are kept from one number to the next: every number is written as its pattern says,
 * however many patterns a build has met, and a pattern that is none is refused every time.
 */
class NumberStylePatternsTest {
  @Test
  void lakhsAndCroresGroupAsWrittenByHand() {
    for (long v = 1; v < 10_000_000_000L; v = v * 7 + 3) {
      assertThat(NumberStyle.format(v, NumberStyle.INDIAN_PATTERN)).isEqualTo(indian(v));
    }
  }

  @Test
  void manyPatternsInOneBuildEachFormatAsItSays() {
    for (int round = 0; round < 2; round++) {
      for (int decimals = 0; decimals < 100; decimals++) {
        String pattern = decimals == 0 ? "0" : "0." + "0".repeat(decimals % 12) + "#".repeat(decimals / 12);
        assertThat(NumberStyle.format(2.5, pattern)).as(pattern)
            .isEqualTo(decimals == 0 ? "2" : "2.5" + "0".repeat(Math.max(0, decimals % 12 - 1)));
      }
    }
  }

  @Test
  void aPatternThatIsNoneIsRefusedEveryTime() {
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> NumberStyle.format(1, "#,##0.0.0")).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(NumberStyle.isPattern("#,##0.0.0")).isFalse();
  }

  /** Lakh and crore grouping written out by hand: 12,34,567. */
  private static String indian(long v) {
    String digits = Long.toString(v);
    if (digits.length() <= 3) {
      return digits;
    }
    String head = digits.substring(0, digits.length() - 3);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < head.length(); i++) {
      if (i > 0 && (head.length() - i) % 2 == 0) {
        out.append(',');
      }
      out.append(head.charAt(i));
    }
    return out + "," + digits.substring(digits.length() - 3);
  }
}
