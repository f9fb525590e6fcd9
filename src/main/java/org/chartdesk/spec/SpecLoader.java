package org.chartdesk.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.dataset.CellText;
import org.chartdesk.dataset.DatePattern;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.io.JsonTrees;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.SizePreset;
import org.chartdesk.theme.Theme;

/**
 * Parses one chart spec file into a {@link ChartSpec}, reporting every structural error with its
 * line and column: unknown keys (with the valid ones and a did-you-mean), missing keys, values of
 * the wrong type — including the ones YAML 1.1 silently converts, such as {@code NO} to false or
 * {@code 01234} to 668 — duplicate keys, tabs, tags and aliases.
 */
public final class SpecLoader {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");
  /** A key, its colon, and a # with no space after it: a value YAML took for a comment. */
  private static final Pattern EATEN_VALUE = Pattern.compile(":\\s+(#\\S.*?)(\\s+#.*)?$");
  /** What to write for a required key left out. */
  private static final Map<String, String> MISSING_HINTS = Map.of(
      "title", "every chart has a headline: title: KGB-planted articles fell by four-fifths in a year",
      "source", "every chart names its source: source: India–Soviet Union relations, Wikipedia",
      "data", "name a dataset of datasets/datapackage.json: data: kgb-planted-stories",
      "kind", "name the kind of chart: kind: column (docs/chart-kinds.md lists them)");

  /** The channels whose values a chart tells apart by colour: a timeline's lanes, series, groups. */
  private static final List<String> COLOURED = List.of("lane", "color", "group");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern EXPRESSION =
      Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*([-+])\\s*([A-Za-z0-9_]+)\\s*");

  /** What a small multiple may draw. */
  public static final List<String> MARKS = List.of("column", "line");
  /** How stacked series add up: to their sum, or to 100 percent. */
  public static final List<String> STACKS = List.of("absolute", "percent");
  /** The orders of a chart's categories: as in the data, or by value. */
  public static final List<String> SORTS = List.of("data", "ascending", "descending");
  /** How each mapping a spec may hold is written, for one written otherwise ({@code size: [1200, 480]}). */
  private static final Map<String, String> MAPPING_EXAMPLES = Map.of(
      "size", "write it as size: {width: 1200, height: 480}",
      "lint", "write it as lint: {ignore: {CD104: \"the reason the rule does not apply\"}}",
      "lint.ignore", "write it as lint: {ignore: {CD104: \"the reason the rule does not apply\"}}",
      "marks", "write it as marks: {data: leader-visits, match: visitor, x: {field: year, period: period}}",
      "transform.filter", "keep rows by a field's values or range: {filter: {field: year, oneOf: [1976, 1977]}}"
          + " or {filter: {field: year, range: [1950, 1989]}}");

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private YamlScan scan;
  /** Paths whose value YAML took for a comment, already reported. */
  private final java.util.Set<String> takenForComments = new java.util.HashSet<>();

  private SpecLoader(String file) {
    this.file = file;
  }

  /**
   * Loads a spec.
   *
   * @param id the chart id (the file name without extension)
   * @param file the path shown in messages
   */
  public static ChartSpec load(String id, String file, byte[] yaml) throws InputException {
    return new SpecLoader(file).parse(id, yaml);
  }

  /**
   * Loads a project's {@code chartdesk.yaml}: the theme, locale, byline and logo for every chart.
   * The logo must be a PNG or JPEG inside the project; it comes back as a path resolved there.
   */
  public static ProjectSettings settings(String file, byte[] yaml, java.nio.file.Path project) throws InputException {
    SpecLoader loader = new SpecLoader(file);
    JsonNode root = loader.root(yaml, "a settings file is a mapping of keys such as theme, locale and byline");
    loader.checkKeys(root, "", ProjectSettings.KEYS);
    ProjectSettings settings = new ProjectSettings(loader.theme(root), loader.locale(root),
        loader.text(root, "byline", false), loader.logo(root, project));
    if (!loader.diagnostics.isEmpty()) {
      throw new InputException(loader.diagnostics);
    }
    return settings;
  }

  private ChartSpec parse(String id, byte[] yaml) throws InputException {
    JsonNode root = root(yaml, "a spec is a mapping of keys such as title, kind and data");
    String kindText = text(root, "kind", true);
    ChartKind kind = kindText == null ? null : ChartKind.fromKey(kindText);
    if (kindText != null && kind == null) {
      valueError(Message.UNKNOWN_KIND, "kind", hintFor(kindText, ChartKind.keysOfAll()), Message.quote(kindText));
    }
    List<String> allowed = new ArrayList<>(ChartSpec.COMMON_KEYS);
    if (kind != null) {
      allowed.addAll(kind.keys());
    } else {
      // Without a valid kind, do not also flag every kind-specific key.
      for (ChartKind k : ChartKind.values()) {
        k.keys().stream().filter(key -> !allowed.contains(key)).forEach(allowed::add);
      }
    }
    if (kind != null) {
      notForKind(root, kind, allowed);
    }
    checkKeys(root, "", allowed);
    int width = ChartSpec.DEFAULT_WIDTH;
    int height = ChartSpec.DEFAULT_HEIGHT;
    JsonNode size = mapping(root, "size");
    boolean heightGiven = size != null && size.has("height");
    if (size != null) {
      checkKeys(size, "size.", List.of("width", "height"));
      width = integer(size, "size.width", width, 200, 10000);
      height = integer(size, "size.height", height, 150, 10000);
    }
    ChartSpec spec = new ChartSpec(id, file, kind, text(root, "title", true), text(root, "subtitle", false),
        dataName(root), textList(root, "notes"), text(root, "source", true), width, height, heightGiven,
        channel(root, "x"), channel(root, "y"), channel(root, "lane"), channel(root, "row"),
        channel(root, "group"), channel(root, "start"), channel(root, "end"),
        text(root, "label", false), orientation(root), marks(root), silenced(root), theme(root),
        sizes(root), channel(root, "color"), channel(root, "facet"), choice(root, "mark", MARKS),
        columns(root), choice(root, "stack", STACKS), choice(root, "sort", SORTS), transforms(root, kind),
        annotations(root), locale(root), text(root, "byline", false), split(root, kind),
        SpecPlaces.of(scan));
    if (!diagnostics.isEmpty()) {
      throw new InputException(diagnostics);
    }
    return spec;
  }

