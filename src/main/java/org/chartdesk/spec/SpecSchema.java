package org.chartdesk.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;

/**
 * The JSON Schema of chart specs, made from the same key lists the loader checks against, so the
 * completion editors offer (via {@code docs/chart-spec.schema.json}) cannot drift from what the
 * tool accepts. A test keeps the published file equal to this output.
 */
public final class SpecSchema {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static final Map<String, String> DOCS = Map.ofEntries(
      Map.entry("title", "The headline, bold and left-aligned: what the reader should see."),
      Map.entry("subtitle", "What is measured, and in what unit."),
      Map.entry("kind", "The kind of chart."),
      Map.entry("data", "The name of a resource in datasets/datapackage.json."),
      Map.entry("notes", "A note, or a list of notes, printed above the source line."),
      Map.entry("source", "Printed as \"Source: ...\" at the bottom."),
      Map.entry("size", "Size in pixels at 1x; the 2x PNG doubles it."),
      Map.entry("lint", "Editorial lint settings: rules silenced, each with a reason."),
      Map.entry("theme", "The theme to draw with; the house theme when absent."),
      Map.entry("annotations", "Event lines and shaded spans at dates (range charts, timelines across the page)."),
      Map.entry("sizes", "Size presets drawn as well: phone (as tall as the chart needs), web, wide, social, print."),
      Map.entry("x", "The time or category axis."),
      Map.entry("y", "The value axis."),
      Map.entry("lane", "The field whose values become lanes."),
      Map.entry("label", "A label template of {field} placeholders."),
      Map.entry("orientation", "horizontal (time across) or vertical (time down the page)."),
      Map.entry("row", "The field naming each row (a person)."),
      Map.entry("group", "The field grouping rows (a country)."),
      Map.entry("start", "The field with each bar's first year."),
      Map.entry("end", "The field with each bar's last year."),
      Map.entry("marks", "A second dataset of dated marks drawn on the rows."),
      Map.entry("color", "The field whose values become series, each in its own colour."),
      Map.entry("facet", "The field whose values become the panels of small multiples."),
      Map.entry("mark", "What each small multiple draws: column or line."),
      Map.entry("columns", "A table's columns, in order."),
      Map.entry("stack", "absolute (default) stacks values; percent stacks shares of each total."),
      Map.entry("sort", "The order of categories: data (default), ascending or descending by value."),
      Map.entry("transform", "Steps applied to the dataset's rows before binding: calculate, bin, aggregate, cumulate, filter."),
      Map.entry("split_by", "One chart per value of a field, named <id>--<value>; {value} in the title, subtitle and notes "
          + "is the value. scales: shared gives every chart the same value axis; colors gives a value's chart "
          + "its colour, by its place in the palette."));

  private SpecSchema() {}

