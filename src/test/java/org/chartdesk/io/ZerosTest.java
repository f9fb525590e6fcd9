package org.chartdesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zeros clears exactly the range asked for, across the edges of the blocks it copies from. */
class ZerosTest {
  @ParameterizedTest
  @CsvSource({"0, 0", "0, 1", "3, 17", "0, 16384", "1, 16385", "16383, 16385", "5, 40000", "0, 50000", "49999, 50000"})
  void clearsBytesFromToAndNothingElse(int from, int to) {
    byte[] a = new byte[50_000];
    Arrays.fill(a, (byte) 7);
    byte[] expected = a.clone();
    for (int i = from; i < to; i++) {
      expected[i] = 0;
    }
    Zeros.clear(a, from, to);
    assertThat(a).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "2, 9", "0, 16384", "100, 32769", "0, 65536"})
  void clearsIntsFromToAndNothingElse(int from, int to) {
    int[] a = new int[65_536];
    Arrays.fill(a, -1);
    int[] expected = a.clone();
    for (int i = from; i < to; i++) {
      expected[i] = 0;
    }
    Zeros.clear(a, from, to);
    assertThat(a).isEqualTo(expected);
  }
}
