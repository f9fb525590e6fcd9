package org.chartdesk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chartdesk.build.OneChartProject;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.Callout;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Phrases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A German or Russian edition's alt text is in German or Russian: none of the English sentences'
 * words remain once the editor's and the data's own words (which a locale does not translate) are
 * set aside, and dates read as the chart draws them.
 */
class AltTextLanguageTest {
  private static final Path STORY = Path.of("").toAbsolutePath();
  /** English words the translations take over as they are: "Lollipop-Diagramm". */
  private static final Set<String> LOANWORDS = Set.of("Lollipop");

  @ParameterizedTest
  @ValueSource(strings = {"de", "ru"})
  void everyStoryAndExampleChartIsDescribedInItsLanguage(String locale) throws Exception {
    Set<String> english = englishWords();
    List<ChartModel> edition = models(locale);
    List<ChartModel> plain = models("en");
    assertThat(edition).hasSizeGreaterThan(15).hasSameSizeAs(plain);
    int said = 0;
    for (int i = 0; i < edition.size(); i++) {
      ChartModel m = edition.get(i);
      String own = withoutEditorsWords(m.altText(), m.frame());
      // The data's own words, as the English edition says them with its sentences taken out.
      String englishOwn = withoutEditorsWords(plain.get(i).altText(), plain.get(i).frame());
      String data = withoutSentences(englishOwn);
      for (String word : english) {
        assertThat(count(own, word)).as("%s (%s) says \"%s\": %s", m.frame().id(), locale, word, own)
            .isLessThanOrEqualTo(count(data, word));
        said += count(englishOwn, word) - count(data, word);
      }
    }
    // The check has teeth: the English edition's sentences say those words.
    assertThat(said).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "ru"})
  void datesReadAsTheChartDrawsThem(String locale) throws Exception {
    NewsLocale l = NewsLocale.named(locale);
    String timeline = models(locale).stream().filter(m -> m.frame().id().equals("relations-timeline")).findFirst()
        .orElseThrow().altText();
    assertThat(timeline).contains(l.seasons().get("fall") + " 1955", l.month(9) + " 1962",
        l.lateDecade().replace("{decade}", "1970")).doesNotContain("fall 1955", "October 1962", "late 1970s");
  }

  /** A series too long to read out is summed up, its counts in the language's plural forms. */
  @Test
  void aLongSeriesIsSummedUpInEachLanguage(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("year,value,qualifier\n");
    for (int year = 1801; year <= 1950; year++) {
      csv.append(year).append(',').append(year == 1850 || year == 1851 ? "" : Integer.toString(year - 1700))
          .append(',').append(year == 1900 || year == 1901 ? "over" : "").append('\n');
    }
    Path project = OneChartProject.write(dir, csv, """
        {"name": "year", "type": "year"}, {"name": "value", "type": "integer"},
        {"name": "qualifier", "type": "string", "constraints": {"enum": ["", "over"]}}""", """
        title: A long walk
        kind: line
        data: walk
        x: {field: year}
        y: {field: value, label: Steps, qualifier: qualifier}
        source: Test data
        """);
    String en = Examples.models(project, new ProjectSettings(null, "en", null)).get(0).altText();
    String de = Examples.models(project, new ProjectSettings(null, "de", null)).get(0).altText();
    String ru = Examples.models(project, new ProjectSettings(null, "ru", null)).get(0).altText();
    assertThat(en).contains("150 values, 1801 to 1950, too many to read out", "No figure for 2 of them, the first 1850",
        "2 figures are given with a qualifier, as \"over 200\"");
    assertThat(de).contains("150 Werte, 1801 bis 1950, zu viele zum Vorlesen", "Keine Angabe für 2 davon, zuerst 1850",
        "2 Werte sind mit einem Zusatz angegeben, etwa „over 200“");
    assertThat(ru).contains("150 значений, 1801 — 1950: слишком много", "Нет данных для 2 из них, первое — 1850",
        "2 значения указаны с оговоркой, например «over 200»");
  }

  private static List<ChartModel> models(String locale) throws Exception {
    ProjectSettings edition = new ProjectSettings(null, locale, null);
    List<ChartModel> out = new ArrayList<>(Examples.models(STORY, edition));
    out.addAll(Examples.models(Examples.PROJECT, edition));
    return out;
  }

  /**
   * The words of the English phrases' fixed parts, of five letters or more (not "from", which the
   * data says too), but for loanwords.
   */
  private static Set<String> englishWords() {
    Set<String> out = new TreeSet<>();
    Phrases en = NewsLocale.english().phrases();
    for (String template : en.templates().values()) {
      for (String word : Phrases.PLACEHOLDER.matcher(template).replaceAll(" ").split("[^A-Za-z]+")) {
        if (word.length() >= 5 && !LOANWORDS.contains(word)) {
          out.add(word);
        }
      }
    }
    return out;
  }

  private static int count(String text, String word) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * English alt text without the fixed parts of the English phrases: each phrase is found as a
   * whole, its placeholders standing for text within one sentence, and only its fixed parts go.
   */
  private static String withoutSentences(String alt) {
    List<String> templates = new ArrayList<>(NewsLocale.english().phrases().templates().values());
    templates.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String out = alt;
    for (String template : templates) {
      List<String> parts = List.of(Phrases.PLACEHOLDER.split(template, -1));
      if (parts.stream().noneMatch(p -> p.chars().anyMatch(Character::isLetter))) {
        continue;
      }
      List<String> names = new ArrayList<>();
      Matcher p = Phrases.PLACEHOLDER.matcher(template);
      while (p.find()) {
        names.add(p.group(1));
      }
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        // A count is a number ("{n} events"); other values are text within the sentence.
        String value = i == 0 ? "" : Set.of("n", "pct", "missing").contains(names.get(i - 1)) ? "([0-9,]+)" : "([^.]*?)";
        regex.append(value).append(Pattern.quote(parts.get(i)));
      }
      Matcher m = Pattern.compile(regex.toString()).matcher(out);
      StringBuilder kept = new StringBuilder();
      while (m.find()) {
        StringBuilder values = new StringBuilder(" | ");
        for (int g = 1; g <= m.groupCount(); g++) {
          values.append(m.group(g)).append(" | ");
        }
        m.appendReplacement(kept, Matcher.quoteReplacement(values.toString()));
      }
      out = m.appendTail(kept).toString();
    }
    return out;
  }

  /** The alt text without the editor's words (title, notes, annotations, callouts) and the source line. */
  private static String withoutEditorsWords(String alt, Frame f) {
    List<String> editors = new ArrayList<>(List.of(f.title(), f.sourceLine()));
    if (f.subtitle() != null) {
      editors.add(f.subtitle());
    }
    editors.addAll(f.notes());
    f.annotations().stream().map(Annotation::text).forEach(editors::add);
    f.callouts().stream().map(Callout::text).forEach(editors::add);
    String out = alt;
    for (String e : editors) {
      out = out.replace(e.strip(), " ");
    }
    return out;
  }
}
