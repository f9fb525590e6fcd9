package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscapedOutputTest {
  private static String written(String text, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = EscapedOutput.of(bytes, charset);
    out.println(text);
    out.flush();
    return new String(bytes.toByteArray(), charset);
  }

  /** A character the terminal's set lacks is written as its code, not as a "?" the file does not hold. */
  @Test
  void aCharacterTheCharacterSetLacksIsWrittenAsItsCode() {
    Charset turkish = Charset.forName("ISO-8859-9");
    assertThat(written("\"3–789\" in Şişli, 😀", turkish)).isEqualTo("\"3\\u2013789\" in Şişli, \\uD83D\\uDE00"
        + System.lineSeparator());
  }

  @Test
  void unicodeIsWrittenAsItIs() {
    assertThat(written("\"3–789\" 😀", StandardCharsets.UTF_8)).isEqualTo("\"3–789\" 😀" + System.lineSeparator());
  }
}
