package org.chartdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.chartdesk.dataset.Precision;
import org.junit.jupiter.api.Test;

/** Finding a row's category on a time axis. */
class TimeAxisTest {
  private final Random random = new Random(7);

  /** Looking first near where the last row's was gives the same category as a search, or none. */
  @Test
  void aMomentLookedForNearAPlaceIsFoundWhereASearchFindsIt() {
    for (int i = 0; i < 2_000; i++) {
      long[] at = LongStream.generate(() -> random.nextLong(-5_000, 5_000)).limit(random.nextInt(0, 40))
          .sorted().distinct().toArray();
      TimeAxis axis = new TimeAxis(at, at.length == 0 ? 0 : at[0], at.length == 0 ? 0 : at[at.length - 1],
          Precision.SECOND);
      long seconds = at.length > 0 && random.nextBoolean() ? at[random.nextInt(at.length)]
          : random.nextLong(-5_100, 5_100);
      int near = random.nextInt(-2, at.length + 2);
      int found = axis.indexOf(seconds);
      assertThat(axis.indexOf(seconds, near)).isEqualTo(found);
      assertThat(found < 0 || at[found] == seconds).isTrue();
    }
  }
}
