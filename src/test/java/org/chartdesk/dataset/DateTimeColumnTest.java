package org.chartdesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartdesk.dataset.TestProject.field;
import static org.chartdesk.dataset.TestProject.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code datetime} field: local times as written, read strictly in the one declared pattern. */
class DateTimeColumnTest {
  @TempDir
  Path dir;

  @Test
  void readsLocalDateTimesOfTheDeclaredPatternWithGapsForMissingValues() throws IOException {
    TestProject.Loaded loaded = load("t,v\n2000-01-01 00:00,1\n2000-01-01 01:30,\n,3\n2024-02-29 23:59,4\n",
        field("t", "datetime", "format", "%Y-%m-%d %H:%M"), field("v", "integer"));
    assertThat(loaded.failure()).isNull();
    Dataset d = loaded.dataset();
    assertThat(d.value(0, 0)).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
    assertThat(d.value(1, 0)).isEqualTo(LocalDateTime.of(2000, 1, 1, 1, 30));
    assertThat(d.value(2, 0)).isNull();
    assertThat(d.value(3, 0)).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59));
    assertThat(d.fields().get(0).notation().datePattern().precision()).isEqualTo(Precision.MINUTE);
  }

  @Test
  void defaultsToIsoSecondsAndKeepsDatesBefore1900() throws IOException {
    TestProject.Loaded loaded = load("t,v\n1850-06-30T12:00:05,1\n", field("t", "datetime"), field("v", "integer"));
    assertThat(loaded.failure()).isNull();
    assertThat(loaded.dataset().value(0, 0)).isEqualTo(LocalDateTime.of(1850, 6, 30, 12, 0, 5));
    assertThat(loaded.dataset().fields().get(0).notation().datePattern().precision()).isEqualTo(Precision.SECOND);
  }

  @Test
  void reportsEveryBadValueAtItsLineAndColumn() throws IOException {
    TestProject.Loaded loaded = load("v,t\n1,2000-01-01 24:00\n2,2000-02-30 10:00\n3,2000-01-01 9:00\n"
        + "4,2000-01-01T10:00\n5,2000-01-01 10:00Z\n6,2000-01-01 10:00\n",
        field("v", "integer"), field("t", "datetime", "format", "%Y-%m-%d %H:%M"));
    assertThat(loaded.failure()).extracting(Diagnostic::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(loaded.failure()).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo(Message.BAD_VALUE);
      assertThat(d.column()).isEqualTo(2);
      assertThat(d.format()).startsWith("datasets/t.csv:" + d.line() + ":2: error: column \"t\": ")
          .contains("is not a date and time of the declared format \"%Y-%m-%d %H:%M\"");
    });
    assertThat(loaded.failure().get(4).hintText()).hasValueSatisfying(h ->
        assertThat(h).contains("local", "\"2000-01-01 10:00\""));
    assertThat(loaded.failure().get(3).hintText()).hasValueSatisfying(h ->
        assertThat(h).contains("never guessed", "\"%d/%m/%Y %H:%M\""));
  }

  @Test
  void readsTheSameWhateverTheMachinesZone() {
    DatePattern p = DatePattern.compile("%Y-%m-%d %H:%M");
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
      long there = p.seconds("2021-03-14 02:30");
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata"));
      // 02:30 on the day New York skips it is a time as written, not an instant.
      assertThat(p.seconds("2021-03-14 02:30")).isEqualTo(there)
          .isEqualTo(LocalDateTime.of(2021, 3, 14, 2, 30).toEpochSecond(java.time.ZoneOffset.UTC));
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  private TestProject.Loaded load(String csv, com.fasterxml.jackson.databind.node.ObjectNode... fields)
      throws IOException {
    return TestProject.load(dir, "t.csv", csv.getBytes(StandardCharsets.UTF_8), resource(fields));
  }
}
