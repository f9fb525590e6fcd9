package org.chartdesk.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A loaded, typed dataset: what a reporter curated, with each row's place in its file.
 *
 * @param name the resource name, which charts refer to by {@code data:}
 * @param path the CSV path relative to the project, for messages
 * @param sha256 hash of the CSV bytes, for the build's provenance
 */
public record Dataset(
    String name, String title, String description, String path, List<Field> fields,
    List<Row> rows, String sha256) {

  /** One cell of a row, without making the whole row when the rows are kept as columns. */
  public Object value(int row, int field) {
    return rows instanceof Columns c ? c.value(row, field) : rows.get(row).get(field);
  }

  /**
   * A date or date-time cell as local seconds since 1970 (a date at its first second), read
   * without making an object when the rows are kept as columns; Long.MIN_VALUE when missing.
   */
  public long seconds(int row, int field) {
    if (rows instanceof Columns c) {
      return c.seconds(row, field);
    }
    Object v = value(row, field);
    return v instanceof java.time.LocalDateTime t ? t.toEpochSecond(java.time.ZoneOffset.UTC)
        : v instanceof java.time.LocalDate d ? d.toEpochDay() * DatePattern.DAY : Long.MIN_VALUE;
  }

  /**
   * A number cell (integer, year or number) as a double, read without making an object when the
   * rows are kept as columns; NaN when missing or not a number.
   */
  public double number(int row, int field) {
    if (rows instanceof Columns c) {
      return c.number(row, field);
    }
    return value(row, field) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /**
   * Whether a cell holds a number; {@link #longValue} reads it as a long. Both read without making
   * an object when the rows are kept as columns: a chart's x may have a million.
   */
  public boolean isNumber(int row, int field) {
    return rows instanceof Columns c ? c.isNumber(row, field) : value(row, field) instanceof Number;
  }

  /** Whether a cell is empty, read without making its value when the rows are kept as columns. */
  public boolean missing(int row, int field) {
    return rows instanceof Columns c ? c.missing(row, field) : value(row, field) == null;
  }

  /** A number cell as {@link Number#longValue} gives it, when {@link #isNumber} says it is one. */
  public long longValue(int row, int field) {
    return rows instanceof Columns c ? c.longValue(row, field) : ((Number) value(row, field)).longValue();
  }

  /**
   * The most characters a value of a text field has, when no value has a line break, read without
   * making the values when the rows are kept as columns; -1 when that cannot be told so.
   */
  public int longestText(int field) {
    return rows instanceof Columns c ? c.longestText(field) : -1;
  }

  /**
   * False when no value of a text field contains {@code part}, told without making the values when
   * the rows are kept as columns; true when one may.
   */
  public boolean textMayContain(int field, String part) {
    return !(rows instanceof Columns c) || c.textMayContain(field, part);
  }

  public int indexOf(String field) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(field)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Field> field(String name) {
    int i = indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(fields.get(i));
  }

  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  /** The column that quotes the source, if the descriptor marks one. */
  public Optional<Field> citationField() {
    return fields.stream().filter(Field::citation).findFirst();
  }
}
