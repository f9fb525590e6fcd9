package org.chartdesk.dataset;

import java.util.Locale;

/** Column types of a Table Schema that chartdesk understands. */
public enum FieldType {
  STRING("string", "text"),
  INTEGER("integer", "a whole number"),
  NUMBER("number", "a number"),
  YEAR("year", "a four-digit year"),
  DATE("date", "a date"),
  DATETIME("datetime", "a date and time"),
  BOOLEAN("boolean", "a boolean");

  private final String schemaName;
  private final String expected;

  FieldType(String schemaName, String expected) {
    this.schemaName = schemaName;
    this.expected = expected;
  }

  public String schemaName() {
    return schemaName;
  }

  /** How a value of this type is described in a message: "not a whole number". */
  public String expected() {
    return expected;
  }

  /** True for the types whose values are numbers (Long or Double in a {@link Row}). */
  public boolean isNumeric() {
    return this == INTEGER || this == NUMBER || this == YEAR;
  }

  /** True for the types whose values are dates (LocalDate, or LocalDateTime for a date and time). */
  public boolean isTemporal() {
    return this == DATE || this == DATETIME;
  }

  public static FieldType fromSchema(String name) {
    for (FieldType t : values()) {
      if (t.schemaName.equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }
}