  /** The YAML's top-level mapping, with its syntax and the YAML features a spec refuses checked. */
  private JsonNode root(byte[] yaml, String expected) throws InputException {
    notUtf8(yaml);
    JsonNode root;
    try {
      scan = YamlScan.of(FACTORY, yaml);
      root = JsonTrees.read(FACTORY.createParser(yaml));
    } catch (JsonProcessingException e) {
      throw new InputException(syntaxError(e, yaml));
    } catch (IOException e) {
      throw new InputException(Message.SPEC_INVALID.error(file, 0, 0, null, e.getMessage()));
    }
    String what = file.equals(ProjectSettings.FILE) ? ProjectSettings.FILE : "a chart spec";
    for (YamlScan.Refusal r : scan.refusals) {
      diagnostics.add(Message.SPEC_YAML_FEATURE.error(file, r.location().getLineNr(),
          r.location().getColumnNr(), what + " needs only plain keys, text, numbers and lists", r.what(), what));
    }
    if (scan.secondDocument != null) {
      diagnostics.add(Message.SPEC_TWO_DOCUMENTS.error(file, scan.secondDocument.getLineNr(),
          scan.secondDocument.getColumnNr(), "remove the --- line and what follows it, or give it a file of its own",
          what));
    }
    controlCharacters();
    if (root == null || !root.isObject()) {
      // What the file is instead: an empty (or commented-out) file reads as one with no keys.
      String is = root == null || root.isNull() || root.isMissingNode() ? "empty: it has no keys"
          : root.isArray() ? "a list, not a mapping of keys" : "a single value, not a mapping of keys";
      throw new InputException(Message.SPEC_INVALID.error(file, 1, 1, expected, is));
    }
    valuesTakenForComments(yaml);
    return root;
  }

  /**
   * A spec that is not UTF-8 (saved as Latin-1, say) is refused at its first stray byte, which is
   * shown, rather than with the parser's exception.
   */
  private void notUtf8(byte[] yaml) throws InputException {
    java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(yaml);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(yaml.length);
    if (!utf8.decode(in, out, true).isError()) {
      return;
    }
    int at = in.position();
    String before = new String(yaml, 0, at, java.nio.charset.StandardCharsets.UTF_8);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    String lineText = lineOf(yaml, line);
    throw new InputException(Message.SPEC_NOT_UTF8.error(file, line, column,
        "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
        String.format(java.util.Locale.ROOT, "0x%02X", yaml[at] & 0xFF), Message.quote(lineText.strip())));
  }

  /**
   * A control character in a spec's text (an escaped \\u0007, say) cannot be stored in a workbook
   * cell, which would show "?": refused at its value, as in a dataset.
   */
  private void controlCharacters() {
    List<String> paths = new ArrayList<>(scan.values.keySet());
    java.util.Collections.sort(paths);
    for (String path : paths) {
      YamlScan.Place v = scan.values.get(path);
      String text = v.raw();
      if (v.token() != JsonToken.VALUE_STRING || text == null) {
        continue;
      }
      int control = CellText.firstControlCharacter(text);
      if (control >= 0) {
        valueError(Message.SPEC_CONTROL_CHARACTER, path, "remove it: a spreadsheet cannot store it and would show ?",
            path, String.format(java.util.Locale.ROOT, "U+%04X", (int) text.charAt(control)));
      }
    }
  }

  /**
   * {@code format: #,##0} is, to YAML, a key without a value and a comment: the format silently
   * lost. A key left empty with a {@code #} right after it, the next character no space (as a
   * comment's usually is), is taken for such a value.
   */
  private void valuesTakenForComments(byte[] yaml) {
    takenForComments.clear();
    List<String> paths = new ArrayList<>(scan.values.keySet());
    java.util.Collections.sort(paths);
    for (String path : paths) {
      YamlScan.Place key = scan.keys.get(path);
      YamlScan.Place value = scan.values.get(path);
      boolean empty = value.token() == JsonToken.VALUE_NULL || "".equals(value.raw());
      if (!empty || key == null) {
        continue;
      }
      int line = key.location().getLineNr();
      String text = lineOf(yaml, line);
      Matcher eaten = EATEN_VALUE.matcher(text);
      if (eaten.find(Math.max(0, key.location().getColumnNr() - 1))) {
        String word = path.substring(path.lastIndexOf('.') + 1);
        takenForComments.add(path);
        diagnostics.add(Message.SPEC_VALUE_IS_COMMENT.error(file, line, eaten.start(1) + 1,
            "put the value in quotes: " + word + ": \"" + eaten.group(1).strip() + "\"", Message.quote(path),
            Message.quote(eaten.group(1).strip())));
      }
    }
  }

  /** {@code data:} names a dataset of the data package; a path or URL there is refused outright. */
  private String dataName(JsonNode root) {
    String data = text(root, "data", true);
    if (data != null && !data.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      valueError(Message.SPEC_DATA_NOT_A_NAME, "data",
          "write the name of a resource in datasets/datapackage.json, such as kgb-planted-stories",
          Message.quote(data));
    }
    return data;
  }

  /**
   * The size presets named, each once: a size given twice, an error at the second (the schema's
   * uniqueItems), was dropped without a word, when the editor may have meant another.
   */
  private List<String> sizes(JsonNode root) {
    List<String> sizes = new ArrayList<>();
    for (Map.Entry<String, String> item : textItems(root, "sizes", "sizes")) {
      String s = item.getValue();
      if (!SizePreset.names().contains(s)) {
        valueError(Message.SPEC_BAD_VALUE, item.getKey(), hintFor(s, SizePreset.names()), "sizes", Message.quote(s),
            "a size preset");
      } else if (sizes.contains(s)) {
        List<String> others = SizePreset.names().stream().filter(n -> !sizes.contains(n)).toList();
        valueError(Message.SPEC_GIVEN_TWICE, item.getKey(), others.isEmpty() ? "remove it"
            : "remove it, or name the size meant: " + String.join(", ", others), "sizes", Message.quote(s));
      } else {
        sizes.add(s);
      }
    }
    return List.copyOf(sizes);
  }