  public static String json() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft-07/schema#");
    root.put("title", "chartdesk chart spec");
    root.put("type", "object");
    root.set("required", array("title", "kind", "data", "source"));
    Set<String> all = new LinkedHashSet<>(ChartSpec.COMMON_KEYS);
    for (ChartKind k : ChartKind.values()) {
      all.addAll(k.keys());
    }
    ObjectNode props = root.putObject("properties");
    for (String key : all) {
      ObjectNode p = property(key);
      p.put("description", DOCS.getOrDefault(key, key));
      props.set(key, p);
    }
    root.put("additionalProperties", false);
    ArrayNode perKind = root.putArray("allOf");
    for (ChartKind k : ChartKind.values()) {
      Set<String> allowed = new LinkedHashSet<>(ChartSpec.COMMON_KEYS);
      allowed.addAll(k.keys());
      if (k == ChartKind.RANGE) {
        // The loader says why: a range chart's marks come from a second dataset, which a split does not divide.
        allowed.remove("split_by");
      }
      ObjectNode rule = perKind.addObject();
      rule.putObject("if").putObject("properties").putObject("kind").put("const", k.key());
      rule.putObject("then").putObject("propertyNames").set("enum", array(allowed.toArray(String[]::new)));
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode property(String key) {
    switch (key) {
      case "kind":
        return F.objectNode().set("enum", array(ChartKind.keysOfAll().toArray(String[]::new)));
      case "orientation":
        return F.objectNode().set("enum", array("horizontal", "vertical"));
      case "annotations": {
        ObjectNode item = object(AnnotationSpec.KEYS.toArray(String[]::new));
        item.with("properties").set("kind", F.objectNode().set("enum", array(AnnotationSpec.KINDS.toArray(String[]::new))));
        item.with("properties").set("x", yearOrDate("integer"));
        item.with("properties").set("to", yearOrDate("integer"));
        item.set("required", array("kind"));
        // Event lines read from a dataset name fields instead: x is the year field.
        ObjectNode rows = object(AnnotationSpec.DATA_KEYS.toArray(String[]::new));
        rows.with("properties").set("kind", F.objectNode().set("enum", array("line")));
        rows.with("properties").set("transform", property("transform"));
        rows.set("required", array("kind", "data", "x", "text"));
        ObjectNode list = F.objectNode().put("type", "array");
        list.putObject("items").set("oneOf", F.arrayNode().add(item).add(rows));
        return list;
      }
      case "sizes": {
        ObjectNode n = F.objectNode().put("type", "array").put("uniqueItems", true);
        n.putObject("items").set("enum", array(SizePreset.names().toArray(String[]::new)));
        return n;
      }
      case "theme":
        return F.objectNode().set("enum", array(Theme.BUNDLED.toArray(String[]::new)));
      case "notes": {
        ObjectNode n = F.objectNode();
        ArrayNode any = n.putArray("anyOf");
        any.addObject().put("type", "string");
        any.addObject().put("type", "array").putObject("items").put("type", "string");
        return n;
      }
      case "size": {
        ObjectNode s = object("width", "height");
        s.with("properties").with("width").put("type", "integer").put("minimum", 200).put("maximum", 10000);
        s.with("properties").with("height").put("type", "integer").put("minimum", 150).put("maximum", 10000);
        return s;
      }
      case "lint": {
        ObjectNode l = object("ignore");
        ObjectNode ignore = l.with("properties").with("ignore");
        ignore.put("type", "object");
        ignore.putObject("additionalProperties").put("type", "string").put("minLength", 1)
            .put("description", "Why this rule does not apply to this chart.");
        return l;
      }
      case "marks": {
        ObjectNode m = object(Marks.KEYS.toArray(String[]::new));
        m.with("properties").set("x", channel(false));
        m.set("required", array("data", "match"));
        return m;
      }
      case "lane": case "group": case "color":
        return channel(true);
      case "x": case "y": case "row": case "start": case "end": case "facet":
        return channel(false);
      case "mark":
        return F.objectNode().set("enum", array(SpecLoader.MARKS.toArray(String[]::new)));
      case "stack":
        return F.objectNode().set("enum", array(SpecLoader.STACKS.toArray(String[]::new)));
      case "sort":
        return F.objectNode().set("enum", array(SpecLoader.SORTS.toArray(String[]::new)));
      case "columns": {
        ObjectNode n = F.objectNode().put("type", "array");
        n.set("items", channel(false));
        return n;
      }
      case "split_by": {
        ObjectNode split = object(Split.KEYS.toArray(String[]::new));
        split.with("properties").set("scales", F.objectNode().set("enum", array(Split.SCALES.toArray(String[]::new))));
        names(split);
        colors(split);
        split.set("required", array("field"));
        return fieldOr(split);
      }
      case "transform": {
        ObjectNode n = F.objectNode().put("type", "array");
        n.putObject("items").set("anyOf", transformSteps());
        return n;
      }
      default:
        return F.objectNode().put("type", "string");
    }
  }

  /** One object schema per transform operation, each requiring its operation key. */
  private static ArrayNode transformSteps() {
    ArrayNode steps = F.arrayNode();
    ObjectNode calculate = object(Transform.Calculate.KEYS.toArray(String[]::new));
    calculate.set("required", array("calculate", "as"));
    steps.add(calculate);
    ObjectNode bin = object(Transform.Bin.KEYS.toArray(String[]::new));
    bin.with("properties").set("bin", F.objectNode().set("enum", array(Transform.Bin.UNITS.toArray(String[]::new))));
    bin.set("required", array("bin", "field", "as"));
    steps.add(bin);
    ObjectNode aggregate = object(Transform.Aggregate.KEYS.toArray(String[]::new));
    aggregate.with("properties").set("aggregate",
        F.objectNode().set("enum", array(Transform.Aggregate.OPS.toArray(String[]::new))));
    aggregate.with("properties").set("groupby", stringArray());
    aggregate.set("required", array("aggregate", "as"));
    steps.add(aggregate);
    ObjectNode cumulate = object(Transform.Cumulate.KEYS.toArray(String[]::new));
    cumulate.with("properties").set("groupby", stringArray());
    cumulate.set("required", array("cumulate", "sort", "as"));
    steps.add(cumulate);
    ObjectNode predicate = object(Transform.Filter.PREDICATE_KEYS.toArray(String[]::new));
    predicate.with("properties").putObject("oneOf").put("type", "array").putObject("items")
        .set("type", array("string", "integer"));
    predicate.with("properties").putObject("range").put("type", "array").put("minItems", 2).put("maxItems", 2)
        .putObject("items").put("type", "number");
    predicate.set("required", array("field"));
    ObjectNode filter = object(Transform.Filter.KEYS.toArray(String[]::new));
    filter.with("properties").set("filter", predicate);
    filter.set("required", array("filter"));
    steps.add(filter);
    return steps;
  }

  /** A number of the type, or a date or local date-time written in ISO 8601: 2000-01-01, 2000-01-01T06:00. */
  private static ObjectNode yearOrDate(String type) {
    ObjectNode date = F.objectNode().put("type", "string")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$");
    return F.objectNode().set("anyOf", F.arrayNode().add(F.objectNode().put("type", type)).add(date));
  }

  private static ObjectNode stringArray() {
    ObjectNode a = F.objectNode().put("type", "array");
    a.putObject("items").put("type", "string");
    return a;
  }

  /** @param coloured whether the channel's values are told apart by colour, and so take {@code colors} */
  private static ObjectNode channel(boolean coloured) {
    ObjectNode c = object(Channel.KEYS.stream().filter(k -> coloured || !k.equals("colors")).toArray(String[]::new));
    ObjectNode p = c.with("properties");
    p.with("domain").put("type", "array").put("minItems", 2).put("maxItems", 2).set("items", yearOrDate("number"));
    p.with("order").put("type", "array").put("uniqueItems", true).putObject("items").put("type", "string");
    names(c);
    if (coloured) {
      colors(c);
    }
    return fieldOr(c);
  }

  /** {@code colors}: a value's colour, by its place in the theme's palette. */
  private static void colors(ObjectNode o) {
    o.with("properties").with("colors").put("type", "object").putObject("additionalProperties")
        .put("type", "integer").put("minimum", 1).put("maximum", Theme.PALETTE_SIZE);
  }

  /** {@code names}: display names of a field's values. */
  private static void names(ObjectNode o) {
    o.with("properties").with("names").put("type", "object").putObject("additionalProperties").put("type", "string");
  }

  /** The object, or a field name short for {field: NAME}. */
  private static ObjectNode fieldOr(ObjectNode full) {
    ObjectNode either = F.objectNode();
    ArrayNode any = either.putArray("anyOf");
    any.addObject().put("type", "string").put("description", "Short for {field: NAME}.");
    any.add(full);
    return either;
  }

  /** An object of the given keys, all text unless set otherwise, and nothing else. */
  private static ObjectNode object(String... keys) {
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    for (String k : keys) {
      props.putObject(k).put("type", "string");
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static ArrayNode array(String... values) {
    ArrayNode a = F.arrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}
