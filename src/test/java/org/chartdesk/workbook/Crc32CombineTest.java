package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32CombineTest {
  private static long crc(byte[] bytes, int from, int to) {
    CRC32 crc = new CRC32();
    crc.update(bytes, from, to - from);
    return crc.getValue();
  }

  @Test
  void theChecksumOfTwoPartsIsTheChecksumOfTheWhole() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(5000)];
      random.nextBytes(bytes);
      int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      assertThat(Crc32Combine.of(crc(bytes, 0, cut), crc(bytes, cut, bytes.length), bytes.length - cut))
          .as("%d bytes cut at %d", bytes.length, cut)
          .isEqualTo(crc(bytes, 0, bytes.length));
    }
  }

  @Test
  void threePartsAsAZipEntryIsMadeOfThem() {
    byte[] prefix = "<worksheet><sheetData>\n".getBytes();
    byte[] rows = "<row r=\"1\"/>".repeat(100_000).getBytes();
    byte[] suffix = "</sheetData></worksheet>".getBytes();
    byte[] whole = new byte[prefix.length + rows.length + suffix.length];
    System.arraycopy(prefix, 0, whole, 0, prefix.length);
    System.arraycopy(rows, 0, whole, prefix.length, rows.length);
    System.arraycopy(suffix, 0, whole, prefix.length + rows.length, suffix.length);

    long combined = Crc32Combine.of(Crc32Combine.of(crc(prefix, 0, prefix.length), crc(rows, 0, rows.length),
        rows.length), crc(suffix, 0, suffix.length), suffix.length);

    assertThat(combined).isEqualTo(crc(whole, 0, whole.length));
  }

  @Test
  void nothingAfterChangesNothing() {
    assertThat(Crc32Combine.of(0x1234_5678L, 0, 0)).isEqualTo(0x1234_5678L);
  }
}
