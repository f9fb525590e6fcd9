package org.chartdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/**
 * The command's output in a terminal whose character set lacks characters the data has: a legacy
 * 8-bit locale (ISO-8859-9, say). Java writes each such character as "?", so a CSV's "3–789"
 * was reported as "3?789", a question mark the file does not hold. Each is written as its code,
 * "\u2013", as a quoted value's control characters are. In a Unicode character set nothing changes.
 */
final class EscapedOutput extends FilterWriter {
  private final CharsetEncoder encoder;

  private EscapedOutput(OutputStream out, Charset charset) {
    super(new OutputStreamWriter(out, charset));
    this.encoder = charset.newEncoder();
  }

  /** A writer of lines to {@code out} in {@code charset}, flushed at each line's end. */
  static PrintWriter of(OutputStream out, Charset charset) {
    if (charset.name().startsWith("UTF-")) {
      return new PrintWriter(out, true, charset);
    }
    return new PrintWriter(new EscapedOutput(out, charset), true);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (encoder.canEncode(ch)) {
      out.write(ch);
    } else {
      out.write(String.format(Locale.ROOT, "\\u%04X", c & 0xffff));
    }
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
