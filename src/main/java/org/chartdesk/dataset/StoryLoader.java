package org.chartdesk.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.io.FileBytes;
import org.chartdesk.diagnostics.Places;
import org.chartdesk.io.JsonPlaces;
import org.chartdesk.io.JsonTrees;

/** Loads {@code datasets/datapackage.json} and every CSV it lists, all errors in one pass. */
public final class StoryLoader {
  public static final String DESCRIPTOR = "datasets/datapackage.json";

  /**
   * CSV bytes above which a load ends with a full collection. A large file is held whole while it
   * is parsed, long enough for the collector to move it, and the parser's other garbage, into the
   * old generation, where it would stay for the whole build while later survivors are put beside
   * it on fresh pages. Collected at this boundary, the build reuses those pages: a million-row
   * build's peak resident memory fell from 307-321 MiB to 272-281 MiB, no slower
   * (docs/performance.md). A small load leaves too little to be worth the pause.
   */
  static final long LARGE_LOAD_BYTES = 16L << 20;

  /** CSV bytes above which the file is hashed while it is parsed, not after. */
  private static final int HASHED_ASIDE_BYTES = 1 << 20;

  private final Path project;
  private List<Diagnostic> warnings = List.of();
  private long bytesRead;

  public StoryLoader(Path project) {
    this.project = project;
  }

  /**
   * The warnings of the last {@link #load}, such as blank lines skipped in a CSV, when it succeeded.
   * A failed load carries its warnings with its errors in the {@link InputException}.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /**
   * A story with the datasets that loaded, every diagnostic, and the datasets that did not load,
   * each name to its file as diagnostics name it, so a build can still draw the charts that do not
   * need them and say which charts the others' errors are about.
   */
  public record Partial(Story story, List<Diagnostic> diagnostics, Map<String, String> failedDatasets) {}

  public Story load() throws InputException {
    Partial p = loadPartial();
    if (p.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      throw new InputException(p.diagnostics());
    }
    warnings = List.copyOf(p.diagnostics());
    return p.story();
  }

