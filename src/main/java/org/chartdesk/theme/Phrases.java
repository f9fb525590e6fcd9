package org.chartdesk.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a locale writes for readers: the words charts draw for themselves ("term not
 * given in the source") and the alt text's. Each is a template with named placeholders, so a
 * translation may order the words as its language does ("Von 1976 bis 1977 sank der Wert…"); a
 * phrase about a count has a form for each of the language's plural categories.
 *
 * @param templates each phrase's template, by key; a counted phrase's forms under "key.one",
 *     "key.few", "key.other"
 * @param plural how the language chooses a count's form
 */
public record Phrases(Map<String, String> templates, Plural plural) {
  /** A placeholder: {name}. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  /** The CLDR plural categories a bundled language uses for whole numbers. */
  public enum Plural {
    /** English, German: one for 1, other for the rest. */
    ONE_OTHER(List.of("one", "other")),
    /** Russian: one for 1, 21, 31…; few for 2–4, 22–24…; many for 0, 5–20, 25–30… (CLDR's "many"). */
    EAST_SLAVIC(List.of("one", "few", "many"));

    private final List<String> forms;

    Plural(List<String> forms) {
      this.forms = forms;
    }

    /** The forms a counted phrase must give. */
    public List<String> forms() {
      return forms;
    }

    String of(long n) {
      long abs = Math.abs(n);
      if (this == ONE_OTHER) {
        return abs == 1 ? "one" : "other";
      }
      long ten = abs % 10;
      long hundred = abs % 100;
      if (ten == 1 && hundred != 11) {
        return "one";
      }
      return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "few" : "many";
    }
  }

  /**
   * The phrase with its placeholders filled: {@code say("span", "from", "1973", "to", "1977")}.
   *
   * @param pairs each placeholder's name followed by its text
   */
  public String say(String key, String... pairs) {
    String template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("no phrase " + key);
    }
    return fill(template, pairs);
  }

  /**
   * A label for the middle of a sentence, {value_lower}: "Events" reads "events"; a label that
   * starts with an initialism ("KGB articles", "UN votes") keeps it.
   */
  public static String lowerFirst(String label) {
    if (label.isEmpty() || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
  }

  /**
   * A counted phrase in the form the count takes: "24 events", "1 event", "24 события"; {n} is
   * the count as written, {@code written} (with the locale's group mark).
   */
  public String count(String key, long n, String written, String... pairs) {
    String[] all = new String[pairs.length + 2];
    all[0] = "n";
    all[1] = written;
    System.arraycopy(pairs, 0, all, 2, pairs.length);
    return say(key + "." + plural.of(n), all);
  }

  private static String fill(String template, String... pairs) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), pairs, template)));
    }
    return m.appendTail(out).toString();
  }

  private static String value(String name, String[] pairs, String template) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(name)) {
        return pairs[i + 1];
      }
    }
    throw new IllegalStateException("no value for {" + name + "} in " + template);
  }

  /** The phrases of a locale file's {@code phrases:} map, a counted one's forms flattened. */
  static Phrases of(JsonNode node, String plural) {
    Map<String, String> templates = new TreeMap<>();
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        e.getValue().fields().forEachRemaining(f -> templates.put(e.getKey() + "." + f.getKey(), f.getValue().asText()));
      } else {
        templates.put(e.getKey(), e.getValue().asText());
      }
    });
    return new Phrases(Map.copyOf(templates), Plural.valueOf(plural.toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
  }
}
