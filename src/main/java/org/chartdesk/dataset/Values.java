package org.chartdesk.dataset;

/** Strict parsing of cell text into typed values: no separators, no locale, nothing guessed. */
public final class Values {
  private Values() {}

  /** The typed value, or null when the text is not a value of the type. */
  public static Object parse(FieldType type, String raw) {
    switch (type) {
      case STRING:
        return raw;
      case INTEGER:
        return raw.matches("-?[0-9]{1,18}") ? Long.valueOf(raw) : null;
      case YEAR:
        return raw.matches("[0-9]{4}") ? Long.valueOf(raw) : null;
      case NUMBER:
        if (!raw.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
          return null;
        }
        double d = Double.parseDouble(raw);
        return Double.isFinite(d) ? d : null;
      default:
        throw new IllegalStateException(type.name());
    }
  }

  /** A hint for a value that failed to parse, when one helps. */
  public static String hint(FieldType type, String raw) {
    if (type.isNumeric() && raw.matches("-?[0-9]{1,3}(,[0-9]{3})+")) {
      return "thousands separators are not allowed: write " + raw.replace(",", "");
    }
    if (type.isNumeric() && !raw.equals(raw.strip())) {
      return "remove the spaces around the value";
    }
    return null;
  }
}
