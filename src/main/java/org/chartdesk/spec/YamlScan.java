package org.chartdesk.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A first pass over a spec's YAML tokens that remembers, for every key path ("x.field",
 * "notes[0]"), where it is and the scalar exactly as written, so later checks on the parsed tree
 * can point at the right line and show "NO" rather than the false YAML 1.1 made of it. It also
 * refuses YAML features a chart spec has no use for and that are known attack vectors: tags
 * (which name Java classes) and anchors/aliases (alias bombs).
 */
final class YamlScan {
  /** Where a key or value sits and, for scalars, its text as written. */
  record Place(JsonLocation location, String raw, JsonToken token) {}

  /** A YAML feature refused, with its place. */
  record Refusal(String what, JsonLocation location) {}

  private static final String YAML_TAGS = "tag:yaml.org,2002:";

  final Map<String, Place> keys = new HashMap<>();
  final Map<String, Place> values = new HashMap<>();
  final List<Refusal> refusals = new ArrayList<>();
  /** Where a second YAML document starts, which a parser of one would silently drop; null for none. */
  JsonLocation secondDocument;

  static YamlScan of(YAMLFactory factory, byte[] yaml) throws IOException {
    YamlScan scan = new YamlScan();
    try (YAMLParser p = (YAMLParser) factory.createParser(yaml)) {
      scan.walk(p);
    }
    return scan;
  }

  /**
   * Refuses a feature once: the parser reports an anchor on a mapping again at its first key
   * ({@code z: &a {field: year}} was said at 7:4 and at 7:8).
   */
  private void refuse(String what, JsonLocation at) {
    Refusal last = refusals.isEmpty() ? null : refusals.get(refusals.size() - 1);
    if (last == null || !last.what().equals(what) || last.location().getLineNr() != at.getLineNr()) {
      refusals.add(new Refusal(what, at));
    }
  }

  private void walk(YAMLParser p) throws IOException {
    // A stack of container paths; for arrays, the next index.
    List<String> paths = new ArrayList<>();
    List<int[]> indexes = new ArrayList<>();
    String field = null;
    int roots = 0;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (p.getTypeId() != null) {
        // As written: "!!str", not the parser's "tag:yaml.org,2002:str".
        String tag = p.getTypeId();
        refuse("tag " + (tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : tag),
            p.currentTokenLocation());
      }
      if (p.getObjectId() != null) {
        refuse("anchor &" + p.getObjectId(), p.currentTokenLocation());
      }
      if (t.isScalarValue() && p.isCurrentAlias()) {
        refusals.add(new Refusal("alias *" + p.getText(), p.currentTokenLocation()));
      }
      if (t == JsonToken.FIELD_NAME) {
        field = p.currentName();
        keys.putIfAbsent(join(paths, field), new Place(p.currentTokenLocation(), field, t));
        continue;
      }
      if (paths.isEmpty() && field == null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
          && roots++ == 1) {
        secondDocument = p.currentTokenLocation();
      }
      String here = paths.isEmpty() && field == null ? "" : valuePath(paths, indexes, field);
      field = null;
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        if (!here.isEmpty()) {
          values.putIfAbsent(here, new Place(p.currentTokenLocation(), null, t));
        }
        paths.add(here);
        indexes.add(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        paths.remove(paths.size() - 1);
        indexes.remove(indexes.size() - 1);
      } else {
        values.putIfAbsent(here, new Place(p.currentTokenLocation(), p.getText(), t));
      }
    }
  }

  private static String valuePath(List<String> paths, List<int[]> indexes, String field) {
    int[] index = indexes.isEmpty() ? new int[] {-1} : indexes.get(indexes.size() - 1);
    if (index[0] >= 0) {
      return paths.get(paths.size() - 1) + "[" + index[0]++ + "]";
    }
    return join(paths, field);
  }

  private static String join(List<String> paths, String field) {
    String parent = paths.isEmpty() ? "" : paths.get(paths.size() - 1);
    return parent.isEmpty() ? field : parent + "." + field;
  }
}