  private String theme(JsonNode root) {
    String t = text(root, "theme", false);
    if (t != null && !Theme.BUNDLED.contains(t)) {
      valueError(Message.SPEC_BAD_VALUE, "theme", hintFor(t, Theme.BUNDLED), "theme", Message.quote(t),
          "a bundled theme");
      return null;
    }
    return t;
  }

  private String logo(JsonNode root, java.nio.file.Path project) {
    String logo = text(root, "logo", false);
    if (logo == null) {
      return null;
    }
    String[] why = new String[1];
    java.util.Optional<java.nio.file.Path> file = org.chartdesk.dataset.ProjectPaths.inside(project, logo, why);
    if (file.isEmpty()) {
      valueError(Message.SPEC_BAD_VALUE, "logo", why[0], "logo", Message.quote(logo), "a file inside the project");
      return null;
    }
    try {
      if (javax.imageio.ImageIO.read(file.get().toFile()) == null) {
        valueError(Message.SPEC_BAD_VALUE, "logo", "save the logo as PNG (or JPEG)", "logo", Message.quote(logo),
            "a PNG or JPEG image");
        return null;
      }
    } catch (IOException e) {
      valueError(Message.SPEC_BAD_VALUE, "logo", "save the logo as PNG (or JPEG)", "logo", Message.quote(logo),
          "a readable image");
      return null;
    }
    return file.get().toString();
  }

  private String locale(JsonNode root) {
    String l = text(root, "locale", false);
    if (l != null && !NewsLocale.BUNDLED.contains(l)) {
      valueError(Message.SPEC_BAD_VALUE, "locale", hintFor(l, NewsLocale.BUNDLED), "locale", Message.quote(l),
          "a bundled locale");
      return null;
    }
    return l;
  }

  /** An optional key whose value is one of a few words. */
  private String choice(JsonNode root, String key, List<String> valid) {
    String v = text(root, key, false);
    if (v != null && !valid.contains(v)) {
      valueError(Message.SPEC_BAD_VALUE, key, hintFor(v, valid), key, Message.quote(v),
          "one of " + String.join(", ", valid));
      return null;
    }
    return v;
  }

