package org.chartdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chartdesk.build.OneChartProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --formats}: only the outputs asked for, and a folder that agrees with its manifest. */
class FormatsOptionTest {
  @TempDir Path tmp;
  Path project;
  Path out;

  @BeforeEach
  void project() throws IOException {
    project = OneChartProject.write(tmp.resolve("p"), "year,value\n1973,3789\n1976,1980\n1977,411\n",
        "{\"name\": \"year\", \"type\": \"year\"}, {\"name\": \"value\", \"type\": \"integer\"}",
        "title: Cases fell\nkind: column\ndata: walk\nx: {field: year}\ny: {field: value, label: Cases}\n"
            + "source: Made up\n");
    out = tmp.resolve("out");
  }

  private CommandLineTest.Result build(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("build", "--project", project.toString(), "--out",
        out.toString()));
    args.addAll(List.of(more));
    return CommandLineTest.run(args.toArray(String[]::new));
  }

  /** Every file in the output folder but its lock, with its bytes. */
  private Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString();
        if (!name.equals(".chartdesk.lock")) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  @Test
  void pngAloneWritesTheChartsPngsAndTheManifestAndNothingElse() throws IOException {
    assertThat(build("--formats", "png").code()).isZero();

    assertThat(files().keySet()).containsExactly("manifest.json", "png/walk.png", "png/walk.txt", "png/walk@2x.png");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"formats\" : \"png\"");
  }

  @Test
  void theImagesAreThoseOfAFullBuild() throws IOException {
    build();
    Map<String, byte[]> full = files();
    build("--formats", "svg,png");

    Map<String, byte[]> some = files();
    assertThat(some.keySet()).containsExactly("manifest.json", "png/walk.png", "png/walk.txt", "png/walk@2x.png",
        "svg/walk.svg");
    for (String name : List.of("png/walk.png", "png/walk@2x.png", "svg/walk.svg")) {
      assertThat(some.get(name)).as(name).isEqualTo(full.get(name));
    }
  }

  @Test
  void aFullBuildAfterOneOfSomeFormatsWritesTheRestAndOneOfSomeRemovesTheRest() throws IOException {
    build("--formats", "png");
    CommandLineTest.Result full = build();

    assertThat(full.out()).doesNotContain("nothing changed");
    assertThat(files().keySet()).contains("index.html", "pdf/walk.pdf", "svg/walk.svg", "png/walk.png")
        .anyMatch(name -> name.endsWith(".xlsx"));
    assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain("\"formats\"");

    CommandLineTest.Result some = build("--formats", "png");
    assertThat(some.out()).contains("removed index.html").doesNotContain("nothing changed");
    assertThat(files().keySet()).containsExactly("manifest.json", "png/walk.png", "png/walk.txt", "png/walk@2x.png");
  }

  @Test
  void aRebuildInTheSameFormatsWithNothingChangedTouchesNothing() throws IOException {
    build("--formats", "png,pdf");
    long before = Files.getLastModifiedTime(out.resolve("pdf/walk.pdf")).toMillis();

    CommandLineTest.Result again = build("--formats", "pdf,png");

    assertThat(again.out()).contains("nothing changed");
    assertThat(Files.getLastModifiedTime(out.resolve("pdf/walk.pdf")).toMillis()).isEqualTo(before);
  }

  @Test
  void whatCannotBeBuiltAloneIsAUsageError() throws IOException {
    CommandLineTest.Result workbook = build("--formats", "xlsx");
    assertThat(workbook.code()).isEqualTo(Main.USAGE);
    assertThat(workbook.err()).contains("--formats xlsx needs png too").doesNotContain("Exception");

    CommandLineTest.Result gallery = build("--formats", "png,html");
    assertThat(gallery.code()).isEqualTo(Main.USAGE);
    assertThat(gallery.err()).contains("--formats html needs png and xlsx too");

    CommandLineTest.Result unknown = build("--formats", "png,jpg");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("not \"jpg\"");
    assertThat(Files.exists(out)).as("nothing written").isFalse();
  }
}
