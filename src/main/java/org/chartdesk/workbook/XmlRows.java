package org.chartdesk.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;

/**
 * A streamed sheet's rows as the {@code <row>} elements of its worksheet XML, written into the
 * workbook's zip while it is saved: the cells POI would write, text inline, straight from the
 * dataset's columns, without a POI object per cell or a temporary file.
 */
final class XmlRows implements SheetRows {
  /** Characters gathered before they are encoded and written. */
  private static final int CHUNK = 1 << 16;

  private final OutputStream out;
  private final StringBuilder xml = new StringBuilder(CHUNK + 1024);
  private String[] columns = new String[0];
  private int row = -1;

  XmlRows(OutputStream out) {
    this.out = out;
  }

  @Override
  public void row(int index, float height) throws IOException {
    closeRow();
    if (xml.length() > CHUNK) {
      flush();
    }
    row = index + 1;
    xml.append("<row r=\"").append(row).append('"');
    if (height > 0) {
      xml.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
    }
    xml.append('>');
  }

  @Override
  public void text(int column, String text, CellStyle style) {
    cell(column, style, "inlineStr");
    boolean preserve = !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    xml.append(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
    escape(text);
    xml.append("</t></is></c>");
  }

  @Override
  public void number(int column, double value, CellStyle style) {
    cell(column, style, null);
    value(value);
    xml.append("</c>");
  }

  @Override
  public void formula(int column, String formula, double value, CellStyle style) {
    cell(column, style, null);
    xml.append("<f>");
    escape(formula);
    xml.append("</f>");
    value(value);
    xml.append("</c>");
  }

  private void value(double value) {
    xml.append("<v>");
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      xml.append((long) value);
    } else {
      xml.append(value);
    }
    xml.append("</v>");
  }

  @Override
  public void bool(int column, boolean value) {
    cell(column, null, "b");
    xml.append("<v>").append(value ? '1' : '0').append("</v></c>");
  }

  @Override
  public void blank(int column, CellStyle style) {
    if (style != null && style.getIndex() != 0) {
      cell(column, style, null);
      xml.setLength(xml.length() - 1);
      xml.append("/>");
    }
  }

  @Override
  public void end() throws IOException {
    closeRow();
    flush();
  }

  private void cell(int column, CellStyle style, String type) {
    xml.append("<c r=\"").append(column(column)).append(row).append('"');
    if (style != null && style.getIndex() != 0) {
      xml.append(" s=\"").append(style.getIndex()).append('"');
    }
    if (type != null) {
      xml.append(" t=\"").append(type).append('"');
    }
    xml.append('>');
  }

  private String column(int index) {
    if (index >= columns.length) {
      String[] wider = java.util.Arrays.copyOf(columns, index + 1);
      for (int i = columns.length; i < wider.length; i++) {
        wider[i] = CellReference.convertNumToColString(i);
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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '\r' -> xml.append("&#13;");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (paired) {
            xml.append(c).append(text.charAt(++i));
          } else if ((c < 0x20 && c != '\t' && c != '\n') || Character.isSurrogate(c) || c == 0xFFFE
              || c == 0xFFFF) {
            xml.append('?');
          } else {
            xml.append(c);
          }
        }
      }
    }
  }

  private void closeRow() {
    if (row > 0) {
      xml.append("</row>");
      row = -1;
    }
  }

  private void flush() throws IOException {
    out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    xml.setLength(0);
  }
}
