package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.chartdesk.model.FuzzyDate;
import org.chartdesk.model.NumberStyle;
import org.junit.jupiter.api.Test;

/** Numbers and dates as each bundled locale writes them, whatever the machine's locale. */
class NewsLocaleTest {
  @Test
  void numbersTakeEachLocalesMarks() {
    // A true minus, as Datawrapper and the other locales set it: a hyphen is short and sits low.
    assertThat(n(-1234567.5, "#,##0.0", "en")).isEqualTo("\u22121,234,567.5");
    assertThat(n(-1234567.5, "#,##0.0", "de")).isEqualTo("−1.234.567,5");
    assertThat(n(1234567.5, "#,##0.0", "ru")).isEqualTo("1\u00A0234\u00A0567,5");
    assertThat(n(50, "#,##0'%'", "en")).isEqualTo("50%");
    assertThat(n(50, "#,##0'%'", "de")).isEqualTo("50 %");
  }

  @Test
  void indianEnglishGroupsInLakhsAndCroresWhateverThePatternSays() {
    assertThat(n(1234567, "#,##0", "en-IN")).isEqualTo("12,34,567");
    assertThat(n(123456789.25, "#,##0.00", "en-IN")).isEqualTo("12,34,56,789.25");
    assertThat(n(3789, "#,##0", "en-IN")).isEqualTo("3,789");
    assertThat(n(1234567, "#,##0", "en")).isEqualTo("1,234,567");
  }

  @Test
  void datesNameTheirMonthsAndSeasonsInTheLocale() {
    assertThat(new FuzzyDate(1971, "august").label(NewsLocale.named("en"))).isEqualTo("August 1971");
    assertThat(new FuzzyDate(1971, "september").label(NewsLocale.named("en-AP"))).isEqualTo("Sept. 1971");
    assertThat(new FuzzyDate(1971, "march").label(NewsLocale.named("en-AP"))).isEqualTo("March 1971");
    assertThat(new FuzzyDate(1955, "fall").label(NewsLocale.named("de"))).isEqualTo("Herbst 1955");
    assertThat(new FuzzyDate(1970, "late-decade").label(NewsLocale.named("de"))).isEqualTo("Ende der 1970er");
    assertThat(new FuzzyDate(1985, "may").label(NewsLocale.named("ru"))).isEqualTo("май 1985");
    assertThat(new FuzzyDate(1953, null).label(NewsLocale.named("ru"))).isEqualTo("1953");
  }

  @Test
  void everyBundledLocaleLoadsWithTwelveMonthsAndItsChromeWords() {
    for (String name : NewsLocale.BUNDLED) {
      NewsLocale l = NewsLocale.named(name);
      assertThat(l.months()).as(name).hasSize(12).doesNotContainNull();
      assertThat(l.monthsShort()).as(name).hasSize(12).doesNotContainNull();
      assertThat(l.seasons()).as(name).containsKeys("spring", "summer", "fall", "early", "late");
      assertThat(l.source()).as(name).isNotBlank();
      assertThat(l.note()).as(name).isNotBlank();
      assertThat(l.noFigure()).as(name).isNotBlank();
    }
  }

  private static String n(double v, String pattern, String locale) {
    return NumberStyle.format(v, pattern, NewsLocale.named(locale));
  }
}
