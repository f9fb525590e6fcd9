package org.chartdesk.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into maps, lists, strings, longs, doubles, booleans and nulls. It is here so that
 * a build with nothing to do reads its manifest without loading a JSON library, whose start-up
 * would take longer than the rest of such a build.
 */
final class JsonReader {
  /**
   * Deeper than any manifest nests: a file of brackets alone (damaged, or not a manifest) ran the
   * reader out of stack, an internal error, where it is only a manifest that cannot be read.
   */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The value the text holds, and nothing else but white space. */
  static Object read(String text) throws IOException {
    JsonReader r = new JsonReader(text);
    Object value = r.value();
    r.space();
    if (r.at != text.length()) {
      throw r.error("text after the value");
    }
    return value;
  }

  private Object value() throws IOException {
    space();
    if (at >= text.length()) {
      throw error("a value");
    }
    char c = text.charAt(at);
    if ((c == '{' || c == '[') && depth == MAX_DEPTH) {
      throw error("at most " + MAX_DEPTH + " levels of nesting");
    }
    switch (c) {
      case '{':
        return nested(this::object);
      case '[':
        return nested(this::array);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private interface Part {
    Object read() throws IOException;
  }

  private Object nested(Part part) throws IOException {
    depth++;
    try {
      return part.read();
    } finally {
      depth--;
    }
  }

  private Map<String, Object> object() throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    if (next() == '}') {
      at++;
      return map;
    }
    do {
      if (next() != '"') {
        throw error("a key");
      }
      String key = string();
      if (next() != ':') {
        throw error("a colon");
      }
      at++;
      map.put(key, value());
    } while (separator('}'));
    return map;
  }

  private List<Object> array() throws IOException {
    List<Object> list = new ArrayList<>();
    at++;
    if (next() == ']') {
      at++;
      return list;
    }
    do {
      list.add(value());
    } while (separator(']'));
    return list;
  }

  /** After an item: true at a comma, false at the closing bracket; both are consumed. */
  private boolean separator(char close) throws IOException {
    char c = next();
    if (c == ',' || c == close) {
      at++;
      return c == ',';
    }
    throw error("a comma or " + close);
  }

  private String string() throws IOException {
    StringBuilder sb = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (at >= text.length()) {
        break;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("four hex digits");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("four hex digits");
          }
          at += 4;
        }
        default -> sb.append(e);
      }
    }
    throw error("the end of the string");
  }

  private Object number() throws IOException {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String n = text.substring(start, at);
    try {
      boolean whole = n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0;
      return whole ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw error("a value");
    }
  }

  private Object literal(String word, Object value) throws IOException {
    if (!text.startsWith(word, at)) {
      throw error(word);
    }
    at += word.length();
    return value;
  }

  private char next() throws IOException {
    space();
    if (at >= text.length()) {
      throw error("more");
    }
    return text.charAt(at);
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private Malformed error(String expected) {
    return new Malformed(expected, at);
  }

  /** Text that is not JSON: what was expected, at which character. */
  static final class Malformed extends IOException {
    private final String expected;
    private final int at;

    Malformed(String expected, int at) {
      super("expected " + expected + " at character " + at);
      this.expected = expected;
      this.at = at;
    }

    String expected() {
      return expected;
    }

    /** The line and column, from 1, of where the text stops being JSON. */
    int[] place(String text) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(at, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new int[] {line, column};
    }
  }
}
