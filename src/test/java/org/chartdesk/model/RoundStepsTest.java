package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundStepsTest {
  private static List<Category> numbers(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> new Category(Integer.toString(n), Integer.toString(n)))
        .toList();
  }

  @Test
  void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(IntStream.of(1, 2, 3, 6, 11, 92, 101).map(RoundSteps::atLeast).toArray())
        .containsExactly(1, 2, 5, 10, 20, 100, 200);
  }

  @Test
  void labelsStartAtTheFirstRoundNumber() {
    assertThat(RoundSteps.firstMultiple(numbers(1947, 2020), 10)).isEqualTo(3);
    assertThat(RoundSteps.firstMultiple(numbers(1950, 2020), 10)).isZero();
    assertThat(RoundSteps.firstMultiple(numbers(-7, 30), 5)).isEqualTo(2);
  }

  @Test
  void anythingButARunOfWholeNumbersNamedByThemselvesKeepsTheOldWay() {
    List<Category> decades = List.of(new Category("1950", "1950s"), new Category("1960", "1960s"));
    assertThat(RoundSteps.firstMultiple(decades, 10)).isEqualTo(-1);
    List<Category> gap = new java.util.ArrayList<>(numbers(1947, 1960));
    gap.set(3, new Category("1951", "1951"));
    assertThat(RoundSteps.firstMultiple(gap, 10)).isEqualTo(-1);
    assertThat(RoundSteps.firstMultiple(List.of(new Category("a", "a")), 2)).isEqualTo(-1);
    assertThat(RoundSteps.firstMultiple(List.of(), 2)).isEqualTo(-1);
    // 1950 alone among 1947-1955 would be the axis's only label.
    assertThat(RoundSteps.firstMultiple(numbers(1947, 1955), 10)).isEqualTo(-1);
    assertThat(RoundSteps.firstMultiple(numbers(1947, 1960), 10)).isEqualTo(3);
  }

  /** A run of slots answers as its categories, read one by one, would. */
  @Test
  void aRunOfSlotsIsWholeNumbersNamedByThemselvesAsItsCategoriesAre() {
    java.util.Map<String, String> none = java.util.Map.of();
    List<Slots> runs = List.of(
        new Slots(1000, 1_000_999, 1, false, channel(none)),
        new Slots(-40, 40, 5, false, channel(none)),
        new Slots(1950, 2020, 10, true, channel(none)),
        new Slots(1999, 2003, 1, false, channel(java.util.Map.of("2001", "2001 (census)"))),
        new Slots(1999, 2003, 1, false, channel(java.util.Map.of("1990", "1990 (census)", "02001", "x", "a", "b"))),
        new Slots(999_999_999_999_990L, 1_000_000_000_000_010L, 1, false, channel(none)),
        new Slots(-99_999_999_999_999L, -99_999_999_999_990L, 1, false, channel(none)),
        new Slots(1951, 2011, 10, false, channel(none)));
    for (Slots run : runs) {
      boolean each = run.stream().allMatch(c -> RoundSteps.number(c) != null);
      assertThat(RoundSteps.allNumbers(run)).as("%s to %s", run.get(0).key(), run.get(run.size() - 1).key())
          .isEqualTo(each);
    }
    assertThat(runs.stream().map(RoundSteps::allNumbers).toList())
        .containsExactly(true, true, false, false, true, false, true, true);
  }

  /** The step of the data's years is the greatest common divisor of their distances; yearly data keeps 1. */
  @Test
  void theDataKeepsItsOwnStep() {
    assertThat(step(1985, 1980, 1990)).isEqualTo(5);
    assertThat(step(1951, 1961, 1991, 2011)).isEqualTo(10);
    assertThat(step(1972, 1973, 1976)).isEqualTo(1);
    assertThat(step(1990, 1992, 2000)).isEqualTo(2);
    assertThat(step(-40, 0, 40)).isEqualTo(40);
    assertThat(step(1980, 1980, 1990)).isEqualTo(1);
    assertThat(step(1973, 1976)).isEqualTo(1);
    assertThat(step(1980)).isEqualTo(1);
    assertThat(step()).isEqualTo(1);
  }

  private static int step(long... years) {
    return Slots.stepOf(years.length, i -> true, i -> years[i]);
  }

  private static org.chartdesk.spec.Channel channel(java.util.Map<String, String> names) {
    return new org.chartdesk.spec.Channel("x", "x", null, null, null, null, List.of(), names);
  }
}
