package org.chartdesk.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class DeflatedRowsTest {
  private static final String ROW = "<row r=\"1\"><c r=\"A1\"><v>1973</v></c></row>";

  @Test
  void theFileInflatesToTheRowsWithTheirChecksumAndLength() throws Exception {
    byte[] rows = ROW.repeat(50_000).getBytes(StandardCharsets.US_ASCII);
    try (DeflatedRows deflated = DeflatedRows.start(out -> {
      // In pieces of every size, as the rows' writer hands them over.
      for (int at = 0, piece = 1; at < rows.length; at += piece, piece = piece * 3 % 70_001 + 1) {
        out.write(rows, at, Math.min(piece, rows.length - at));
      }
    })) {
      DeflatedRows.Done done = deflated.await();
      byte[] compressed = Files.readAllBytes(done.file().toPath());
      CRC32 crc = new CRC32();
      crc.update(rows);

      assertThat(done.size()).isEqualTo(rows.length);
      assertThat(done.crc()).isEqualTo(crc.getValue());
      assertThat(done.compressedSize()).isEqualTo(compressed.length).isLessThan(rows.length / 10);
      assertThat(inflate(compressed)).isEqualTo(rows);
      // A sync flush's empty stored block: byte-aligned, not final, so the sheet's tail can follow.
      assertThat(java.util.Arrays.copyOfRange(compressed, compressed.length - 4, compressed.length))
          .containsExactly(0, 0, 0xff, 0xff);
    }
  }

  @Test
  void theWritersErrorComesOutWhenTheRowsAreAwaited() {
    try (DeflatedRows deflated = DeflatedRows.start(out -> {
      out.write(ROW.getBytes(StandardCharsets.US_ASCII));
      throw new IOException("No space left on device");
    })) {
      assertThatThrownBy(deflated::await).isInstanceOf(IOException.class).hasMessage("No space left on device");
    }
  }

  @Test
  void closingBeforeTheEndStopsTheRowsAndRemovesTheirFile() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    DeflatedRows deflated = DeflatedRows.start(out -> {
      writing.countDown();
      byte[] row = ROW.getBytes(StandardCharsets.US_ASCII);
      while (true) {
        out.write(row);
      }
    });
    writing.await();
    deflated.close();

    assertThatThrownBy(deflated::await).isInstanceOf(IOException.class);
    java.io.File file = deflated.file();
    assertThat(file).as("the spool file").isNotNull();
    // The thread removes it as it ends, after the failure it reports.
    for (int i = 0; i < 100 && file.exists(); i++) {
      Thread.sleep(20);
    }
    assertThat(file).doesNotExist();
  }

  private static byte[] inflate(byte[] raw) throws Exception {
    Inflater inflater = new Inflater(true);
    inflater.setInput(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!inflater.needsInput()) {
      int n = inflater.inflate(buffer);
      out.write(buffer, 0, n);
      if (n == 0 && inflater.needsInput()) {
        break;
      }
    }
    inflater.end();
    return out.toByteArray();
  }
}
