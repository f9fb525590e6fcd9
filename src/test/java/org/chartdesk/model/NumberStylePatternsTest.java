package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            .isEqualTo(decimals == 0 ? "3" : "2.5" + "0".repeat(Math.max(0, decimals % 12 - 1)));
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

  /**
   * Excel's scaling commas (a dataset in roubles read in millions or billions), and halves
   * rounded as Excel rounds them, away from zero on the number as written: a chart's label reads
   * as the workbook's cell beside it does, which shows the same pattern.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      4100000000    | #,##0.0,,,      | 4.1
      -2480000000   | #,##0.0,,,      | -2.5
      6950000000    | #,##0,,         | 6,950
      123456789     | #,##,##0,       | 1,23,457
      4100000000    | #,##0.0,,,' bn' | 4.1 bn
      1250000000    | #,##0.0,,,      | 1.3
      1234          | #,##0           | 1,234
      1.25          | 0.0             | 1.3
      0.15          | 0.0             | 0.2
      2.5           | #,##0           | 3
      -2.5          | #,##0           | -3
      0.125         | 0.0%            | 12.5%
      0.0125        | 0.0%            | 1.3%
      1234567.125   | #,##,##0.00     | 12,34,567.13
      1.24999       | 0.0             | 1.2
      """)
  void numbersReadAsExcelShowsThem(double value, String pattern, String shown) {
    assertThat(NumberStyle.format(value, pattern)).isEqualTo(shown);
  }

  @Test
  void aScaledPatternStepsNoFinerThanItShows() {
    assertThat(NumberStyle.isPattern("#,##0.0,,,")).isTrue();
    assertThat(NumberStyle.finestStep("#,##0.0,,,")).isEqualTo(1e8);
    assertThat(NumberStyle.finestStep("#,##0,,")).isEqualTo(1e6);
  }

  /**
   * An axis's ticks keep the decimals they need and no more, the same number on every tick:
   * temperatures to a tenth are ruled 0, 5, 10, and 0.0, 2.5, 5.0 where a tick needs the tenth.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      #,##0.0         | 0 5 10                | #,##0
      #,##0.0         | -10 -5 0              | #,##0
      #,##0.0         | 0 2.5 5 7.5           | #,##0.0
      0.00            | 0 0.25 0.5            | 0.00
      0.00            | 0 0.1 0.2 0.30000000000000004 | 0.0
      0.000#          | 0 1 2                 | 0.#
      0.0%            | 0 0.05 0.1            | 0%
      0.0%            | 0 0.025 0.05          | 0.0%
      #,##0.0,,,      | 0 2000000000 4000000000 | #,##0,,,
      #,##0.0,,,      | 0 500000000 1000000000  | #,##0.0,,,
      #,##,##0.00     | 0 100000 200000       | #,##,##0
      #,##0.0' bn'    | 0 5 10                | #,##0' bn'
      '.'#,##0.0      | 0 5 10                | '.'#,##0
      #,##0           | 0 5 10                | #,##0
      #,##0.0;(#,##0.0) | 0 5 10              | #,##0.0;(#,##0.0)
      """)
  void ticksKeepTheDecimalsTheyNeed(String pattern, String ticks, String forTicks) {
    List<Double> values = Arrays.stream(ticks.split(" ")).map(Double::valueOf).toList();
    assertThat(NumberStyle.forTicks(pattern, values)).isEqualTo(forTicks);
  }

  /** A number's decimals are read as written, whatever its size: 0.182 has three, 1250.5 one, 5.0 none. */
  @Test
  void decimalsAreReadAsWritten() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100_000; i++) {
      int decimals = random.nextInt(7);
      long digits = random.nextLong(1, 1_000_000_000L);
      if (decimals > 0 && digits % 10 == 0) {
        digits++;
      }
      String written = new java.math.BigDecimal(digits).movePointLeft(decimals).toPlainString();
      assertThat(NumberStyle.decimals(Double.parseDouble(written))).as(written).isEqualTo(decimals);
      assertThat(NumberStyle.format(Double.parseDouble(written), NumberStyle.asWritten(Double.parseDouble(written))))
          .as(written).isEqualTo(NumberStyle.format(Double.parseDouble(written), "#,##0." + "#".repeat(9)));
    }
    assertThat(NumberStyle.decimals(Math.PI)).isEqualTo(NumberStyle.MOST_DECIMALS);
  }

  /**
   * A chart's values without a pattern keep the decimals that give the largest three significant
   * digits, no more than the data has: shares read 0.182, temperatures 10.8, counts 3,789.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      3789 1980 NaN       | #,##0
      0.182 0.1 0.12      | #,##0.000
      0.0955 0.031        | #,##0.0000
      10.8 15 9.9         | #,##0.0
      1250.5 1400 -1320.25 | #,##0
      -120 -45.5 210      | #,##0
      0.5 0.25            | #,##0.00
      123.4567            | #,##0
      NaN                 | #,##0
      """)
  void valuesWithoutAPatternKeepTheDecimalsTheyNeed(String values, String pattern) {
    double[] v = Arrays.stream(values.split(" ")).mapToDouble(Double::parseDouble).toArray();
    assertThat(NumberStyle.forValues(v.length, i -> v[i])).isEqualTo(pattern);
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
