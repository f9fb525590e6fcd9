package org.chartdesk.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chartdesk.io.JsonTrees;

/**
 * Reads theme files. A variant names its parent with {@code extends} and states only what
 * differs; mappings merge key by key, and a list (a palette) replaces the parent's whole.
 */
final class ThemeLoader {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final Map<String, Theme> CACHE = new ConcurrentHashMap<>();

  private ThemeLoader() {}

  static Theme bundled(String name) {
    if (!Theme.BUNDLED.contains(name)) {
      throw new IllegalArgumentException("no bundled theme " + name);
    }
    return CACHE.computeIfAbsent(name, n -> toTheme(resolved(n)));
  }

  /** The theme's tokens with every ancestor's merged underneath. */
  private static ObjectNode resolved(String name) {
    ObjectNode own = read(name);
    JsonNode parent = own.remove("extends");
    if (parent == null) {
      return own;
    }
    ObjectNode base = resolved(parent.asText());
    merge(base, own);
    return base;
  }

  private static void merge(ObjectNode base, ObjectNode over) {
    over.fields().forEachRemaining(e -> {
      JsonNode existing = base.get(e.getKey());
      if (existing instanceof ObjectNode b && e.getValue() instanceof ObjectNode o) {
        merge(b, o);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    });
  }

  private static ObjectNode read(String name) {
    String resource = "themes/" + name + ".yaml";
    try (InputStream in = ThemeLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled theme missing: " + resource);
      }
      return (ObjectNode) JsonTrees.read(YAML.createParser(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Theme toTheme(JsonNode t) {
    float base = (float) t.at("/size/base").asDouble();
    JsonNode c = t.path("colors");
    return new Theme(
        t.path("name").asText(),
        t.at("/font/family").asText(),
        base * (float) t.at("/size/title").asDouble(),
        base * (float) t.at("/size/subtitle").asDouble(),
        base * (float) t.at("/size/body").asDouble(),
        base * (float) t.at("/size/small").asDouble(),
        color(c, "background"), color(c, "text"), color(c, "secondary"), color(c, "grid"),
        color(c, "axis"), color(c, "muted"), color(c, "highlight"),
        palette(t, "categorical"), palette(t, "sequential"), palette(t, "diverging"),
        t.at("/spacing/margin").asInt(), t.at("/footer/logo_height").asInt());
  }

  private static List<Color> palette(JsonNode t, String name) {
    List<Color> out = new ArrayList<>();
    t.path("palette").path(name).forEach(v -> out.add(parse(v.asText(), "palette." + name)));
    return List.copyOf(out);
  }

  private static Color color(JsonNode colors, String key) {
    return parse(colors.path(key).asText(), "colors." + key);
  }

  private static Color parse(String hex, String where) {
    if (!hex.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalStateException("theme colour " + where + " is not #RRGGBB: " + hex);
    }
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
