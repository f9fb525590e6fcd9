package org.chartdesk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Each bundled locale's phrases: the same sentences as the English, each count in its language's forms. */
class PhrasesTest {
  @Test
  void everyLocaleSaysEveryPhraseWithOnlyThePlaceholdersEnglishFills() {
    Phrases en = NewsLocale.english().phrases();
    Set<String> sentences = bases(en);
    for (String name : NewsLocale.BUNDLED) {
      Phrases p = NewsLocale.named(name).phrases();
      assertThat(bases(p)).as(name).isEqualTo(sentences);
      for (String key : p.templates().keySet()) {
        String base = base(key);
        if (!key.equals(base)) {
          // A counted phrase gives each of its language's forms and nothing else.
          assertThat(p.plural().forms()).as(name + " " + key).contains(key.substring(base.length() + 1));
        }
        Set<String> english = new TreeSet<>();
        en.templates().keySet().stream().filter(k -> base(k).equals(base))
            .forEach(k -> english.addAll(placeholders(en.templates().get(k))));
        assertThat(english).as(name + " " + key).containsAll(placeholders(p.templates().get(key)));
      }
      for (String counted : sentences.stream().filter(k -> !en.templates().containsKey(k)).toList()) {
        for (String form : p.plural().forms()) {
          assertThat(p.templates()).as(name).containsKey(counted + "." + form);
        }
      }
    }
  }

  @Test
  void russianCountsTakeTheirThreeForms() {
    Phrases ru = NewsLocale.named("ru").phrases();
    assertThat(ru.count("events", 1, "1")).isEqualTo("1 событие");
    assertThat(ru.count("events", 2, "2")).isEqualTo("2 события");
    assertThat(ru.count("events", 5, "5")).isEqualTo("5 событий");
    assertThat(ru.count("events", 11, "11")).isEqualTo("11 событий");
    assertThat(ru.count("events", 14, "14")).isEqualTo("14 событий");
    assertThat(ru.count("events", 21, "21")).isEqualTo("21 событие");
    assertThat(ru.count("events", 24, "24")).isEqualTo("24 события");
    assertThat(ru.count("events", 111, "111")).isEqualTo("111 событий");
    assertThat(ru.count("values", 1_000_000, "1\u00A0000\u00A0000")).isEqualTo("1\u00A0000\u00A0000 значений");
    Phrases de = NewsLocale.named("de").phrases();
    assertThat(de.count("events", 1, "1")).isEqualTo("1 Ereignis");
    assertThat(de.count("events", 0, "0")).isEqualTo("0 Ereignisse");
  }

  /** "Share of events", but "Share of KGB articles": an initialism keeps its capitals mid-sentence. */
  @Test
  void aLabelMidSentenceLosesItsCapitalUnlessItStartsWithAnInitialism() {
    assertThat(Phrases.lowerFirst("Events")).isEqualTo("events");
    assertThat(Phrases.lowerFirst("KGB articles")).isEqualTo("KGB articles");
    assertThat(Phrases.lowerFirst("UN votes")).isEqualTo("UN votes");
    assertThat(Phrases.lowerFirst("A")).isEqualTo("a");
    assertThat(Phrases.lowerFirst("")).isEmpty();
    assertThat(NewsLocale.english().say("share_of", "value", "KGB articles", "value_lower",
        Phrases.lowerFirst("KGB articles"))).isEqualTo("Share of KGB articles");
  }

  @Test
  void aPlaceholderWithoutAValueIsAnErrorNotAGap() {
    Phrases en = NewsLocale.english().phrases();
    assertThat(en.say("span", "from", "1973", "to", "1977")).isEqualTo("1973 to 1977");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> en.say("span", "from", "1973"))
        .hasMessageContaining("{to}");
  }

  private static Set<String> bases(Phrases p) {
    Set<String> out = new TreeSet<>();
    p.templates().keySet().forEach(k -> out.add(base(k)));
    return out;
  }

  private static String base(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** A template's placeholders; {value} and {value_lower} are one label, offered both ways. */
  private static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Phrases.PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1).replaceFirst("_lower$", ""));
    }
    return out;
  }
}
