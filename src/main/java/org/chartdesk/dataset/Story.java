package org.chartdesk.dataset;

import java.util.List;
import java.util.Optional;

/** The data package of a project: the story's metadata, its sources and its datasets. */
public record Story(
    String name, String title, String description, String licenseTitle, String licenseUrl,
    List<Source> sources, List<Dataset> datasets) {

  public Optional<Dataset> dataset(String name) {
    return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public List<String> datasetNames() {
    return datasets.stream().map(Dataset::name).toList();
  }
}
