package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.chartdesk.dataset.StoryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Builds the shipped story once and checks what a newcomer gets in out/. */
class ShippedStoryBuildTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final String[] CHARTS = {"kgb-planted-stories", "leader-visits", "leaders-in-office", "relations-timeline"};

  @TempDir static Path out;
  static BuildReport report;

  @BeforeAll
  static void build() throws IOException {
    report = new Build(PROJECT).build(out);
  }

  @Test
  void buildsEveryChartWithoutDiagnostics() {
    assertThat(report.diagnostics()).isEmpty();
    assertThat(report.charts()).containsExactly(CHARTS);
  }

  @Test
  void pngsHaveTheSpecSizeAtOneAndTwoTimes() throws IOException {
    for (String id : CHARTS) {
      BufferedImage one = ImageIO.read(out.resolve("png/" + id + ".png").toFile());
      BufferedImage two = ImageIO.read(out.resolve("png/" + id + "@2x.png").toFile());
      int[] size = specSize(id);
      assertThat(one.getWidth()).as(id).isEqualTo(size[0]);
      assertThat(one.getHeight()).as(id).isEqualTo(size[1]);
      assertThat(two.getWidth()).as(id).isEqualTo(2 * size[0]);
      assertThat(two.getHeight()).as(id).isEqualTo(2 * size[1]);
    }
  }

  @Test
  void sizePresetsAreDrawnAtTheirOwnSizes() throws IOException {
    // The KGB spec asks for web, social and print besides its own size.
    assertThat(size("png/web/kgb-planted-stories.png")).containsExactly(640, 400);
    assertThat(size("png/web/kgb-planted-stories@2x.png")).containsExactly(1280, 800);
    assertThat(size("png/social/kgb-planted-stories.png")).containsExactly(1080, 1080);
    // 125 x 90 mm at 300 dpi.
    assertThat(size("png/print/kgb-planted-stories.png")).containsExactly(1476, 1063);
    assertThat(out.resolve("pdf/print/kgb-planted-stories.pdf")).exists();
    assertThat(out.resolve("svg/social/kgb-planted-stories.svg")).exists();
  }

  /**
   * The print PNG says it is 300 dpi: without a pHYs chunk, InDesign and Photoshop placed its 1,476
   * pixels at 72 dpi, 520 mm wide for a 125 mm column. The screen PNGs state none.
   */
  @Test
  void thePrintPngStatesItsResolutionSoItIsPlacedAtItsSize() throws IOException {
    Element phys = phys("png/print/kgb-planted-stories.png");
    assertThat(phys).isNotNull();
    assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
    assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
    assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
    assertThat(1476 / 11811.0 * 1000).isCloseTo(125, offset(0.1));
    assertThat(phys("png/web/kgb-planted-stories.png")).isNull();
  }

  /** The pHYs node of a PNG's metadata, or null. */
  private static Element phys(String path) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(out.resolve(path).toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
      reader.setInput(in);
      Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      reader.dispose();
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("pHYs")) {
          return (Element) n;
        }
      }
      return null;
    }
  }

  private static int[] size(String path) throws IOException {
    BufferedImage image = ImageIO.read(out.resolve(path).toFile());
    return new int[] {image.getWidth(), image.getHeight()};
  }

  @Test
  void manifestListsEveryOutputWithItsHash() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Set<String> listed = new HashSet<>();
    for (JsonNode o : manifest.path("outputs")) {
      Path file = out.resolve(o.path("path").asText());
      assertThat(file).exists();
      assertThat(o.path("sha256").asText()).isEqualTo(StoryLoader.sha256(Files.readAllBytes(file)));
      assertThat(o.path("format").asText()).isEqualTo(extension(file));
      listed.add(o.path("path").asText());
    }
    Set<String> onDisk = new HashSet<>();
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("manifest.json") && !p.startsWith(".")).forEach(onDisk::add);
    }
    assertThat(listed).isEqualTo(onDisk);
    for (String id : CHARTS) {
      assertThat(listed).contains("png/" + id + ".png", "png/" + id + "@2x.png", "png/" + id + ".txt");
    }
    assertThat(manifest.path("outputs").findValuesAsText("chart")).contains(CHARTS);
    assertThat(listed).contains("india-soviet-union-relations.xlsx");
  }

  @Test
  void altTextCarriesValuesGapsAndQualifiers() throws IOException {
    String alt = Files.readString(out.resolve("png/kgb-planted-stories.txt"), StandardCharsets.UTF_8);
    assertThat(alt)
        .contains("1973, over 3,789")
        .contains("1976, 1,980")
        .contains("1977, 411")
        .contains("no figure for 1974 and 1975")
        .contains("lower bound")
        .contains("Source: India–Soviet Union relations, Wikipedia")
        .doesNotContain("1,973");
    String visits = Files.readString(out.resolve("png/leader-visits.txt"), StandardCharsets.UTF_8);
    assertThat(visits).contains("fall 1955", "late 1986", "June 1955", "May 1985");
  }

  private static int[] specSize(String id) throws IOException {
    String spec = Files.readString(PROJECT.resolve("charts/" + id + ".yaml"));
    var m = java.util.regex.Pattern.compile("size: \\{width: (\\d+), height: (\\d+)}").matcher(spec);
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {1200, 675};
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
