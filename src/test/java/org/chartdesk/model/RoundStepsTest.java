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
        new Slots(1000, 1_000_999, 1, channel(none)),
        new Slots(-40, 40, 5, channel(none)),
        new Slots(1950, 2020, 10, channel(none)),
        new Slots(1999, 2003, 1, channel(java.util.Map.of("2001", "2001 (census)"))),
        new Slots(1999, 2003, 1, channel(java.util.Map.of("1990", "1990 (census)", "02001", "x", "a", "b"))),
        new Slots(999_999_999_999_990L, 1_000_000_000_000_010L, 1, channel(none)),
        new Slots(-99_999_999_999_999L, -99_999_999_999_990L, 1, channel(none)));
    for (Slots run : runs) {
      boolean each = run.stream().allMatch(c -> RoundSteps.number(c) != null);
      assertThat(RoundSteps.allNumbers(run)).as("%s to %s", run.get(0).key(), run.get(run.size() - 1).key())
          .isEqualTo(each);
    }
    assertThat(runs.stream().map(RoundSteps::allNumbers).toList())
        .containsExactly(true, true, false, false, true, false, true);
  }

  private static org.chartdesk.spec.Channel channel(java.util.Map<String, String> names) {
    return new org.chartdesk.spec.Channel("x", "x", null, null, null, null, List.of(), names);
  }
}
