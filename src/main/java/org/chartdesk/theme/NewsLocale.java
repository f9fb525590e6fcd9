package org.chartdesk.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chartdesk.io.JsonTrees;

/**
 * How numbers, dates and the chrome's words read in one newsroom language, as data (see
 * {@code src/main/resources/locales/}): never the machine's locale, so a build reads the same
 * everywhere. Numbers are laid out by a pattern (the model's NumberStyle) and then written with
 * the locale's marks: "3,789" in English is "3.789" in German and "3 789" in Russian.
 *
 * @param indian whether the default pattern groups as Indian publications do: 12,34,567
 * @param percent how a share reads, "{n}%" or "{n} %"
 * @param shortMonths whether dates use the abbreviated month names ("Sept. 1971")
 * @param seasons the words for the dataset periods spring, summer, fall, early and late
 * @param lateDecade how "the late 1970s" reads, with {decade} for 1970
 * @param dayMonth how a day reads on a time axis, with {day} and {month} (short): "3 Jan", "Jan. 3"
 * @param date how a whole date reads, with {day}, {month} (short) and {year}: "3 Jan 2000"
 * @param phrases the sentences written for readers: words the charts draw, the alt text
 */
public record NewsLocale(String name, String decimal, String group, boolean indian, String minus, String percent,
    List<String> months, List<String> monthsShort, boolean shortMonths, Map<String, String> seasons,
    String lateDecade, String dayMonth, String date, String source, String note, String noFigure, String noFigures,
    Phrases phrases) {

  /** The names of the bundled locales; {@code en} is the default. */
  public static final List<String> BUNDLED = List.of("en", "en-IN", "en-AP", "de", "ru");
  public static final String DEFAULT = "en";

  private static final Map<String, NewsLocale> CACHE = new ConcurrentHashMap<>();

  public static NewsLocale named(String name) {
    if (!BUNDLED.contains(name)) {
      throw new IllegalArgumentException("no bundled locale " + name);
    }
    return CACHE.computeIfAbsent(name, n -> of(n, resolved(n)));
  }

  public static NewsLocale english() {
    return named(DEFAULT);
  }

  /**
   * A number laid out in plain marks ("-12,345.6", "50%") as this locale writes it: its group and
   * decimal marks, its minus and its percent.
   */
  public String marks(String plain) {
    StringBuilder out = new StringBuilder(plain.length());
    for (char c : plain.toCharArray()) {
      switch (c) {
        case ',' -> out.append(group);
        case '.' -> out.append(decimal);
        case '-' -> out.append(minus);
        default -> out.append(c);
      }
    }
    String s = out.toString();
    return s.endsWith("%") ? percent.replace("{n}", s.substring(0, s.length() - 1)) : s;
  }

  /** The month's name (0 for January), abbreviated when the locale asks for short names. */
  public String month(int index) {
    return (shortMonths ? monthsShort : months).get(index);
  }

  private static NewsLocale of(String name, JsonNode n) {
    JsonNode words = n.get("words");
    Map<String, String> seasons = new java.util.TreeMap<>();
    n.get("seasons").fields().forEachRemaining(e -> seasons.put(e.getKey(), e.getValue().asText()));
    return new NewsLocale(name, n.get("decimal").asText(), n.get("group").asText(),
        n.get("grouping").asText().equals("indian"), n.get("minus").asText(), n.get("percent").asText(),
        texts(n.get("months")), texts(n.get("months_short")), n.get("month_names").asText().equals("short"),
        Map.copyOf(seasons), n.get("late_decade").asText(), n.get("day_month").asText(), n.get("date").asText(),
        words.get("source").asText(), words.get("note").asText(),
        words.get("no_figure").asText(), words.get("no_figures").asText(),
        Phrases.of(n.get("phrases"), n.get("plural").asText()));
  }

  /** The locale's phrase, its placeholders filled; see {@link Phrases#say}. */
  public String say(String key, String... pairs) {
    return phrases.say(key, pairs);
  }

  /** The value axis's title of a 100% stack, from the value's label: "Share of events". */
  public String shareOf(String valueLabel) {
    return say("share_of", "value", valueLabel, "value_lower", Phrases.lowerFirst(valueLabel));
  }

  /** Words as a list in a sentence: "Tea", "Tea and Oil", "Arms, Tea and Oil". */
  public String list(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return say("and", "first", String.join(", ", words.subList(0, words.size() - 1)), "last",
        words.get(words.size() - 1));
  }

  /**
   * The language of the locale's words, as HTML's lang and PDF's /Lang name it: "de" for
   * {@code de}, "en" for {@code en-AP} (whose second part is a style, not a region).
   */
  public String language() {
    int dash = name.indexOf('-');
    return dash < 0 ? name : name.substring(0, dash);
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(e -> out.add(e.asText()));
    return List.copyOf(out);
  }

  /** The locale's keys with its parent's underneath; a variant states only what differs. */
  private static ObjectNode resolved(String name) {
    String resource = "locales/" + name + ".yaml";
    ObjectNode own;
    try (InputStream in = NewsLocale.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled locale missing: " + resource);
      }
      own = (ObjectNode) Yaml.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode parent = own.remove("extends");
    if (parent == null) {
      return own;
    }
    ObjectNode base = resolved(parent.asText());
    own.fields().forEachRemaining(e -> base.set(e.getKey(), e.getValue()));
    return base;
  }

  /**
   * The parser of the locale files, made when the first is read rather than with the class: the
   * names above are all a build with nothing to do needs, and it loads no YAML library for them.
   * Every YAML type stays in here: the verifier of a method that passed a YAML parser as
   * Jackson's would load the YAML classes to check it.
   */
  private static final class Yaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    static JsonNode read(InputStream in) throws IOException {
      return JsonTrees.read(FACTORY.createParser(in));
    }
  }
}
