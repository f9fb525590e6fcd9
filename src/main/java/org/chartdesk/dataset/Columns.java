package org.chartdesk.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A loaded dataset's rows, kept column by column in primitive arrays and read as a list of rows,
 * each made when asked for. A million rows of a number, an integer and a short text take about
 * 30 MB this way, where rows of boxed values took 160 MB. {@link #value} reads one cell without
 * making its row.
 */
final class Columns extends AbstractList<Row> implements RandomAccess {
  private final int size;
  private final int[] lines;
  private final Column[] columns;

  private Columns(int size, int[] lines, Column[] columns) {
    this.size = size;
    this.lines = lines;
    this.columns = columns;
  }

  @Override
  public Row get(int index) {
    Object[] values = new Object[columns.length];
    for (int c = 0; c < columns.length; c++) {
      values[c] = value(index, c);
    }
    return new Row(lines[index], values);
  }

  @Override
  public int size() {
    return size;
  }

  Object value(int row, int column) {
    if (row < 0 || row >= size) {
      throw new IndexOutOfBoundsException(row);
    }
    return columns[column].get(row);
  }

  /** A number cell as a double; NaN when missing or not a number. */
  double number(int row, int column) {
    Objects.checkIndex(row, size);
    Column c = columns[column];
    if (c instanceof Doubles d) {
      return d.values[row];
    }
    return c instanceof Longs l && !l.missing.get(row) ? l.values[row] : Double.NaN;
  }

  /** Whether a cell holds a number. */
  boolean isNumber(int row, int column) {
    Objects.checkIndex(row, size);
    return columns[column] instanceof Longs l ? !l.missing.get(row) : value(row, column) instanceof Number;
  }

  /** Whether a cell is empty, read without making its value. */
  boolean missing(int row, int column) {
    Objects.checkIndex(row, size);
    Column c = columns[column];
    return c instanceof Longs l ? l.missing.get(row) : c instanceof Doubles d ? Double.isNaN(d.values[row])
        : c instanceof Texts t ? t.missing.get(row) : c instanceof Times t ? t.missing.get(row) : c.get(row) == null;
  }

  /** A number cell as {@link Number#longValue} gives it; see {@link #isNumber}. */
  long longValue(int row, int column) {
    Objects.checkIndex(row, size);
    return columns[column] instanceof Longs l && !l.missing.get(row) ? l.values[row]
        : ((Number) value(row, column)).longValue();
  }

  /** A date or date-time cell as local seconds; Long.MIN_VALUE when missing. */
  long seconds(int row, int column) {
    Objects.checkIndex(row, size);
    return columns[column] instanceof Times t ? t.seconds(row) : Long.MIN_VALUE;
  }

  /** See {@link Dataset#longestText}. */
  int longestText(int column) {
    return columns[column] instanceof Texts t ? t.longest(size) : -1;
  }

  /** See {@link Dataset#textMayContain}. */
  boolean textMayContain(int column, String part) {
    // All of a column's text is one builder: a match across two values is only a "may".
    return !(columns[column] instanceof Texts t) || t.chars.indexOf(part) >= 0;
  }

  /** Collects typed rows in file order, up to a number known in advance. */
  static final class Builder {
    private final Column[] columns;
    private final int[] lines;
    private int size;

    /** @param capacity the most rows there can be */
    Builder(List<Field> fields, int capacity) {
      lines = new int[capacity];
      columns = new Column[fields.size()];
      for (int c = 0; c < columns.length; c++) {
        columns[c] = switch (fields.get(c).type()) {
          case INTEGER, YEAR -> new Longs(capacity);
          case NUMBER -> new Doubles(capacity);
          case STRING -> new Texts(capacity);
          case DATE, DATETIME -> new Times(capacity, fields.get(c).type() == FieldType.DATETIME);
          case BOOLEAN -> new AsIs(capacity);
        };
      }
    }

    /** Adds a row; {@code values} as {@link Row} documents them, one per field. */
    void add(int line, Object[] values) {
      lines[size] = line;
      for (int c = 0; c < columns.length; c++) {
        columns[c].add(size, values[c]);
      }
      size++;
    }

    /** The rows; the arrays keep their capacity, which is the file's lines, barely more than its rows. */
    Columns build() {
      for (Column c : columns) {
        c.trim();
      }
      return new Columns(size, lines, columns);
    }
  }

  /** One column's values; a missing value reads as null. */
  private interface Column {
    void add(int row, Object value);

    Object get(int row);

    /** Gives back memory held for values that never came. */
    default void trim() {}
  }

  /** Whole numbers (integers and years), read as Long. */
  private static final class Longs implements Column {
    private long[] values;
    private final BitSet missing = new BitSet();

    Longs(int capacity) {
      values = new long[capacity];
    }

    @Override
    public void add(int row, Object value) {
      if (value == null) {
        missing.set(row);
      } else {
        values[row] = (Long) value;
      }
    }

    @Override
    public Object get(int row) {
      return missing.get(row) ? null : (Object) values[row];
    }
  }

  /** Numbers, read as Double; NaN marks a missing value, as a loaded number is always finite. */
  private static final class Doubles implements Column {
    private double[] values;

    Doubles(int capacity) {
      values = new double[capacity];
    }

    @Override
    public void add(int row, Object value) {
      values[row] = value == null ? Double.NaN : (Double) value;
    }

    @Override
    public Object get(int row) {
      double v = values[row];
      return Double.isNaN(v) ? null : (Object) v;
    }
  }

  /**
   * Text, all of a column's values in one builder with the offset where each ends. A builder of
   * Latin-1 text takes one byte per character.
   */
  private static final class Texts implements Column {
    private final StringBuilder chars = new StringBuilder();
    private int[] ends;
    private final BitSet missing = new BitSet();

    Texts(int capacity) {
      ends = new int[capacity];
    }

    @Override
    public void add(int row, Object value) {
      if (value == null) {
        missing.set(row);
      } else {
        chars.append((String) value);
      }
      ends[row] = chars.length();
    }

    @Override
    public Object get(int row) {
      return missing.get(row) ? null : chars.substring(row == 0 ? 0 : ends[row - 1], ends[row]);
    }

    /** The longest of the first {@code size} values, or -1 when any value has a line break. */
    int longest(int size) {
      if (chars.indexOf("\n") >= 0 || chars.indexOf("\r") >= 0) {
        return -1;
      }
      int longest = 0;
      for (int row = 0, start = 0; row < size; start = ends[row++]) {
        longest = Math.max(longest, ends[row] - start);
      }
      return longest;
    }

    @Override
    public void trim() {
      chars.trimToSize();
    }
  }

  /**
   * Dates and date-times, as seconds of local time since 1970 (no zone: a date-time is as
   * written), read as LocalDate or LocalDateTime. A million hourly values take 8 MB, not 50.
   */
  private static final class Times implements Column {
    private long[] values;
    private final BitSet missing = new BitSet();
    private final boolean withTime;

    Times(int capacity, boolean withTime) {
      values = new long[capacity];
      this.withTime = withTime;
    }

    @Override
    public void add(int row, Object value) {
      if (value == null) {
        missing.set(row);
      } else if (value instanceof LocalDateTime t) {
        values[row] = t.toEpochSecond(ZoneOffset.UTC);
      } else {
        values[row] = ((LocalDate) value).toEpochDay() * DatePattern.DAY;
      }
    }

    long seconds(int row) {
      return missing.get(row) ? Long.MIN_VALUE : values[row];
    }

    @Override
    public Object get(int row) {
      if (missing.get(row)) {
        return null;
      }
      return withTime ? LocalDateTime.ofEpochSecond(values[row], 0, ZoneOffset.UTC)
          : LocalDate.ofEpochDay(Math.floorDiv(values[row], DatePattern.DAY));
    }
  }

  /** Booleans, as they are. */
  private static final class AsIs implements Column {
    private Object[] values;

    AsIs(int capacity) {
      values = new Object[capacity];
    }

    @Override
    public void add(int row, Object value) {
      values[row] = value;
    }

    @Override
    public Object get(int row) {
      return values[row];
    }
  }
}
