package org.chartdesk.dataset;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * ASCII file bytes read as the text they are, without a copy: a String of them would hold a second
 * copy of a large file for as long as it is parsed (25 MB for a million rows), long enough that the
 * collector moves both into the old generation, which the process then keeps as resident memory.
 */
final class AsciiText implements CharSequence {
  private final byte[] bytes;
  private final int start;
  private final int length;

  /** The bytes from {@code start} on, every one of them ASCII. */
  AsciiText(byte[] bytes, int start) {
    this(bytes, start, bytes.length - start);
  }

  private AsciiText(byte[] bytes, int start, int length) {
    this.bytes = bytes;
    this.start = start;
    this.length = length;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return (char) bytes[start + index];
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    Objects.checkFromToIndex(from, to, length);
    return new AsciiText(bytes, start + from, to - from);
  }

  @Override
  public String toString() {
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * The line ends in {@code [from, to)} of a text: LF, CRLF (one, at its LF) and a lone CR, mixed
   * in one file or not; over an ASCII file's bytes when the text is one, as a million-row file's
   * lines are counted twice.
   */
  static int lineEnds(CharSequence text, int from, int to) {
    if (text instanceof AsciiText a) {
      return lineEnds(a.bytes, a.start + from, a.start + to, a.start + a.length);
    }
    int ends = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      ends += c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) ? 1 : 0;
    }
    return ends;
  }

  /**
   * The line ends in {@code [from, to)} of bytes of UTF-8 or windows-1252, where a CR or LF byte is
   * only ever that character; a CR at {@code to - 1} is one unless an LF follows before {@code end}.
   */
  static int lineEnds(byte[] b, int from, int to, int end) {
    int ends = 0;
    for (int i = from; i < to; i++) {
      ends += b[i] == '\n' || (b[i] == '\r' && (i + 1 == end || b[i + 1] != '\n')) ? 1 : 0;
    }
    return ends;
  }

  /** The text as a reader, as a StringReader reads a String. */
  Reader reader() {
    return new Reader() {
      private int next;

      @Override
      public int read(char[] buffer, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, buffer.length);
        if (next >= length) {
          return -1;
        }
        int n = Math.min(count, length - next);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (char) bytes[start + next + i];
        }
        next += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
