package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FuzzyDateTest {
  @Test
  void aMonthIsOneTwelfthOfItsYear() {
    FuzzyDate june = new FuzzyDate(1955, "june");
    assertThat(june.start()).isEqualTo(1955 + 5 / 12.0);
    assertThat(june.end()).isEqualTo(1955 + 6 / 12.0);
    assertThat(june.label()).isEqualTo("June 1955");
    assertThat(june.precision()).isEqualTo("month");
  }

  @Test
  void vagueDatesCoverTheirWholeInterval() {
    assertThat(new FuzzyDate(1953, null).start()).isEqualTo(1953.0);
    assertThat(new FuzzyDate(1953, null).end()).isEqualTo(1954.0);
    assertThat(new FuzzyDate(1955, "fall").label()).isEqualTo("fall 1955");
    assertThat(new FuzzyDate(1955, "fall").precision()).isEqualTo("season");
    assertThat(new FuzzyDate(1986, "late").end()).isEqualTo(1987.0);
    FuzzyDate lateSeventies = new FuzzyDate(1970, "late-decade");
    assertThat(lateSeventies.label()).isEqualTo("late 1970s");
    assertThat(lateSeventies.start()).isEqualTo(1977.0);
    assertThat(lateSeventies.end()).isEqualTo(1980.0);
  }

  @Test
  void yearOnlyReadsAsTheYearAndUnknownPeriodsAreRefused() {
    assertThat(new FuzzyDate(1991, "").label()).isEqualTo("1991");
    assertThatThrownBy(() -> new FuzzyDate(1991, "autumnish")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indianGroupingWritesLakhsAndCrores() {
    assertThat(NumberStyle.format(1234567, NumberStyle.INDIAN_PATTERN)).isEqualTo("12,34,567");
    assertThat(NumberStyle.format(123456789, NumberStyle.INDIAN_PATTERN)).isEqualTo("12,34,56,789");
    assertThat(NumberStyle.format(3789, NumberStyle.INDIAN_PATTERN)).isEqualTo("3,789");
    assertThat(NumberStyle.format(411, NumberStyle.INDIAN_PATTERN)).isEqualTo("411");
    assertThat(NumberStyle.format(-100000, NumberStyle.INDIAN_PATTERN)).isEqualTo("-1,00,000");
    assertThat(NumberStyle.format(1234567.891, NumberStyle.INDIAN_PATTERN + ".##")).isEqualTo("12,34,567.89");
    assertThat(NumberStyle.withQualifier(100000, NumberStyle.INDIAN_PATTERN, "over", org.chartdesk.theme.NewsLocale.english())).isEqualTo("over 1,00,000");
  }

  @Test
  void numbersAreFormattedTheNewsroomWayWhateverTheLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(NumberStyle.format(3789, "#,##0")).isEqualTo("3,789");
      assertThat(NumberStyle.withQualifier(3789, "#,##0", "over", org.chartdesk.theme.NewsLocale.english())).isEqualTo("over 3,789");
      assertThat(NumberStyle.withQualifier(411, "#,##0", null, org.chartdesk.theme.NewsLocale.english())).isEqualTo("411");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
