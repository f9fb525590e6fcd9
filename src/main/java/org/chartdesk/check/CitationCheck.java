package org.chartdesk.check;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.ProjectPaths;
import org.chartdesk.dataset.Source;
import org.chartdesk.dataset.Story;
import org.chartdesk.dataset.StoryLoader;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;

/**
 * Verifies every row's citation against the source it quotes: the quote must occur in the source's
 * local text copy (see {@link SourceText} for how), and every figure of the row must appear in the
 * quote. A source without a readable text copy is a warning, not an error: the data may be right,
 * it just cannot be verified here.
 */
public final class CitationCheck {
  static final int HINT_CHARS = 160;
  private static final Pattern PARTS = Pattern.compile(Pattern.quote(Normal.ELLIPSIS));

  private final Path datasets;
  private final Story story;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Optional<SourceText>> texts = new HashMap<>();

  private CitationCheck(Story story, Path project) {
    this.story = story;
    this.datasets = project.resolve("datasets").toAbsolutePath().normalize();
  }

  /** Checks every dataset against every source of the story. */
  public static List<Diagnostic> check(Story story, Path project) {
    return check(story, project, Map.of());
  }

  /**
   * Checks every dataset that has a citation column.
   *
   * @param project the project folder; source text paths are relative to its datasets/ folder
   * @param sourcesByDataset the source names each dataset cites (its resource's {@code sources});
   *     a dataset not in the map may quote any source of the story
   */
  public static List<Diagnostic> check(
      Story story, Path project, Map<String, List<String>> sourcesByDataset) {
    CitationCheck c = new CitationCheck(story, project);
    for (Dataset d : story.datasets()) {
      List<String> names = sourcesByDataset.getOrDefault(d.name(),
          story.sources().stream().map(Source::name).toList());
      d.citationField().ifPresent(f -> c.checkDataset(d, f, names));
    }
    return List.copyOf(c.diagnostics);
  }

  private void checkDataset(Dataset d, Field citation, List<String> sourceNames) {
    if (sourceNames.isEmpty()) {
      diagnostics.add(Message.CITATIONS_NOT_VERIFIED.warning(StoryLoader.DESCRIPTOR, 0, 0,
          "list the documents the data is curated from under \"sources\"",
          "dataset " + Message.quote(d.name()), "it cites no source"));
      return;
    }
    List<SourceText> sources = new ArrayList<>();
    for (String name : sourceNames) {
      texts.computeIfAbsent(name, this::load).ifPresent(sources::add);
    }
    if (sources.isEmpty()) {
      return; // each unreadable source has been warned about once
    }
    int ci = d.indexOf(citation.name());
    for (Row row : d.rows()) {
      if (row.get(ci) instanceof String raw) {
        String quote = Normal.of(raw);
        checkQuote(d, row, ci, quote, sources);
        checkNumbers(d, row, ci, quote);
      }
    }
  }

  private void checkQuote(Dataset d, Row row, int ci, String quote, List<SourceText> sources) {
    List<String> parts = PARTS.splitAsStream(quote).map(String::strip).toList();
    int worst = -1;
    SourceText where = null;
    for (SourceText s : sources) {
      int missing = s.missingPart(parts);
      if (missing < 0) {
        return;
      }
      if (missing > worst) {
        worst = missing;
        where = s;
      }
    }
    String part = parts.get(worst);
    List<String> hint = new ArrayList<>();
    if (parts.size() > 1 && where.missingPart(List.of(part)) < 0) {
      hint.add("the part is in the source, but before the part preceding it: parts joined by \""
          + Normal.ELLIPSIS.strip() + "\" must appear in the order quoted");
    } else {
      SourceText.Passage p = where.closest(part, HINT_CHARS);
      if (p != null) {
        hint.add("closest passage, " + where.path() + " line " + p.line() + ":");
        hint.add("\"" + p.text() + "\"");
      }
    }
    String h = hint.isEmpty() ? null : String.join("\n", hint);
    diagnostics.add(parts.size() == 1
        ? Message.CITATION_NOT_FOUND.error(d.path(), row.line(), ci + 1, h, where.path(), Message.quote(part))
        : Message.CITATION_PART_NOT_FOUND.error(d.path(), row.line(), ci + 1, h, worst + 1, parts.size(),
            where.path(), Message.quote(part)));
  }

  /** Every figure of the row (numeric columns) must be stated by the quote itself. */
  private void checkNumbers(Dataset d, Row row, int ci, String quote) {
    for (int i = 0; i < d.fields().size(); i++) {
      Field f = d.fields().get(i);
      if (f.citation() || !f.type().isNumeric() || !(row.get(i) instanceof Number value)) {
        continue;
      }
      if (!QuoteNumbers.contains(quote, value)) {
        List<String> stated = QuoteNumbers.written(quote);
        String hint = stated.isEmpty() ? "the quote states no number"
            : "numbers in the quote: " + String.join(", ", stated);
        diagnostics.add(Message.CITATION_NUMBER_MISSING.error(d.path(), row.line(), ci + 1, hint,
            Message.quote(f.name()), QuoteNumbers.plain(value)));
      }
    }
  }

  /** The source's text copy, or empty after warning once why it cannot be read. */
  private Optional<SourceText> load(String name) {
    Optional<Source> source = story.sources().stream().filter(s -> s.name().equals(name)).findFirst();
    String reason;
    String hint = "quotes are verified against a local text copy of the source";
    if (source.isEmpty()) {
      reason = "it is not declared under \"sources\"";
    } else if (source.get().text() == null || source.get().text().isBlank()) {
      reason = "it declares no local text copy";
      hint = "add \"text\": \"sources/<file>.txt\", a plain-text copy of the document under datasets/";
    } else {
      String shown = "datasets/" + source.get().text();
      String[] why = new String[1];
      Optional<Path> file = ProjectPaths.inside(datasets, source.get().text(), why);
      if (file.isEmpty()) {
        reason = "its text copy " + Message.quote(shown) + " is refused: " + why[0];
      } else {
        try {
          return Optional.of(SourceText.of(shown, Files.readString(file.get())));
        } catch (MalformedInputException e) {
          reason = "its text copy " + shown + " is not UTF-8";
        } catch (IOException e) {
          reason = "cannot read its text copy " + shown + ": " + e.getClass().getSimpleName();
        }
      }
    }
    diagnostics.add(Message.CITATIONS_NOT_VERIFIED.warning(StoryLoader.DESCRIPTOR, 0, 0, hint,
        "source " + Message.quote(name), reason));
    return Optional.empty();
  }
}
