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
}