  /**
   * Loads what can be loaded; throws only when the data package itself cannot be read.
   */
  public Partial loadPartial() throws InputException {
    warnings = List.of();
    bytesRead = 0;
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonNode root;
    Places places;
    try {
      // A key given twice is an error, not the last one silently winning.
      JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      byte[] descriptor = FileBytes.read(project.resolve(DESCRIPTOR));
      root = JsonTrees.read(json.createParser(descriptor));
      places = JsonPlaces.of(json, descriptor);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputException(Message.DESCRIPTOR_INVALID.error(DESCRIPTOR,
          loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          "JSON allows no comments, no trailing commas and each key once; strings in double quotes",
          plain(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new InputException(Message.FILE_UNREADABLE.error(DESCRIPTOR, 0, 0,
          "a project keeps its data package in " + DESCRIPTOR, DESCRIPTOR, FileBytes.reason(e)));
    }
    if (!root.isObject() || !root.path("resources").isArray() || root.path("resources").isEmpty()) {
      throw new InputException(Message.DESCRIPTOR_INVALID.error(DESCRIPTOR, 0, 0,
          "a data package is an object whose \"resources\" list each dataset: {\"name\": ..., \"resources\": [...]}",
          root.isObject() ? "it lists no \"resources\"" : "it is not a JSON object"));
    }
    controlCharacters(root, "", places, diagnostics);
    List<Source> sources = new ArrayList<>();
    for (JsonNode s : root.path("sources")) {
      sources.add(new Source(s.path("name").asText(""), s.path("title").asText(""),
          s.path("path").asText(""), s.path("text").asText(null)));
    }
    List<Dataset> datasets = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode resource : root.path("resources")) {
      int before = (int) diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
      Dataset d = loadResource(resource, "resources[" + index++ + "]", places, diagnostics);
      boolean clean = before == diagnostics.stream().filter(x -> x.severity() == Severity.ERROR).count();
      if (d != null && clean) {
        datasets.add(d);
      } else {
        failed.put(resource.path("name").asText(""), "datasets/" + resource.path("path").asText(""));
      }
    }
    if (bytesRead > LARGE_LOAD_BYTES) {
      System.gc();
    }
    JsonNode license = root.path("licenses").path(0);
    Story story = new Story(root.path("name").asText("story"), root.path("title").asText(""),
        root.path("description").asText(""), license.path("title").asText(""),
        license.path("path").asText(""), List.copyOf(sources), List.copyOf(datasets));
    return new Partial(story, List.copyOf(diagnostics), Collections.unmodifiableMap(failed));
  }

  /**
   * A control character in the descriptor's text (a title, a description) is an error where it
   * is: the gallery would print it raw and a spreadsheet cannot store it, as in a spec or a cell.
   */
  private static void controlCharacters(JsonNode node, String path, Places places, List<Diagnostic> diagnostics) {
    if (node.isTextual()) {
      int control = CellText.firstControlCharacter(node.textValue());
      if (control >= 0) {
        diagnostics.add(places.error(Message.DESCRIPTOR_CONTROL_CHARACTER, DESCRIPTOR, path,
            "remove it: a spreadsheet cannot store it and would show ?", path,
            String.format(java.util.Locale.ROOT, "U+%04X", (int) node.textValue().charAt(control))));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        controlCharacters(node.get(i), path + "[" + i + "]", places, diagnostics);
      }
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> controlCharacters(e.getValue(),
          path.isEmpty() ? e.getKey() : path + "." + e.getKey(), places, diagnostics));
    }
  }

  /**
   * Jackson's message without its parser's internals: where a bracket opened ("start marker at
   * [Source: REDACTED ...]") and which parser feature would have allowed it.
   */
  private static String plain(String message) {
    String m = message;
    for (String cut : new String[] {"\n", " (start marker at", " (not recognized as one since", " (for "}) {
      int at = m.indexOf(cut);
      if (at > 0) {
        m = m.substring(0, at);
      }
    }
    return m;
  }

  /**
   * A hint for a resource path no file answers to: the file whose name differs only in case (names
   * are case-sensitive here, though not on every editor's machine), or where the file belongs.
   */
  private static String sameButCase(Path folder, String relative) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.equalsIgnoreCase(relative) && !n.equals(relative))
          .findFirst().map(n -> "did you mean " + Message.quote(n) + "? file names are case-sensitive")
          .orElse("the resource's path names a CSV file in datasets/, beside " + DESCRIPTOR);
    } catch (IOException e) {
      return null;
    }
  }

  /** @param at the resource's path in the descriptor, {@code resources[2]}, for its errors' places */
  private Dataset loadResource(JsonNode resource, String at, Places places, List<Diagnostic> diagnostics) {
    String name = resource.path("name").asText("");
    String relative = resource.path("path").asText("");
    String shown = "datasets/" + relative;
    if (name.isEmpty() || !relative.matches("[A-Za-z0-9._-]+\\.csv")) {
      diagnostics.add(places.error(Message.DESCRIPTOR_INVALID, DESCRIPTOR, at + (name.isEmpty() ? ".name" : ".path"),
          "each resource needs a name and a path to a CSV file inside datasets/",
          "resource " + Message.quote(name) + " has path " + Message.quote(relative)));
      return null;
    }
    SchemaReader schema = new SchemaReader(name, diagnostics, places, at);
    List<Field> fields = schema.fields(resource.path("schema"));
    Dialect dialect = schema.dialect(resource);
    if (schema.failed()) {
      return null;
    }
    Path folder = project.resolve("datasets");
    String[] why = new String[1];
    Optional<Path> file = ProjectPaths.inside(folder, relative, why);
    if (file.isEmpty()) {
      diagnostics.add(Message.FILE_UNREADABLE.error(shown, 0, 0, sameButCase(folder, relative), shown, why[0]));
      return null;
    }
    byte[] bytes;
    try {
      bytes = FileBytes.read(file.get());
    } catch (IOException e) {
      diagnostics.add(Message.FILE_UNREADABLE.error(shown, 0, 0, null, shown, FileBytes.reason(e)));
      return null;
    }
    bytesRead += bytes.length;
    // A large file is hashed on another core while it is parsed: SHA-256 of 25 MB took 0.3 s
    // on the main thread, before the JIT had compiled it.
    CompletableFuture<String> hash = bytes.length > HASHED_ASIDE_BYTES
        ? CompletableFuture.supplyAsync(() -> sha256(bytes)) : null;
    List<Row> rows = new CsvLoader(shown, name, fields, dialect, diagnostics).load(bytes);
    if (rows == null) {
      return null;
    }
    // The rows are a read-only view over typed columns: copying them would make every row.
    return new Dataset(name, resource.path("title").asText(name),
        resource.path("description").asText(""), shown, fields, rows, hash != null ? hash.join() : sha256(bytes));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
