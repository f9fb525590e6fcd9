package org.chartdesk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throwaway project of one dataset (walk.csv, resource "walk") and one chart spec (charts/walk.yaml). */
public final class OneChartProject {
  private OneChartProject() {}

  /**
   * Writes {@code dir}/project and returns it.
   *
   * @param csv the dataset, header first
   * @param fields the schema's fields, as JSON: {@code {"name": "step", "type": "integer"}, ...}
   * @param spec the chart spec, as YAML, reading {@code data: walk}
   */
  public static Path write(Path dir, CharSequence csv, String fields, String spec) throws IOException {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("datasets"));
    Files.createDirectories(project.resolve("charts"));
    Files.writeString(project.resolve("datasets/walk.csv"), csv);
    Files.writeString(project.resolve("datasets/datapackage.json"), """
        {"name": "walk", "title": "Walk", "resources": [{"name": "walk", "path": "walk.csv", "title": "Walk",
          "schema": {"fields": [%s], "missingValues": [""]}}]}
        """.formatted(fields));
    Files.writeString(project.resolve("charts/walk.yaml"), spec);
    return project;
  }

  /** Writes the project as {@link #write} does, builds it into {@code dir}/out without an error, and returns out. */
  public static Path built(Path dir, CharSequence csv, String fields, String spec) throws IOException {
    Path out = dir.resolve("out");
    BuildReport report = new Build(write(dir, csv, fields, spec)).build(out);
    org.assertj.core.api.Assertions.assertThat(report.errors()).as(report.toString()).isZero();
    return out;
  }
}
