package org.chartdesk.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The text a reader must find in a chart, read from its spec and its CSV rather than from the
 * tool's own output: title, subtitle, notes and source, and the label of every row, whether the
 * spec labels rows by a template ({@code label: "{visitor}"}), names rows by a field
 * ({@code row: {field: leader}}) or labels values ({@code y: {field, format, qualifier}}).
 */
record ChartText(List<String> frame, List<String> labels) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  static ChartText of(Path project, String id) throws IOException {
    JsonNode spec = new YAMLMapper().readTree(project.resolve("charts/" + id + ".yaml").toFile());
    List<String> frame = new ArrayList<>();
    for (String key : List.of("title", "subtitle", "source")) {
      if (spec.hasNonNull(key)) {
        frame.add(spec.get(key).asText());
      }
    }
    spec.path("notes").forEach(note -> frame.add(note.asText()));
    List<String> labels = new ArrayList<>();
    for (CSVRecord row : rows(project, spec.path("data").asText())) {
      String label = label(spec, row);
      if (label != null) {
        labels.add(label);
      }
    }
    return new ChartText(frame, labels);
  }

  private static String label(JsonNode spec, CSVRecord row) {
    if (spec.hasNonNull("label")) {
      Matcher m = PLACEHOLDER.matcher(spec.get("label").asText());
      return m.replaceAll(r -> Matcher.quoteReplacement(row.get(r.group(1))));
    }
    if (spec.path("row").hasNonNull("field")) {
      return row.get(spec.path("row").path("field").asText());
    }
    JsonNode y = spec.path("y");
    if (y.hasNonNull("format")) {
      String value = new DecimalFormat(y.get("format").asText(), DecimalFormatSymbols.getInstance(Locale.ROOT))
          .format(Double.parseDouble(row.get(y.path("field").asText())));
      String qualifier = y.hasNonNull("qualifier") ? row.get(y.get("qualifier").asText()) : "";
      return qualifier.isEmpty() ? value : qualifier + " " + value;
    }
    return null;
  }

  private static List<CSVRecord> rows(Path project, String resource) throws IOException {
    JsonNode pkg = new ObjectMapper().readTree(project.resolve("datasets/datapackage.json").toFile());
    for (JsonNode r : pkg.path("resources")) {
      if (r.path("name").asText().equals(resource)) {
        try (Reader in = Files.newBufferedReader(project.resolve("datasets").resolve(r.path("path").asText()),
            StandardCharsets.UTF_8)) {
          return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
      }
    }
    throw new IllegalArgumentException("no resource " + resource);
  }
}
