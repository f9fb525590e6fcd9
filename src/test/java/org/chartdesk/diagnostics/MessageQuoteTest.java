package org.chartdesk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value in a message reads as it is: characters a reader cannot see or tell from a space are named. */
class MessageQuoteTest {
  @Test
  void spacesAndCharactersThatShowAsNothingAreShownByTheirCode() {
    assertThat(Message.quote("1\u00A0234")).isEqualTo("\"1\\u00A0234\"");
    assertThat(Message.quote("1\u2009234")).isEqualTo("\"1\\u2009234\"");
    assertThat(Message.quote("1\u202F234")).isEqualTo("\"1\\u202F234\"");
    assertThat(Message.quote("a\u200Bb\u00ADc\uFEFF")).isEqualTo("\"a\\u200Bb\\u00ADc\\uFEFF\"");
    // A plain space, accents and other scripts are shown as they are.
    assertThat(Message.quote("José Stalin, Москва")).isEqualTo("\"José Stalin, Москва\"");
  }
}
