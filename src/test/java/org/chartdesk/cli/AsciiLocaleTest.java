package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments a JVM that reads names as ASCII hands its child, byte for byte. */
class AsciiLocaleTest {
  @Test
  void argumentsReachTheChildAsTheyWereGiven() {
    List<byte[]> given = List.of("build".getBytes(StandardCharsets.UTF_8),
        "--project=/srv/проекты/परियोजना, 2".getBytes(StandardCharsets.UTF_8), new byte[0],
        "a,b".getBytes(StandardCharsets.UTF_8));
    assertThat(AsciiLocale.beyondAscii(given)).isTrue();
    assertThat(AsciiLocale.decode(AsciiLocale.encode(given)))
        .containsExactly("build", "--project=/srv/проекты/परियोजना, 2", "", "a,b");
    assertThat(AsciiLocale.encode(given)).matches("[0-9a-f,]+");
    assertThat(AsciiLocale.beyondAscii(List.of("build".getBytes(StandardCharsets.US_ASCII)))).isFalse();
  }

  @Test
  void theCLocalesNameForAsciiIsAscii() {
    assertThat(AsciiLocale.ascii("ANSI_X3.4-1968")).isTrue();
    assertThat(AsciiLocale.ascii("UTF-8")).isFalse();
    assertThat(AsciiLocale.ascii("ISO-8859-9")).isFalse();
    assertThat(AsciiLocale.ascii("no-such-charset")).isFalse();
  }
}
