package org.chartdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.NewsLocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ticks of a time axis over spans from hours to centuries, on a chart's plot width and half of it. */
class TimeTicksTest {
  private static final Font FONT = Fonts.regular(16);

  @ParameterizedTest(name = "{0} to {1} over {2} px: {3}")
  @CsvSource({
      "2024-03-01T00:00, 2024-03-01T06:00, 1000, 1 Mar 2024|01:00|02:00|03:00|04:00|05:00|06:00",
      "2024-03-01T05:20, 2024-03-01T06:40, 1000, 1 Mar 2024 05:30|05:45|06:00|06:15|06:30",
      "2024-03-01T00:00, 2024-03-04T00:00, 1000, 1 Mar 2024|12:00|2 Mar|12:00|3 Mar|12:00|4 Mar",
      "2024-03-01T00:00, 2024-03-04T00:00, 400, 1 Mar 2024|2 Mar|3 Mar|4 Mar",
      "2024-01-01T00:00, 2024-02-15T00:00, 1000, 1 Jan 2024|8 Jan|15 Jan|22 Jan|29 Jan|5 Feb|12 Feb",
      "2024-01-01T00:00, 2024-03-31T00:00, 1000, Jan 2024|Feb|Mar",
      "2023-01-01T00:00, 2023-12-31T00:00, 1000, Jan 2023|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
      "2023-01-01T00:00, 2023-12-31T00:00, 300, Jan 2023|Jul",
      "2015-01-01T00:00, 2024-12-31T00:00, 1000, 2015|2016|2017|2018|2019|2020|2021|2022|2023|2024",
      "1950-06-01T00:00, 2024-12-31T00:00, 1000, 1960|1970|1980|1990|2000|2010|2020",
      "2000-01-01T00:00, 2114-01-29T15:00, 1000, 2000|2010|2020|2030|2040|2050|2060|2070|2080|2090|2100|2110",
  })
  void choosesTheFinestCalendarStepWhoseLabelsFit(String from, String to, double width, String expected) {
    long a = seconds(from);
    long b = seconds(to);
    LongToDoubleFunction px = s -> 100 + (double) (s - a) / (b - a) * width;
    List<TimeTicks.Tick> ticks = TimeTicks.choose(a, b, px, 0, 200 + width, FONT, NewsLocale.english());
    assertThat(String.join("|", ticks.stream().map(TimeTicks.Tick::label).toList())).isEqualTo(expected);
    for (int i = 1; i < ticks.size(); i++) {
      TimeTicks.Tick left = ticks.get(i - 1);
      assertThat(ticks.get(i).labelX()).as("label %d clear of the one before", i)
          .isGreaterThanOrEqualTo(left.labelX() + Text.width(left.label(), FONT) + TimeTicks.GAP);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en-AP, 'Jan. 1, 2024|Jan. 2|Jan. 3'", "de, 1. Jan. 2024|2. Jan.|3. Jan.", "ru, 1 янв. 2024|2 янв.|3 янв."})
  void writesDaysAsTheLocaleDoes(String locale, String expected) {
    long a = seconds("2024-01-01T00:00");
    long b = seconds("2024-01-03T00:00");
    List<TimeTicks.Tick> ticks = TimeTicks.choose(a, b, s -> (double) (s - a) / (b - a) * 300, 0, 300, FONT,
        NewsLocale.named(locale));
    assertThat(ticks.stream().map(TimeTicks.Tick::label).toList()).containsExactly(expected.split("\\|"));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"2024-03-01T00:00, 2024-03-01T00:04", "2024-03-01T10:15, 2024-03-01T10:15"})
  void labelsTheEndsOfAnAxisTooShortForAnyStepInsideThePlot(String from, String to) {
    long a = seconds(from);
    long b = seconds(to);
    List<TimeTicks.Tick> ticks = TimeTicks.choose(a, b, s -> a == b ? 50 : (double) (s - a) / (b - a) * 100, 0, 100,
        FONT, NewsLocale.english());
    assertThat(ticks).isNotEmpty().allSatisfy(t -> {
      assertThat(t.labelX()).isGreaterThanOrEqualTo(0);
      assertThat(t.labelX() + Text.width(t.label(), FONT)).isLessThanOrEqualTo(100);
    });
  }

  private static long seconds(String iso) {
    return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
  }
}
