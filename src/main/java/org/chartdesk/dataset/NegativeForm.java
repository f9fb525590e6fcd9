package org.chartdesk.dataset;

/**
 * A way of writing a negative number other than a leading "-", accepted only where a field lists
 * it in {@code "chartdesk:negative"}: read undeclared, "(5)" would be a typo and "−5" a stray glyph.
 */
public enum NegativeForm {
  /** Accounting style: (5) is -5. */
  PARENTHESES("parentheses", "parentheses"),
  /** The typographic minus U+2212, which word processors put in place of "-". */
  MINUS_SIGN("minus-sign", "the minus sign U+2212");

  public static final char MINUS = '\u2212';

  private final String schemaName;
  private final String description;

  NegativeForm(String schemaName, String description) {
    this.schemaName = schemaName;
    this.description = description;
  }

  public String schemaName() {
    return schemaName;
  }

  /** How the form is named in a message: "a negative written with parentheses". */
  String description() {
    return description;
  }

  static NegativeForm fromSchema(String name) {
    for (NegativeForm f : values()) {
      if (f.schemaName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
