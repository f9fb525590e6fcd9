package org.chartdesk.dataset;

import java.util.List;

/**
 * One declared column of a dataset.
 *
 * @param allowed the enum constraint, empty when any value of the type is allowed
 * @param citation true for the column that quotes the source ({@code "role": "citation"})
 * @param notation how the column's values are written: missing values, separators, date pattern
 */
public record Field(
    String name,
    FieldType type,
    String title,
    String description,
    String unit,
    boolean required,
    List<String> allowed,
    boolean citation,
    Notation notation) {

  /** A field written in Table Schema's default notation. */
  public Field(String name, FieldType type, String title, String description, String unit,
      boolean required, List<String> allowed, boolean citation) {
    this(name, type, title, description, unit, required, allowed, citation, Notation.DEFAULT);
  }

  /** What the column holds as the data package describes it, with its unit; null when it has no description. */
  public String meaning() {
    if (description == null || description.isBlank()) {
      return null;
    }
    return unit == null || unit.isBlank() ? description : description + " (" + unit + ")";
  }
}
