package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DeflatedAheadTest {
  private static final byte[] IMAGE = "an image's bytes, deflated ahead".repeat(40).getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER = "another image's bytes".repeat(40).getBytes(StandardCharsets.US_ASCII);

  @Test
  void aPartDeflatedAheadIsTheDeflateTheZipWouldHaveMadeAndInflatesBack() throws Exception {
    DeflatedAhead ahead = new DeflatedAhead();
    ahead.add(IMAGE);
    byte[] taken = ahead.deflated(IMAGE.clone(), DeflatedAhead.crc(IMAGE));
    assertThat(taken).isEqualTo(DeflatedAhead.deflate(IMAGE)).hasSizeLessThan(IMAGE.length);
    assertThat(inflate(taken, IMAGE.length)).isEqualTo(IMAGE);
  }

  @Test
  void anotherPartUnderTheSameChecksumIsDeflatedFromItsOwnBytes() throws Exception {
    DeflatedAhead ahead = new DeflatedAhead();
    ahead.add(IMAGE);
    // As two images whose CRC-32s collide would be looked up.
    byte[] taken = ahead.deflated(OTHER, DeflatedAhead.crc(IMAGE));
    assertThat(inflate(taken, OTHER.length)).isEqualTo(OTHER);
  }

  private static byte[] inflate(byte[] raw, int size) throws Exception {
    Inflater inflater = new Inflater(true);
    inflater.setInput(raw);
    byte[] out = new byte[size];
    assertThat(inflater.inflate(out)).isEqualTo(size);
    assertThat(inflater.finished()).isTrue();
    return out;
  }
}
