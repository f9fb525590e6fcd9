package org.chartdesk.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;

/**
 * A streamed sheet's rows as the {@code <row>} elements of its worksheet XML, written into the
 * workbook's zip while it is saved: the cells POI would write, text inline, straight from the
 * dataset's columns, without a POI object per cell or a temporary file. The XML is made as UTF-8
 * bytes in a buffer, not as a string encoded afterwards: a million rows are 160 MB of it.
 */
final class XmlRows implements SheetRows {
  /** Bytes gathered before they are written. */
  private static final int CHUNK = 1 << 16;

  private final OutputStream out;
  private byte[] xml = new byte[CHUNK + 1024];
  private int length;
  private byte[][] columns = new byte[0][];
  private int row = -1;
  private byte[] rowDigits = new byte[0];

  XmlRows(OutputStream out) {
    this.out = out;
  }

  @Override
  public void row(int index, float height) throws IOException {
    closeRow();
    if (length > CHUNK) {
      flush();
    }
    row = index + 1;
    rowDigits = Long.toString(row).getBytes(StandardCharsets.US_ASCII);
    ascii("<row r=\"");
    bytes(rowDigits);
    ascii('"');
    if (height > 0) {
      ascii(" ht=\"");
      ascii(Float.toString(height));
      ascii("\" customHeight=\"1\"");
    }
    ascii('>');
  }

  @Override
  public void text(int column, String text, CellStyle style) {
    cell(column, style, "inlineStr");
    boolean preserve = !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    ascii(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
    escape(text);
    ascii("</t></is></c>");
  }

  @Override
  public void number(int column, double value, CellStyle style) {
    cell(column, style, null);
    value(value);
    ascii("</c>");
  }

  @Override
  public void formula(int column, String formula, double value, CellStyle style) {
    cell(column, style, null);
    ascii("<f>");
    escape(formula);
    ascii("</f>");
    value(value);
    ascii("</c>");
  }

  private void value(double value) {
    ascii("<v>");
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      digits((long) value);
    } else {
      ascii(Double.toString(value));
    }
    ascii("</v>");
  }

  @Override
  public void bool(int column, boolean value) {
    cell(column, null, "b");
    ascii(value ? "<v>1</v></c>" : "<v>0</v></c>");
  }

  @Override
  public void blank(int column, CellStyle style) {
    if (style != null && style.getIndex() != 0) {
      cell(column, style, null);
      length--;
      ascii("/>");
    }
  }

  @Override
  public void end() throws IOException {
    closeRow();
    flush();
  }

  private void cell(int column, CellStyle style, String type) {
    ascii("<c r=\"");
    bytes(column(column));
    bytes(rowDigits);
    ascii('"');
    if (style != null && style.getIndex() != 0) {
      ascii(" s=\"");
      digits(style.getIndex());
      ascii('"');
    }
    if (type != null) {
      ascii(" t=\"");
      ascii(type);
      ascii('"');
    }
    ascii('>');
  }

  private byte[] column(int index) {
    if (index >= columns.length) {
      byte[][] wider = Arrays.copyOf(columns, index + 1);
      for (int i = columns.length; i < wider.length; i++) {
        wider[i] = CellReference.convertNumToColString(i).getBytes(StandardCharsets.US_ASCII);
      }
      columns = wider;
    }
    return columns[index];
  }

  /**
   * Text as XML character data. A carriage return is written as a reference, since XML reads a
   * literal one as a line feed; a character XML cannot carry becomes "?", as POI writes it.
   */
  private void escape(String text) {
    // Room for the longest a character can take: "&#13;", or four bytes of UTF-8 for a pair.
    room(text.length() * 5);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '&' -> put("&amp;");
          case '<' -> put("&lt;");
          case '>' -> put("&gt;");
          case '\r' -> put("&#13;");
          default -> xml[length++] = (byte) (c < 0x20 && c != '\t' && c != '\n' ? '?' : c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int code = Character.toCodePoint(c, text.charAt(++i));
        xml[length++] = (byte) (0xF0 | code >> 18);
        xml[length++] = (byte) (0x80 | (code >> 12 & 0x3F));
        xml[length++] = (byte) (0x80 | (code >> 6 & 0x3F));
        xml[length++] = (byte) (0x80 | (code & 0x3F));
      } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        xml[length++] = '?';
      } else if (c < 0x800) {
        xml[length++] = (byte) (0xC0 | c >> 6);
        xml[length++] = (byte) (0x80 | (c & 0x3F));
      } else {
        xml[length++] = (byte) (0xE0 | c >> 12);
        xml[length++] = (byte) (0x80 | (c >> 6 & 0x3F));
        xml[length++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  /** ASCII text, with room made for it. */
  private void ascii(String s) {
    room(s.length());
    put(s);
  }

  private void ascii(char c) {
    room(1);
    xml[length++] = (byte) c;
  }

  private void bytes(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, xml, length, b.length);
    length += b.length;
  }

  /** A whole number's digits, without making a string of them. */
  private void digits(long v) {
    room(20);
    if (v < 0) {
      xml[length++] = '-';
    }
    int start = length;
    do {
      xml[length++] = (byte) ('0' + Math.abs(v % 10));
      v /= 10;
    } while (v != 0);
    for (int a = start, b = length - 1; a < b; a++, b--) {
      byte t = xml[a];
      xml[a] = xml[b];
      xml[b] = t;
    }
  }

  /** ASCII text where room has been made. */
  private void put(String s) {
    for (int i = 0; i < s.length(); i++) {
      xml[length++] = (byte) s.charAt(i);
    }
  }

  private void room(int n) {
    if (length + n > xml.length) {
      xml = Arrays.copyOf(xml, Math.max(xml.length * 2, length + n));
    }
  }

  private void closeRow() {
    if (row > 0) {
      ascii("</row>");
      row = -1;
    }
  }

  private void flush() throws IOException {
    out.write(xml, 0, length);
    length = 0;
  }
}
