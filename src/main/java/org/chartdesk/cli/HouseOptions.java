package org.chartdesk.cli;

import org.chartdesk.diagnostics.DidYouMean;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.theme.NewsLocale;
import org.chartdesk.theme.Theme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** House settings for one run, over every spec's and the project's: a German edition, a print theme. */
final class HouseOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--locale", paramLabel = "NAME",
      description = "numbers, dates and the chrome's words for every chart: ${COMPLETION-CANDIDATES}",
      completionCandidates = Locales.class)
  String locale;

  @Option(names = "--theme", paramLabel = "NAME", description = "theme for every chart: ${COMPLETION-CANDIDATES}",
      completionCandidates = Themes.class)
  String theme;

  @Option(names = "--byline", paramLabel = "TEXT", description = "credit printed beside every source line")
  String byline;

  ProjectSettings settings() {
    check("--locale", locale, NewsLocale.BUNDLED);
    check("--theme", theme, Theme.BUNDLED);
    return new ProjectSettings(theme, locale, byline);
  }

  private void check(String option, String value, java.util.List<String> valid) {
    if (value != null && !valid.contains(value)) {
      String near = DidYouMean.closest(value, valid);
      throw new ParameterException(spec.commandLine(), option + ": \"" + value + "\" is not one of "
          + String.join(", ", valid) + (near == null ? "" : "; did you mean \"" + near + "\"?"));
    }
  }

  static final class Locales implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return NewsLocale.BUNDLED.iterator();
    }
  }

  static final class Themes implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Theme.BUNDLED.iterator();
    }
  }
}
