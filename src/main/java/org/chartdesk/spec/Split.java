package org.chartdesk.spec;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code split_by:}: one chart per value of a dataset field (one per state on election night),
 * each drawn from that value's rows with the spec's style. {@code split_by: country} is short for
 * {@code {field: country}}.
 *
 * @param field the field whose values make the charts
 * @param shared whether every chart of the spec gets the same value-axis range (scales: shared),
 *     so that readers can compare them; otherwise each fits its own data
 * @param names display names of values, for {@code {value}} in the title, subtitle and notes
 * @param colors the palette colour (0 for the first) a value's chart is drawn in, for charts drawn
 *     in one colour: India's in India's blue, the Soviet Union's in its vermillion
 */
public record Split(String field, boolean shared, Map<String, String> names, Map<String, Integer> colors) {
  public static final List<String> KEYS = List.of("field", "scales", "names", "colors");
  public static final List<String> SCALES = List.of("independent", "shared");
  /** The placeholder a chart of a split spec fills with its value's name. */
  public static final String VALUE = "value";

  public String nameOf(String value) {
    return names.getOrDefault(value, value);
  }

  /**
   * The id of the chart for one value: {@code <spec>--<slug>}, the slug the value in lower-case
   * ASCII letters and digits joined by hyphens ("Soviet Union" gives soviet-union). A value with
   * no such letter at all (Москва) is named by a short hash of its text instead, which is as
   * stable. Two values may share a slug; the binder reports that.
   */
  public static String chartId(String spec, String value) {
    String folded = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    // String.hashCode is specified by the language, so the name is the same on every machine.
    return spec + "--" + (slug.isEmpty() ? "v" + Integer.toHexString(value.hashCode()) : slug);
  }
}
