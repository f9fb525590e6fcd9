package org.chartdesk.build;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chartdesk.dataset.StoryLoader;

/**
 * {@code manifest.json}: every output with its path, format, chart, SHA-256 and size, sorted by
 * path, plus what the build was made from: the hash of every input file, and per chart the key
 * of its own inputs. The next build reads it to redo only what changed.
 */
final class Manifest {
  static final String PATH = "manifest.json";

  /**
   * A manifest as read back: the inputs, and each output's record.
   *
   * @param formats the formats the build was asked for, as "png,xlsx"; null for all of them
   */
  record Previous(String tool, String story, String shard, String formats, Map<String, String> inputs,
      Map<String, String> chartKeys, List<Entry> outputs, String settings, long warnings) {}

  /** One output as the manifest lists it. */
  record Entry(String path, String format, String chart, String sha256, long bytes) {}

  private Manifest() {}

  /**
   * @param formats the formats asked for, as "png,xlsx"; null for all of them, and then not written
   */
  static byte[] of(String tool, String story, String shard, String formats, Map<String, String> inputs,
      Map<String, String> chartKeys, List<Output> outputs) {
    return of(tool, story, shard, formats, inputs, chartKeys, outputs, "", 0);
  }

  /**
   * @param settings what the outputs were made with besides the input files (the command line's
   *     theme, locale or byline, SOURCE_DATE_EPOCH), "" for none, and then not written
   * @param warnings the warnings the build gave: a build that gave some is never skipped as
   *     unchanged, so that every build says them (and {@code --strict} fails on them)
   */
  static byte[] of(String tool, String story, String shard, String formats, Map<String, String> inputs,
      Map<String, String> chartKeys, List<Output> outputs, String settings, long warnings) {
    // Hashed in parallel: in a build, on its threads (the caller runs this in the build's pool).
    Map<String, String> sha256 = outputs.parallelStream()
        .collect(Collectors.toMap(Output::path,
            o -> o.sha256() != null ? o.sha256() : StoryLoader.sha256(o.bytes())));
    return PrettyJson.of(json -> {
      json.writeStartObject();
      json.writeStringField("tool", tool);
      json.writeStringField("story", story);
      if (shard != null) {
        json.writeStringField("shard", shard);
      }
      if (formats != null) {
        json.writeStringField("formats", formats);
      }
      if (!settings.isEmpty()) {
        json.writeStringField("settings", settings);
      }
      if (warnings > 0) {
        json.writeNumberField("warnings", warnings);
      }
      strings(json, "inputs", inputs);
      strings(json, "charts", chartKeys);
      json.writeArrayFieldStart("outputs");
      for (Output o : outputs.stream().sorted(Comparator.comparing(Output::path)).toList()) {
        json.writeStartObject();
        json.writeStringField("path", o.path());
        json.writeStringField("format", o.format());
        json.writeStringField("chart", o.chart());
        json.writeStringField("sha256", sha256.get(o.path()));
        json.writeNumberField("bytes", o.size());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** A map as an object of its keys in order, each with its text. */
  private static void strings(JsonGenerator json, String name, Map<String, String> values) throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /**
   * The manifest of a previous build in the folder, or null when there is none or it is unreadable.
   * Read without a JSON library, whose start-up would be most of the time of a build with nothing to do.
   */
  static Previous read(Path out) {
    Path file = out.resolve(PATH);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return parse(out, Files.readString(file));
    } catch (IOException | RuntimeException e) {
      // A damaged manifest means: rebuild everything (the build says so, with unreadable()).
      return null;
    }
  }

  /**
   * Why the manifest in the folder cannot be read, where it can be told: the line and column at
   * which its text stops being JSON, and what was expected there; or line 0 for a manifest that
   * is JSON but not one this tool wrote, or that cannot be opened.
   */
  record Unreadable(int line, int column, String reason) {}

  static Unreadable unreadable(Path out) {
    String text;
    try {
      text = Files.readString(out.resolve(PATH));
    } catch (IOException | RuntimeException e) {
      return new Unreadable(0, 0, "it cannot be opened as UTF-8 text");
    }
    try {
      parse(out, text);
      return null;
    } catch (JsonReader.Malformed e) {
      int[] place = e.place(text);
      return new Unreadable(place[0], place[1], "expected " + e.expected() + " here");
    } catch (IOException | RuntimeException e) {
      return new Unreadable(0, 0, "it is not a manifest this tool wrote");
    }
  }

  private static Previous parse(Path out, String text) throws IOException {
    Map<?, ?> root = (Map<?, ?>) JsonReader.read(text);
    List<Entry> outputs = new java.util.ArrayList<>();
    for (Object o : (List<?>) root.get("outputs")) {
      Map<?, ?> e = (Map<?, ?>) o;
      // A path that names no file here (a NUL edited in) is a damaged manifest, not an internal error.
      out.resolve(required(e, "path"));
      outputs.add(new Entry(required(e, "path"), (String) e.get("format"), (String) e.get("chart"),
          required(e, "sha256"), e.get("bytes") instanceof Long n ? n : -1));
    }
    return new Previous(required(root, "tool"), (String) root.get("story"), (String) root.get("shard"),
        (String) root.get("formats"),
        texts(root.get("inputs"), new TreeMap<>()),
        texts(root.get("charts"), new LinkedHashMap<>()), outputs,
        root.get("settings") instanceof String settings ? settings : "",
        root.get("warnings") instanceof Long n ? n : 0);
  }

  private static Map<String, String> texts(Object object, Map<String, String> into) {
    ((Map<?, ?>) object).forEach((k, v) -> into.put((String) k, (String) v));
    return into;
  }

  private static String required(Map<?, ?> object, String key) {
    return java.util.Objects.requireNonNull((String) object.get(key), key);
  }
}