  /** A table's columns: a list of channels ({@code visitor} or {@code {field: visitor, label: Who}}). */
  private List<Channel> columns(JsonNode root) {
    JsonNode node = root.get("columns");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      valueError(Message.SPEC_BAD_VALUE, "columns", "write a list: columns: [visitor, {field: year, label: Year}]",
          "columns", raw("columns", node), "a list");
      return List.of();
    }
    List<Channel> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      Channel c = channelOf(node.get(i), "columns[" + i + "]");
      if (c != null) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** {@code annotations:}: event lines and shaded spans at dates, as precise as the source. */
  private List<AnnotationSpec> annotations(JsonNode root) {
    JsonNode node = root.get("annotations");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      valueError(Message.SPEC_BAD_VALUE, "annotations", "write a list: annotations: [{kind: line, x: 1971, text: ...}]",
          "annotations", raw("annotations", node), "a list");
      return List.of();
    }
    List<AnnotationSpec> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "annotations[" + i + "]";
      JsonNode a = node.get(i);
      if (!a.isObject()) {
        valueError(Message.SPEC_BAD_VALUE, path, null, path, raw(path, a), "a mapping such as {kind: line, x: 1971, text: ...}");
        continue;
      }
      if (a.has("data")) {
        fromData(a, path).ifPresent(out::add);
        continue;
      }
      checkKeys(a, path + ".", AnnotationSpec.KEYS);
      String kind = text(a, path + ".kind", "kind", true);
      if (kind != null && !AnnotationSpec.KINDS.contains(kind)) {
        valueError(Message.SPEC_BAD_VALUE, path + ".kind", hintFor(kind, AnnotationSpec.KINDS), path + ".kind",
            Message.quote(kind), String.join(", ", AnnotationSpec.KINDS));
        continue;
      }
      boolean highlight = "highlight".equals(kind);
      String series = text(a, path + ".series", "series", false);
      String category = text(a, path + ".category", "category", false);
      // A highlight picks out one thing: a year, a series or a category; the other kinds stand at a year.
      boolean picks = a.hasNonNull("x") || series != null || category != null;
      String xDate = date(a, "x");
      Integer x = year(a, path + ".x", (!highlight || !picks) && xDate == null);
      if (highlight && (a.hasNonNull("x") ? 1 : 0) + (series != null ? 1 : 0) + (category != null ? 1 : 0) > 1) {
        valueError(Message.SPEC_BAD_VALUE, path, "write one of them: {kind: highlight, x: 1973}", path,
            "x, series and category together", "one thing to highlight");
        continue;
      }
      String toDate = date(a, "to");
      Integer to = year(a, path + ".to", false);
      String text = text(a, path + ".text", "text", !highlight);
      if (kind != null && (x != null || xDate != null || (highlight && picks)) && (text != null || highlight)) {
        out.add(new AnnotationSpec(kind, x, text(a, path + ".period", "period", false), to,
            text(a, path + ".to_period", "to_period", false), text, series, category, null, path, xDate, toDate));
      }
    }
    return List.copyOf(out);
  }

  /** Event lines from a dataset: the fields named must exist there, which binding checks. */
  private java.util.Optional<AnnotationSpec> fromData(JsonNode a, String path) {
    checkKeys(a, path + ".", AnnotationSpec.DATA_KEYS);
    String kind = text(a, path + ".kind", "kind", true);
    if (kind != null && !kind.equals("line")) {
      valueError(Message.SPEC_BAD_VALUE, path + ".kind", "from a dataset, each row becomes an event line: kind: line",
          path + ".kind", Message.quote(kind), "line");
      return java.util.Optional.empty();
    }
    String data = text(a, path + ".data", "data", true);
    String x = text(a, path + ".x", "x", true);
    String text = text(a, path + ".text", "text", true);
    List<Transform> steps = transforms(a, path + ".", null);
    if (kind == null || data == null || x == null || text == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new AnnotationSpec(kind, null, null, null, null, null, null, null,
        new AnnotationSpec.FromData(data, x, text(a, path + ".period", "period", false), text, steps), path,
        null, null));
  }

  /** A key's value when it is a date or local date-time in ISO 8601, which a chart over dates takes; else null. */
  private static String date(JsonNode parent, String key) {
    JsonNode n = parent.get(key);
    return n != null && n.isTextual() && DatePattern.iso(n.textValue()) != null ? n.textValue() : null;
  }

  private Integer year(JsonNode parent, String path, boolean required) {
    String key = path.substring(path.lastIndexOf('.') + 1);
    JsonNode n = parent.get(key);
    if (date(parent, key) != null) {
      return null;
    }
    if (n == null || n.isNull()) {
      if (required) {
        // At the annotation it belongs to, as a missing title is placed at the spec's start.
        JsonLocation at = parentLocation(path);
        diagnostics.add(Message.SPEC_MISSING_KEY.error(file, at == null ? 1 : at.getLineNr(),
            at == null ? 1 : at.getColumnNr(), "write a year, 1971, or a date, 2000-03-15: where the "
                + path.substring(0, path.lastIndexOf('.')) + " stands", Message.quote(path)));
      }
      return null;
    }
    if (!n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > 9999) {
      valueError(Message.SPEC_BAD_VALUE, path, "write a year, 1971, or a date, 2000-03-15 or 2000-03-15T06:00",
          path, raw(path, n), "a year or a date");
      return null;
    }
    return n.asInt();
  }

  /** {@code transform:}, a list of steps each naming exactly one operation the kind can take. */
  private List<Transform> transforms(JsonNode root, ChartKind kind) {
    return transforms(root, "", kind != null && kind.keepsRowsAsGiven() ? kind : null);
  }

  /**
   * The transform steps under a node, their paths in messages starting with the prefix; a kind
   * that draws rows as given (or null) takes filter steps only.
   */
  private List<Transform> transforms(JsonNode parent, String prefix, ChartKind rowsAsGiven) {
    JsonNode node = parent.get("transform");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      valueError(Message.SPEC_BAD_VALUE, prefix + "transform",
          "write a list of steps: transform: [{bin: decade, field: year, as: decade}]",
          prefix + "transform", raw(prefix + "transform", node), "a list");
      return List.of();
    }
    List<Transform> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String path = prefix + "transform[" + i + "]";
      JsonNode step = node.get(i);
      if (!step.isObject()) {
        valueError(Message.SPEC_BAD_VALUE, path, null, path, raw(path, step), "a mapping such as {bin: decade, field: year, as: decade}");
        continue;
      }
      List<String> ops = Transform.OPERATIONS.stream().filter(step::has).toList();
      if (ops.isEmpty() && misspeltOperation(step, path)) {
        continue;
      }
      if (ops.size() != 1) {
        valueError(Message.TRANSFORM_ONE_OPERATION, path, "operations: " + String.join(", ", Transform.OPERATIONS),
            path, ops.isEmpty() ? "none" : String.join(" and ", ops));
        continue;
      }
      if (rowsAsGiven != null && !ops.get(0).equals("filter")) {
        keyError(Message.STEP_NOT_FOR_KIND, path + "." + ops.get(0), rowsAsGiven.withArticle()
            + " chart draws each row as the dataset gives it: keep rows with filter steps"
            + (rowsAsGiven == ChartKind.COLUMN ? ", or draw what a step derives as a grouped-column or line chart" : ""),
            Message.quote(ops.get(0)), rowsAsGiven.key());
        continue;
      }
      Transform t = switch (ops.get(0)) {
        case "calculate" -> calculate(step, path);
        case "bin" -> bin(step, path);
        case "aggregate" -> aggregate(step, path);
        case "cumulate" -> cumulate(step, path);
        default -> filter(step, path);
      };
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private Transform calculate(JsonNode step, String path) {
    checkKeys(step, path + ".", Transform.Calculate.KEYS);
    String expression = text(step, path + ".calculate", "calculate", true);
    String as = text(step, path + ".as", "as", true);
    if (expression == null) {
      return null;
    }
    Matcher m = EXPRESSION.matcher(expression);
    if (!m.matches()) {
      valueError(Message.TRANSFORM_BAD_EXPRESSION, path + ".calculate",
          "write two fields with - or + between them, such as end_year - start_year", Message.quote(expression));
      return null;
    }
    return new Transform.Calculate(path, m.group(1), m.group(2).charAt(0), m.group(3), as);
  }

  private Transform bin(JsonNode step, String path) {
    checkKeys(step, path + ".", Transform.Bin.KEYS);
    String unit = text(step, path + ".bin", "bin", true);
    if (unit != null && !Transform.Bin.UNITS.contains(unit)) {
      valueError(Message.SPEC_BAD_VALUE, path + ".bin", hintFor(unit, Transform.Bin.UNITS), path + ".bin",
          Message.quote(unit), "a bin unit");
    }
    return new Transform.Bin(path, unit, text(step, path + ".field", "field", true), text(step, path + ".as", "as", true));
  }

  private Transform aggregate(JsonNode step, String path) {
    checkKeys(step, path + ".", Transform.Aggregate.KEYS);
    String op = text(step, path + ".aggregate", "aggregate", true);
    if (op != null && !Transform.Aggregate.OPS.contains(op)) {
      valueError(Message.SPEC_BAD_VALUE, path + ".aggregate", hintFor(op, Transform.Aggregate.OPS),
          path + ".aggregate", Message.quote(op), "count or sum");
    }
    // count counts rows; only sum adds up a field.
    String field = text(step, path + ".field", "field", "sum".equals(op));
    return new Transform.Aggregate(path, op, field, textList(step, path + ".groupby", "groupby"),
        text(step, path + ".as", "as", true));
  }

  private Transform cumulate(JsonNode step, String path) {
    checkKeys(step, path + ".", Transform.Cumulate.KEYS);
    return new Transform.Cumulate(path, text(step, path + ".cumulate", "cumulate", true),
        text(step, path + ".sort", "sort", true), textList(step, path + ".groupby", "groupby"),
        text(step, path + ".as", "as", true));
  }

  private Transform filter(JsonNode step, String path) {
    checkKeys(step, path + ".", Transform.Filter.KEYS);
    JsonNode predicate = mapping(step, path + ".filter");
    if (predicate == null) {
      return null;
    }
    String at = path + ".filter";
    checkKeys(predicate, at + ".", Transform.Filter.PREDICATE_KEYS);
    String field = text(predicate, at + ".field", "field", true);
    List<String> oneOf = null;
    JsonNode o = predicate.get("oneOf");
    if (o != null) {
      oneOf = new ArrayList<>();
      if (o.isArray() && o.size() > 0) {
        for (int i = 0; i < o.size(); i++) {
          if (o.get(i).isTextual() || o.get(i).isIntegralNumber()) {
            oneOf.add(o.get(i).asText());
          } else {
            valueError(Message.SPEC_BAD_VALUE, at + ".oneOf[" + i + "]", null, at + ".oneOf[" + i + "]",
                raw(at + ".oneOf[" + i + "]", o.get(i)), "text or a whole number");
          }
        }
      } else {
        valueError(Message.SPEC_BAD_VALUE, at + ".oneOf", "write a list: oneOf: [1976, 1977]", at + ".oneOf",
            raw(at + ".oneOf", o), "a list of values");
      }
    }
    double[] range = null;
    JsonNode r = predicate.get("range");
    if (r != null) {
      if (r.isArray() && r.size() == 2 && r.get(0).isNumber() && r.get(1).isNumber()
          && r.get(0).asDouble() <= r.get(1).asDouble()) {
        range = new double[] {r.get(0).asDouble(), r.get(1).asDouble()};
      } else {
        valueError(Message.SPEC_BAD_VALUE, at + ".range", "write, for example, range: [1950, 1989]", at + ".range",
            r.isArray() ? listAsWritten(at + ".range", r) : raw(at + ".range", r), "a list of two increasing numbers");
      }
    }
    if ((oneOf == null) == (range == null)) {
      valueError(Message.TRANSFORM_ONE_OPERATION, at, "a filter keeps rows by oneOf: [...] or by range: [min, max]",
          at, oneOf == null ? "neither oneOf nor range" : "both oneOf and range");
      return null;
    }
    return new Transform.Filter(path, field, oneOf == null ? null : List.copyOf(oneOf), range);
  }

  /**
   * A step whose only unknown key is nearly an operation's ({@code agregate}): said as a misspelt
   * key with its did-you-mean, where "names none" sent the editor looking for a missing line.
   */
  private boolean misspeltOperation(JsonNode step, String path) {
    List<String> stepKeys = java.util.stream.Stream.of(Transform.Calculate.KEYS, Transform.Bin.KEYS,
        Transform.Aggregate.KEYS, Transform.Cumulate.KEYS, Transform.Filter.KEYS).flatMap(List::stream).toList();
    List<String> slips = new ArrayList<>();
    step.fieldNames().forEachRemaining(k -> {
      if (!stepKeys.contains(k) && DidYouMean.closest(k, Transform.OPERATIONS) != null) {
        slips.add(k);
      }
    });
    if (slips.size() != 1) {
      return false;
    }
    String slip = path + "." + slips.get(0);
    keyError(Message.SPEC_UNKNOWN_KEY, slip, hintFor(slips.get(0), Transform.OPERATIONS), Message.quote(slip));
    return true;
  }

  private String orientation(JsonNode root) {
    String o = text(root, "orientation", false);
    if (o != null && !o.equals("horizontal") && !o.equals("vertical")) {
      valueError(Message.SPEC_BAD_VALUE, "orientation", "valid: horizontal, vertical",
          "orientation", Message.quote(o), "horizontal or vertical");
    }
    return o;
  }

  /** {@code lint: {ignore: {CODE: reason}}}: a rule is silenced only with a written reason. */
  private Map<String, String> silenced(JsonNode root) {
    JsonNode lint = mapping(root, "lint");
    if (lint == null) {
      return Map.of();
    }
    checkKeys(lint, "lint.", List.of("ignore"));
    JsonNode ignore = mapping(lint, "lint.ignore");
    Map<String, String> out = new LinkedHashMap<>();
    if (ignore != null) {
      ignore.fieldNames().forEachRemaining(code -> {
        String reason = text(ignore.get(code), "lint.ignore." + code);
        if (reason == null || reason.isBlank()) {
          valueError(Message.LINT_IGNORE_WITHOUT_REASON, "lint.ignore." + code,
              "write why, e.g. " + code + ": \"the source gives no unit\"", code);
        } else {
          out.put(code, reason.strip());
        }
      });
    }
    return Map.copyOf(out);
  }

  private Marks marks(JsonNode root) {
    JsonNode node = mapping(root, "marks");
    if (node == null) {
      return null;
    }
    checkKeys(node, "marks.", Marks.KEYS);
    return new Marks(text(node, "marks.data", "data", true), text(node, "marks.match", "match", true),
        text(node, "marks.group", "group", false), channelOf(node.get("x"), "marks.x"),
        text(node, "marks.label", "label", false), text(node, "marks.legend", "legend", false));
  }

  private Channel channel(JsonNode root, String key) {
    return channelOf(root.get(key), key);
  }

  private Channel channelOf(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      // [year] is a list to YAML; the channel is a field's name or a mapping, not text in quotes.
      valueError(Message.SPEC_BAD_VALUE, path, "write the field's name, " + path + ": year, or a mapping, "
          + path + ": {field: year, label: Year}", path, listAsWritten(path, node), "a field's name or a mapping");
      return null;
    }
    if (!node.isObject()) {
      String field = text(node, path);
      return field == null ? null : new Channel(field, null, null, null, null, null, List.of(), Map.of());
    }
    checkKeys(node, path + ".", Channel.KEYS);
    double[] domain = null;
    long[] dates = null;
    JsonNode d = node.get("domain");
    if (d != null) {
      if (d.isArray() && d.size() == 2 && d.get(0).isNumber() && d.get(1).isNumber()
          && d.get(0).asDouble() < d.get(1).asDouble() && Double.isFinite(d.get(1).asDouble())
          && Double.isFinite(d.get(0).asDouble())) {
        domain = new double[] {d.get(0).asDouble(), d.get(1).asDouble()};
      } else if (d.isArray() && d.size() == 2 && isoSeconds(d.get(0)) < isoSeconds(d.get(1))
          && isoSeconds(d.get(0)) != DatePattern.INVALID) {
        dates = new long[] {isoSeconds(d.get(0)), isoSeconds(d.get(1))};
      } else {
        valueError(Message.SPEC_BAD_VALUE, path + ".domain",
            "write, for example, domain: [1950, 1990], or for dates domain: [2000-01-01, 2000-06-30T12:00]",
            path + ".domain", d.isArray() ? listAsWritten(path + ".domain", d) : raw(path + ".domain", d),
            "a list of two increasing numbers or dates");
      }
    }
    List<String> order = new ArrayList<>();
    JsonNode o = node.get("order");
    if (o != null) {
      if (o.isArray()) {
        for (int i = 0; i < o.size(); i++) {
          String item = text(o.get(i), path + ".order[" + i + "]");
          if (item != null && order.contains(item)) {
            // Taken as written, a value named twice drew twice: a third lane, India's twice over.
            valueError(Message.SPEC_GIVEN_TWICE, path + ".order[" + i + "]", "name each value once, in the order meant",
                path + ".order", Message.quote(item));
          } else if (item != null) {
            order.add(item);
          }
        }
      } else {
        valueError(Message.SPEC_BAD_VALUE, path + ".order", "write a list: order: [a, b]",
            path + ".order", raw(path + ".order", o), "a list");
      }
    }
    return new Channel(text(node, path + ".field", "field", false), text(node, path + ".label", "label", false),
        text(node, path + ".format", "format", false), domain, text(node, path + ".period", "period", false),
        text(node, path + ".qualifier", "qualifier", false), List.copyOf(order), names(node, path), dates,
        colors(node, path));
  }

  /**
   * {@code colors: {diplomacy: 3}}: a value's colour, by its place in the theme's palette (1 for the
   * first), so that a colour keeps one meaning across a story's charts. Only the channel whose
   * values are told apart by colour takes them, and each colour names one value.
   */
  private Map<String, Integer> colors(JsonNode node, String path) {
    JsonNode n = mapping(node, path + ".colors");
    if (n == null) {
      return Map.of();
    }
    if (!COLOURED.contains(path) && !path.equals("split_by")) {
      valueError(Message.SPEC_COLORS_NOT_HERE, path + ".colors",
          "give colours on the channel whose values the chart tells apart by colour: " + String.join(", ", COLOURED),
          path);
      return Map.of();
    }
    int palette = Theme.PALETTE_SIZE;
    Map<String, Integer> colors = new LinkedHashMap<>();
    Map<Integer, String> taken = new HashMap<>();
    n.fieldNames().forEachRemaining(value -> {
      String at = path + ".colors." + value;
      JsonNode c = n.get(value);
      if (!c.isIntegralNumber() || c.asInt() < 1 || c.asInt() > palette) {
        valueError(Message.SPEC_BAD_VALUE, at, "a colour's place in the theme's palette: in the house theme 1 blue, "
            + "2 vermillion, 3 green, 4 purple, 5 orange, 6 sky blue; in the dark theme 1 sky blue, 2 orange, 3 green, "
            + "4 purple, 5 yellow, 6 vermillion", at, raw(at, c), "a colour of the palette, 1 to " + palette);
      } else if (taken.containsKey(c.asInt())) {
        valueError(Message.SPEC_COLOR_TAKEN, at, "give each value a colour of its own", c.asInt(),
            Message.quote(taken.get(c.asInt())), Message.quote(value));
      } else {
        taken.put(c.asInt(), value);
        colors.put(value, c.asInt() - 1);
      }
    });
    return java.util.Collections.unmodifiableMap(colors);
  }

  /** The local seconds of an ISO date or date-time (2000-01-01, 2000-01-01T06:00), or INVALID. */
  private static long isoSeconds(JsonNode n) {
    DatePattern p = n.isTextual() ? DatePattern.iso(n.textValue()) : null;
    return p == null ? DatePattern.INVALID : p.seconds(n.textValue());
  }

  /** {@code names: {value: display name}} under a channel or a split. */
  private Map<String, String> names(JsonNode node, String path) {
    Map<String, String> names = new LinkedHashMap<>();
    JsonNode n = mapping(node, path + ".names");
    if (n != null) {
      n.fieldNames().forEachRemaining(k -> {
        String v = text(n.get(k), path + ".names." + k);
        if (v != null) {
          names.put(k, v);
        }
      });
    }
    return Map.copyOf(names);
  }

  /**
   * {@code split_by: field} or {@code {field, scales, names, colors}}. A range chart cannot be split: its
   * marks come from a second dataset, which the split does not divide; a table has no scale to share.
   */
  private Split split(JsonNode root, ChartKind kind) {
    JsonNode node = root.get("split_by");
    if (node == null || node.isNull()) {
      return null;
    }
    if (kind == ChartKind.RANGE) {
      valueError(Message.SPLIT_NOT_FOR_KIND, "split_by", "make a range chart per group with a spec each",
          "split_by", "range", "its marks come from a second dataset, which the split does not divide");
      return null;
    }
    if (!node.isObject()) {
      String field = text(node, "split_by");
      return field == null ? null : new Split(field, false, Map.of(), Map.of());
    }
    checkKeys(node, "split_by.", Split.KEYS);
    String field = text(node, "split_by.field", "field", true);
    String scales = text(node, "split_by.scales", "scales", false);
    if (scales != null && !Split.SCALES.contains(scales)) {
      valueError(Message.SPEC_BAD_VALUE, "split_by.scales", hintFor(scales, Split.SCALES), "split_by.scales",
          Message.quote(scales), "independent or shared");
    }
    boolean shared = "shared".equals(scales);
    if (shared && kind == ChartKind.TABLE) {
      valueError(Message.SPLIT_NOT_FOR_KIND, "split_by.scales", "leave out scales: shared", "scales: shared",
          "table", "a table has no axis to share");
    }
    return field == null ? null : new Split(field, shared, names(node, "split_by"), colors(node, "split_by"));
  }

  private List<String> textList(JsonNode root, String key) {
    return textList(root, key, key);
  }

  private List<String> textList(JsonNode root, String path, String key) {
    return textItems(root, path, key).stream().map(Map.Entry::getValue).toList();
  }

  /** A text or a list of texts, each with its path ({@code sizes[1]}), where an error about it is placed. */
  private List<Map.Entry<String, String>> textItems(JsonNode root, String path, String key) {
    JsonNode node = root.get(key);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    for (int i = 0; i < (node.isArray() ? node.size() : 1); i++) {
      String at = node.isArray() ? path + "[" + i + "]" : path;
      String s = text(node.isArray() ? node.get(i) : node, at);
      if (s != null) {
        out.add(Map.entry(at, s));
      }
    }
    return List.copyOf(out);
  }

  private String text(JsonNode parent, String key, boolean required) {
    return text(parent, key, key, required);
  }

  private String text(JsonNode parent, String path, String key, boolean required) {
    JsonNode n = parent.get(key);
    if (n != null && (n.isNull() || n.isTextual() && n.asText().isBlank())) {
      // "title:" with nothing after it: as if left out, which a required key may not be.
      if (required && !takenForComments.contains(path)) {
        valueError(Message.SPEC_EMPTY_VALUE, path, "a chart spec needs its " + key + "; write it, in quotes if it starts with #",
            Message.quote(path));
      }
      return null;
    }
    if (n == null || n.isNull()) {
      if (required) {
        JsonLocation at = parentLocation(path);
        diagnostics.add(Message.SPEC_MISSING_KEY.error(file, at == null ? 1 : at.getLineNr(),
            at == null ? 1 : at.getColumnNr(), MISSING_HINTS.get(path), Message.quote(path)));
      }
      return null;
    }
    return text(n, path);
  }

  /** The text of a scalar; anything else is an error that shows the value as written. */
  private String text(JsonNode n, String path) {
    if (n.isTextual()) {
      return n.asText();
    }
    String kind = n.isBoolean() ? "a boolean" : n.isNumber() ? "a number" : n.isArray() ? "a list" : "a mapping";
    String as = n.isValueNode() ? " (YAML reads it as " + n.asText() + ")" : "";
    // A list or mapping is shown as YAML read it: "[a, b]" unquoted is a list of two.
    valueError(Message.SPEC_EXPECTED_TEXT, path,
        n.isValueNode() ? "quote it: \"" + rawText(path, n) + "\""
            : "write it in quotes: brackets and braces make a list or a mapping, a colon and space a key",
        path, n.isValueNode() ? raw(path, n) : n.toString(), kind + as);
    return null;
  }

  private JsonNode mapping(JsonNode parent, String path) {
    String key = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    JsonNode n = parent.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      // Examples are kept by the path without list positions: transform[2].filter is transform.filter.
      valueError(Message.SPEC_BAD_VALUE, path, MAPPING_EXAMPLES.get(path.replaceAll("\\[\\d+]", "")), path,
          n.isArray() ? listAsWritten(path, n) : raw(path, n), "a mapping of keys");
      return null;
    }
    return n;
  }

  private int integer(JsonNode parent, String path, int fallback, int min, int max) {
    JsonNode n = parent.get(path.substring(path.lastIndexOf('.') + 1));
    if (n == null) {
      return fallback;
    }
    if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
      valueError(Message.SPEC_BAD_VALUE, path, null, path, raw(path, n),
          "a whole number of pixels from " + min + " to " + max);
      return fallback;
    }
    return n.asInt();
  }

  /**
   * Keys another kind takes, said as such rather than as unknown ({@code stack} on a bar chart),
   * and added to {@code allowed} so they are said once; and {@code x.period}, which only a
   * timeline reads: a line chart drew its years as if it were not there.
   */
  private void notForKind(JsonNode root, ChartKind kind, List<String> allowed) {
    List<String> others = new ArrayList<>();
    root.fieldNames().forEachRemaining(k -> {
      if (!allowed.contains(k)) {
        List<String> kinds = java.util.Arrays.stream(ChartKind.values()).filter(o -> o.keys().contains(k))
            .map(ChartKind::key).toList();
        if (!kinds.isEmpty()) {
          others.add(k);
          keyError(Message.KEY_NOT_FOR_KIND, k, "it is a key of " + String.join(", ", kinds) + " charts",
              Message.quote(k), kind.key());
        }
      }
    });
    allowed.addAll(others);
    if (kind != ChartKind.TIMELINE && root.path("x").has("period")) {
      keyError(Message.KEY_NOT_FOR_KIND, "x.period", "a period places a timeline's events within their year; remove it",
          Message.quote("x.period"), kind.key());
    }
  }

  private void checkKeys(JsonNode node, String prefix, List<String> allowed) {
    node.fieldNames().forEachRemaining(k -> {
      if (!allowed.contains(k)) {
        keyError(Message.SPEC_UNKNOWN_KEY, prefix + k, hintFor(k, allowed), Message.quote(prefix + k));
      }
    });
  }

  /** An error about a key, placed at the key. */
  private void keyError(Message message, String path, String hint, Object... args) {
    YamlScan.Place at = scan.keys.get(path);
    diagnostics.add(message.error(file, at == null ? 0 : at.location().getLineNr(),
        at == null ? 0 : at.location().getColumnNr(), hint, args));
  }

  /** An error about a value, placed at the value (or its key when the value has no place). */
  private void valueError(Message message, String path, String hint, Object... args) {
    YamlScan.Place at = scan.values.getOrDefault(path, scan.keys.get(path));
    diagnostics.add(message.error(file, at == null ? 0 : at.location().getLineNr(),
        at == null ? 0 : at.location().getColumnNr(), hint, args));
  }

  private JsonLocation parentLocation(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    // A parent that is a list item ("transform[0]") has no key of its own, only a value.
    String parent = path.substring(0, dot);
    YamlScan.Place p = scan.keys.getOrDefault(parent, scan.values.get(parent));
    return p == null ? null : p.location();
  }

  private String raw(String path, JsonNode n) {
    return n.isValueNode() ? Message.quote(rawText(path, n)) : n.isArray() ? "a list" : "a mapping";
  }

  /** A list of scalars as the file writes it: [0, 1e400], not as YAML read it. */
  private String listAsWritten(String path, JsonNode list) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      items.add(list.get(i).isValueNode() ? rawText(path + "[" + i + "]", list.get(i)) : list.get(i).toString());
    }
    return "[" + String.join(", ", items) + "]";
  }

  private String rawText(String path, JsonNode n) {
    YamlScan.Place p = scan.values.get(path);
    return p != null && p.raw() != null ? p.raw() : n.asText();
  }

  /**
   * Whether line {@code line} (1-based), or the one before it where YAML noticed too late, has a
   * " #" outside quotes: a comment that ate the rest of a value, as in {@code format: #,##0}.
   */
  private static boolean commentIn(byte[] yaml, int line) {
    List<String> lines = new String(yaml, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    for (int l = Math.max(1, line - 1); l <= Math.min(line, lines.size()); l++) {
      String text = lines.get(l - 1);
      int hash = text.indexOf(" #");
      if (hash >= 0 && text.substring(0, hash).chars().filter(c -> c == '"' || c == '\'').count() % 2 == 0
          && !text.strip().startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  private Diagnostic syntaxError(JsonProcessingException e, byte[] yaml) {
    String message = e.getOriginalMessage();
    Matcher dup = DUPLICATE.matcher(message);
    JsonLocation loc = e.getLocation();
    if (dup.find()) {
      // At the second key on its line, inside {...} too, where YAML names only the line.
      int dupLine = loc == null ? 0 : loc.getLineNr();
      Matcher key = Pattern.compile("(?:^|[\\s{,])(" + Pattern.quote(dup.group(1)) + ")\\s*:")
          .matcher(lineOf(yaml, dupLine));
      int column = 1;
      while (key.find()) {
        column = key.start(1) + 1;
      }
      return Message.SPEC_DUPLICATE_KEY.error(file, dupLine, column,
          "each key may appear once; the second would silently replace the first", Message.quote(dup.group(1)));
    }
    // SnakeYAML's own position of the problem is more precise than the parser's.
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    Matcher mark = YAML_MARK.matcher(message);
    int openLine = 0;
    int openColumn = 0;
    while (mark.find()) {
      line = Integer.parseInt(mark.group(1));
      column = Integer.parseInt(mark.group(2));
      if (openLine == 0) {
        openLine = line;
        openColumn = column;
      }
    }
    String first = message.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b.contains("\\t") || b.contains("TAB") ? b : a)
        .orElse(message).strip();
    String text = lineOf(yaml, line);
    if (first.startsWith("while scanning a quoted scalar")) {
      // Where the quote opens, not the end of the file where YAML gave up looking for its close.
      String quote = lineOf(yaml, openLine).length() >= openColumn
          ? String.valueOf(lineOf(yaml, openLine).charAt(openColumn - 1)) : "\"";
      return Message.SPEC_UNCLOSED.error(file, openLine, openColumn,
          "close it at the end of the value; inside double quotes a quote is written \\\", inside single ones ''",
          quote, quote);
    }
    if (message.contains("nesting depth")) {
      return Message.SPEC_INVALID.error(file, line, column, "a chart spec needs a few levels of lists and mappings",
          "lists or mappings nested more than 1,000 deep");
    }
    boolean comment = commentIn(yaml, line);
    if (!comment && (first.startsWith("while parsing a flow mapping") || first.startsWith("while parsing a flow sequence"))) {
      // The brace or bracket left open, where it opens: where YAML noticed is the next key's line.
      boolean mapping = first.contains("mapping");
      return Message.SPEC_UNCLOSED.error(file, openLine, openColumn,
          mapping ? "close it on the same line, as in x: {field: year, domain: [1973, 1977]}"
              : "close it on the same line, as in order: [India, Soviet Union]",
          mapping ? "{" : "[", mapping ? "}" : "]");
    }
    if (message.contains("but found '<scalar>'") && afterQuote(text, column)) {
      // title: "India and the USSR" a friendship: YAML's "while parsing a block mapping" says nothing of it.
      int colon = text.indexOf(": ");
      String whole = colon < 0 ? "" : ", " + text.substring(0, colon).strip() + ": '"
          + text.substring(colon + 2).strip().replace("'", "''") + "'";
      return Message.SPEC_INVALID.error(file, line, column,
          "a value in quotes ends at its closing quote: quote all of it" + whole,
          "text after the closing quote of a quoted value");
    }
    String hint = message.contains("TAB") ? (tabInIndentation(text, column)
            ? "indent with spaces, not tabs" : "replace the tab with a space: YAML takes no tabs between a spec's words")
        : message.contains("Malformed numeric value") ? "quote it: YAML reads .inf, .nan and 1_000 as numbers"
        : comment ? "a # after a space starts a comment in YAML: put the value in quotes (\"#,##0\")"
        : first.startsWith("mapping values are not allowed") ? colonHint(text, column)
        : null;
    return Message.SPEC_INVALID.error(file, line, column, hint, first);
  }

  /** Whether the text at {@code column} follows a closing quote and spaces. */
  private static boolean afterQuote(String text, int column) {
    int i = Math.min(column - 1, text.length()) - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'');
  }

  /**
   * "mapping values are not allowed here": a colon and a space inside a value (a headline's
   * "India and the USSR: a friendship"), or a key indented under one that has a value.
   */
  private static String colonHint(String text, int column) {
    int colon = text.indexOf(": ");
    int value = colon < 0 ? -1 : colon + 2;
    while (value >= 0 && value < text.length() && text.charAt(value) == ' ') {
      value++;
    }
    if (value >= 0 && column - 1 > value) {
      String key = text.substring(0, colon).strip();
      return "a colon and a space inside a value start a mapping in YAML: put the value in quotes, "
          + key + ": \"" + text.substring(value).strip().replace("\"", "\\\"") + "\"";
    }
    return "check the indentation: the keys of one mapping start in the same column";
  }

  private static boolean tabInIndentation(String text, int column) {
    return text.substring(0, Math.min(Math.max(column - 1, 0), text.length())).isBlank();
  }

  /** Line {@code line} (1-based) of the YAML, or "" past its end. */
  private static String lineOf(byte[] yaml, int line) {
    List<String> lines = new String(yaml, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  static String hintFor(String given, List<String> valid) {
    String near = DidYouMean.closest(given, valid);
    String best = near != null ? near : DidYouMean.expanded(given, valid);
    String list = "valid: " + String.join(", ", valid);
    return best == null ? list : list + "\ndid you mean " + Message.quote(best) + "?";
  }
}
