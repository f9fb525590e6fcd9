package org.chartdesk.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;

/** Parses one chart spec file into a {@link ChartSpec}, reporting every structural error with its place. */
public final class SpecLoader {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .build();

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Map<String, JsonLocation> locations = Map.of();

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

  private ChartSpec parse(String id, byte[] yaml) throws InputException {
    JsonNode root;
    try {
      locations = keyLocations(yaml);
      root = MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new InputException(Message.SPEC_INVALID.error(file, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null, e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(Message.SPEC_INVALID.error(file, 0, 0, null, e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InputException(Message.SPEC_INVALID.error(file, 1, 1,
          "a spec is a mapping of keys such as title, kind and data", "not a mapping"));
    }
    String kindText = text(root, "kind", true);
    ChartKind kind = kindText == null ? null : ChartKind.fromKey(kindText);
    if (kindText != null && kind == null) {
      error(Message.UNKNOWN_KIND, "kind", hintFor(kindText, ChartKind.keysOfAll()), Message.quote(kindText));
    }
    List<String> allowed = new ArrayList<>(ChartSpec.COMMON_KEYS);
    if (kind != null) {
      allowed.addAll(kind.keys());
    }
    checkKeys(root, "", allowed);
    int width = ChartSpec.DEFAULT_WIDTH;
    int height = ChartSpec.DEFAULT_HEIGHT;
    JsonNode size = root.get("size");
    if (size != null) {
      checkKeys(size, "size.", List.of("width", "height"));
      width = size.path("width").asInt(width);
      height = size.path("height").asInt(height);
    }
    List<String> notes = new ArrayList<>();
    JsonNode notesNode = root.get("notes");
    if (notesNode != null) {
      if (notesNode.isArray()) {
        notesNode.forEach(n -> notes.add(n.asText()));
      } else {
        notes.add(notesNode.asText());
      }
    }
    ChartSpec spec = new ChartSpec(id, file, kind, text(root, "title", true), text(root, "subtitle", false),
        text(root, "data", true), List.copyOf(notes), text(root, "source", true), width, height,
        channel(root, "x"), channel(root, "y"), channel(root, "lane"), channel(root, "row"),
        channel(root, "group"), channel(root, "start"), channel(root, "end"),
        text(root, "label", false), text(root, "orientation", false), marks(root));
    if (!diagnostics.isEmpty()) {
      throw new InputException(diagnostics);
    }
    return spec;
  }

  private Marks marks(JsonNode root) {
    JsonNode node = root.get("marks");
    if (node == null) {
      return null;
    }
    checkKeys(node, "marks.", Marks.KEYS);
    return new Marks(node.path("data").asText(null), node.path("match").asText(null),
        node.path("group").asText(null),
        channelOf(node.get("x"), "marks.x"), node.path("label").asText(null),
        node.path("legend").asText(null));
  }

  private Channel channel(JsonNode root, String key) {
    return channelOf(root.get(key), key);
  }

  private Channel channelOf(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return new Channel(node.asText(), null, null, null, null, null, List.of(), Map.of());
    }
    checkKeys(node, path + ".", Channel.KEYS);
    double[] domain = null;
    JsonNode d = node.get("domain");
    if (d != null) {
      if (d.isArray() && d.size() == 2 && d.get(0).isNumber() && d.get(1).isNumber()) {
        domain = new double[] {d.get(0).asDouble(), d.get(1).asDouble()};
      } else {
        error(Message.SPEC_INVALID, path + ".domain", "write domain: [1950, 1990]",
            "domain must be a list of two numbers");
      }
    }
    List<String> order = new ArrayList<>();
    node.path("order").forEach(o -> order.add(o.asText()));
    Map<String, String> names = new LinkedHashMap<>();
    node.path("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
    return new Channel(node.path("field").asText(null), node.path("label").asText(null),
        node.path("format").asText(null), domain, node.path("period").asText(null),
        node.path("qualifier").asText(null), List.copyOf(order), Map.copyOf(names));
  }

  private String text(JsonNode root, String key, boolean required) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      if (required) {
        diagnostics.add(Message.SPEC_MISSING_KEY.error(file, 1, 1, null, Message.quote(key)));
      }
      return null;
    }
    if (!n.isTextual()) {
      error(Message.SPEC_INVALID, key, "quote the value", key + " must be text");
    }
    return n.asText();
  }

  private void checkKeys(JsonNode node, String prefix, List<String> allowed) {
    node.fieldNames().forEachRemaining(k -> {
      if (!allowed.contains(k)) {
        error(Message.SPEC_UNKNOWN_KEY, prefix + k, hintFor(k, allowed), Message.quote(prefix + k));
      }
    });
  }

  private void error(Message message, String keyPath, String hint, Object... args) {
    JsonLocation loc = locations.get(keyPath);
    diagnostics.add(message.error(file, loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr(), hint, args));
  }

  static String hintFor(String given, List<String> valid) {
    String best = DidYouMean.closest(given, valid);
    String list = "valid: " + String.join(", ", valid);
    return best == null ? list : list + "\ndid you mean " + Message.quote(best) + "?";
  }

  /** Where each key path ("x.field") starts in the file, for messages about a parsed tree. */
  private static Map<String, JsonLocation> keyLocations(byte[] yaml) throws IOException {
    Map<String, JsonLocation> out = new HashMap<>();
    List<String> stack = new ArrayList<>();
    try (JsonParser p = MAPPER.getFactory().createParser(yaml)) {
      String pending = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> {
            pending = p.currentName();
            String path = String.join("", stack) + pending;
            out.putIfAbsent(path, p.currentTokenLocation());
          }
          case START_OBJECT -> {
            if (pending != null) {
              stack.add(pending + ".");
            } else if (!stack.isEmpty() || p.getParsingContext().getParent() != null) {
              stack.add("");
            }
            pending = null;
          }
          case END_OBJECT -> {
            if (!stack.isEmpty()) {
              stack.remove(stack.size() - 1);
            }
          }
          case START_ARRAY -> {
            stack.add(pending == null ? "" : pending + ".");
            pending = null;
          }
          case END_ARRAY -> stack.remove(stack.size() - 1);
          default -> pending = null;
        }
      }
    }
    return out;
  }
}
