package org.chartdesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chartdesk.diagnostics.Places;

/**
 * Where each key and value of a JSON file sits, by path ({@code resources[1].schema.fields[0].type}),
 * so that what is wrong in a well-formed file (a data package's field of an unknown type) is
 * reported at its line and column, as a syntax error is.
 */
public final class JsonPlaces {
  private final Map<String, int[]> places = new HashMap<>();

  private JsonPlaces() {}

  /** The places of a file already read once without error; an unreadable one has none. */
  public static Places of(JsonFactory factory, byte[] json) {
    JsonPlaces scan = new JsonPlaces();
    try (JsonParser p = factory.createParser(json)) {
      scan.walk(p);
    } catch (IOException e) {
      // Read once already: a file that changed under us keeps the places found so far.
    }
    return new Places(scan.places);
  }

  private void walk(JsonParser p) throws IOException {
    List<String> paths = new ArrayList<>();
    List<int[]> next = new ArrayList<>();
    String field = null;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      String parent = paths.isEmpty() ? "" : paths.get(paths.size() - 1);
      if (t == JsonToken.FIELD_NAME) {
        field = p.currentName();
        places.putIfAbsent(join(parent, field), place(p.currentTokenLocation()));
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        paths.remove(paths.size() - 1);
        next.remove(next.size() - 1);
        continue;
      }
      String here = paths.isEmpty() ? "" : field != null ? join(parent, field)
          : parent + "[" + next.get(next.size() - 1)[0]++ + "]";
      field = null;
      // A value's place replaces its key's: the value is what to change.
      places.put(here, place(p.currentTokenLocation()));
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        paths.add(here);
        next.add(new int[] {0});
      }
    }
  }

  private static String join(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  private static int[] place(JsonLocation at) {
    return new int[] {at.getLineNr(), at.getColumnNr()};
  }
}
