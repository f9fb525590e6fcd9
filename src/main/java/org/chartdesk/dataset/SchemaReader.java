package org.chartdesk.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Places;

/**
 * Reads what one resource of the descriptor declares about its CSV: the fields with their
 * notation, the dialect's delimiter, the encoding. Each mistake becomes a diagnostic on the
 * descriptor; the resource is not loaded when there is one.
 */
final class SchemaReader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Characters that already mean something in a number, so cannot separate groups or decimals. */
  private static final String NUMBER_CHARS = "0123456789+-eE()\u2212";

  private final String resource;
  private final List<Diagnostic> diagnostics;
  private final Places places;
  private final String base;
  private boolean failed;

  /**
   * @param places where each key and value of the descriptor sits
   * @param base the resource's path in the descriptor, {@code resources[2]}
   */
  SchemaReader(String resource, List<Diagnostic> diagnostics, Places places, String base) {
    this.resource = resource;
    this.diagnostics = diagnostics;
    this.places = places;
    this.base = base;
  }

  /** True when something read so far was wrong. */
  boolean failed() {
    return failed;
  }

  /** The schema's fields with their notation; see {@link #failed} for whether they may be used. */
  List<Field> fields(JsonNode schema) {
    List<String> missing = strings(schema, "missingValues", null, "schema.", Notation.DEFAULT.missingValues());
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (JsonNode f : schema.path("fields")) {
      String at = "schema.fields[" + index++ + "].";
      String name = f.path("name").asText("");
      if (!names.add(name)) {
        error(name, at + "name", "is declared twice", "each field of a schema needs its own name");
      }
      FieldType type = FieldType.fromSchema(f.path("type").asText("string"));
      if (type == null) {
        List<String> types = java.util.Arrays.stream(FieldType.values()).map(FieldType::schemaName).toList();
        String near = DidYouMean.closest(f.path("type").asText(), types);
        error(name, at + "type", "has the unknown type " + Message.quote(f.path("type").asText()),
            (near != null ? "did you mean " + Message.quote(near) + "? " : "") + "types: " + String.join(", ", types));
        continue;
      }
      List<String> allowed = new ArrayList<>();
      f.path("constraints").path("enum").forEach(v -> allowed.add(v.asText()));
      fields.add(new Field(name, type, f.path("title").asText(null), f.path("description").asText(""),
          f.path("unit").asText(null), f.path("constraints").path("required").asBoolean(false),
          List.copyOf(allowed), "citation".equals(f.path("role").asText("")), notation(f, name, at, type, missing)));
    }
    return List.copyOf(fields);
  }

  /** The resource's delimiter and encoding. */
  Dialect dialect(JsonNode resourceNode) {
    char delimiter = Dialect.DEFAULT.delimiter();
    JsonNode dialect = resourceNode.path("dialect");
    if (dialect.isObject()) {
      dialect.fieldNames().forEachRemaining(key -> {
        if (!key.equals("delimiter")) {
          error(null, "dialect." + key, "has the dialect property " + Message.quote(key) + ", which is not supported",
              "the file must be RFC 4180 CSV with a header line; only \"delimiter\" may change");
        }
      });
      delimiter = character(dialect, "delimiter", null, "dialect.", delimiter, "\"\r\n");
    }
    return new Dialect(delimiter, encoding(resourceNode.path("encoding").asText("utf-8")));
  }

  /** @param at the field's path in the resource, {@code schema.fields[3].} */
  private Notation notation(JsonNode f, String name, String at, FieldType type, List<String> missing) {
    Notation d = Notation.DEFAULT;
    char group = character(f, "groupChar", name, at, d.groupChar(), NUMBER_CHARS);
    char decimal = character(f, "decimalChar", name, at, d.decimalChar(), NUMBER_CHARS);
    if (group == decimal) {
      error(name, at + "decimalChar", "has the same groupChar and decimalChar", null);
    }
    Set<NegativeForm> negatives = EnumSet.noneOf(NegativeForm.class);
    for (String form : strings(f, "chartdesk:negative", name, at, List.of())) {
      NegativeForm parsed = NegativeForm.fromSchema(form);
      if (parsed == null) {
        error(name, at + "chartdesk:negative", "lists the unknown negative form " + Message.quote(form),
            "forms: parentheses, minus-sign");
      } else {
        negatives.add(parsed);
      }
    }
    DatePattern pattern = type.isTemporal() ? datePattern(f.path("format").asText("default"), name, at, type)
        : d.datePattern();
    return new Notation(missing, group, decimal, Set.copyOf(negatives), pattern,
        strings(f, "trueValues", name, at, d.trueValues()), strings(f, "falseValues", name, at, d.falseValues()));
  }

  private DatePattern datePattern(String format, String field, String at, FieldType type) {
    DatePattern fallback = type == FieldType.DATETIME ? DatePattern.ISO_DATETIME : DatePattern.ISO;
    if (format.equals("default")) {
      return fallback;
    }
    if (format.equals("any")) {
      error(field, at + "format", "has the date format \"any\"", "dates are never guessed: declare the column's one pattern, "
          + "e.g. \"format\": \"%d/%m/%Y\"");
      return fallback;
    }
    DatePattern pattern;
    try {
      pattern = DatePattern.compile(format);
    } catch (IllegalArgumentException e) {
      error(field, at + "format", "has the date format " + Message.quote(format) + ": " + e.getMessage(), null);
      return fallback;
    }
    // The type says what a value is; the pattern only how it is written.
    if (type == FieldType.DATE && pattern.precision().hasTime()) {
      error(field, at + "format", "has the date format " + Message.quote(format) + " with a time of day",
          "declare \"type\": \"datetime\" for dates with a time");
    } else if (type == FieldType.DATETIME && !pattern.precision().hasTime()) {
      error(field, at + "format", "has the datetime format " + Message.quote(format) + " without a time of day",
          "add the hour, e.g. \"%Y-%m-%d %H:%M\", or declare \"type\": \"date\"");
    }
    return pattern;
  }

  private Charset encoding(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
      case "utf8":
        return StandardCharsets.UTF_8;
      case "windows1252":
      case "cp1252":
        return WINDOWS_1252;
      default:
        error(null, "encoding", "has the unsupported encoding " + Message.quote(name), "encodings: utf-8, windows-1252");
        return StandardCharsets.UTF_8;
    }
  }

  /** A one-character property, or the default when absent. */
  private char character(JsonNode node, String key, String field, String at, char absent, String forbidden) {
    JsonNode value = node.get(key);
    if (value == null) {
      return absent;
    }
    String text = value.asText("");
    if (!value.isTextual() || text.length() != 1 || forbidden.indexOf(text.charAt(0)) >= 0) {
      error(field, at + key, "has " + key + " " + value + ", which is not a usable character",
          "write one character as a JSON string, none of " + Message.quote(forbidden));
      return absent;
    }
    return text.charAt(0);
  }

  /** An array of strings, or the default when absent. */
  private List<String> strings(JsonNode node, String key, String field, String at, List<String> absent) {
    JsonNode value = node.get(key);
    if (value == null) {
      return absent;
    }
    boolean ok = value.isArray();
    for (JsonNode v : value) {
      ok &= v.isTextual();
    }
    if (!ok) {
      error(field, at + key, "has " + key + " that is not a list of strings", null);
      return absent;
    }
    List<String> strings = new ArrayList<>();
    value.forEach(v -> strings.add(v.textValue()));
    return List.copyOf(strings);
  }

  /**
   * Reports "resource "r", field "f" ...", at {@code at} in the resource ({@code schema.fields[2].type}):
   * field may be null for the resource itself.
   */
  private void error(String field, String at, String problem, String hint) {
    failed = true;
    String subject = "resource " + Message.quote(resource) + (field == null ? "" : ", field " + Message.quote(field));
    diagnostics.add(places.error(Message.DESCRIPTOR_INVALID, StoryLoader.DESCRIPTOR, base + "." + at, hint,
        subject + " " + problem));
  }
}
