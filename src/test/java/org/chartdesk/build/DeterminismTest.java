package org.chartdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.chartdesk.dataset.StoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds in separate processes, one under another time zone and locale, or another zlib, give
 * byte-identical outputs: the nightly diff stays quiet and a rebuild anywhere gives the same files.
 */
class DeterminismTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void sameInputsGiveSameBytesUnderAnotherTimeZoneAndLocale() throws Exception {
    run(Path.of(""), first, "UTC", "en", "US");
    run(Path.of(""), second, "Asia/Kolkata", "de", "DE");
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("manifest.json", "india-soviet-union-relations.xlsx");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  /**
   * With SOURCE_DATE_EPOCH set, as a reproducible CI job sets it, the workbook is the same in every
   * time zone too: POI then stamps each zip entry with 1970, and the entries kept a Windows
   * timestamp of the build date moved by the zone's offset (Kiritimati's workbook differed from
   * UTC's in 43 entries).
   */
  @Test
  void sameBytesUnderAnotherTimeZoneWithSourceDateEpochSet() throws Exception {
    Map<String, String> dated = Map.of("SOURCE_DATE_EPOCH", "1700000000");
    run(Path.of(""), first, "UTC", "en", "US", dated);
    run(Path.of(""), second, "Pacific/Kiritimati", "tr", "TR", dated);
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("india-soviet-union-relations.xlsx");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  /** Local date-times are as written: no zone's daylight saving or offset moves a point, a tick or a cell. */
  @Test
  void linesOverDateTimesAreTheSameInEveryTimeZone() throws Exception {
    Path project = Path.of("src/test/resources/date-axis");
    run(project, first, "America/New_York", "en", "US");
    run(project, second, "Australia/Lord_Howe", "ru", "RU");
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("png/hourly.png", "date-axis.xlsx");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  /**
   * Every compressed byte is chartdesk's own: a machine whose zlib makes other, equally valid
   * choices (zlib-ng, which Fedora ships as its zlib, does) gives the same PNGs, PDFs (an image in
   * them too: a logo with transparent parts) and workbook. The other zlib is this machine's with a
   * larger hash table and symbol buffer, put in front of it with LD_PRELOAD; that it does change
   * what the JDK's {@code Deflater} makes is checked first.
   */
  @Test
  void sameBytesWhereTheMachinesZlibCompressesDifferently(@TempDir Path work) throws Exception {
    Path shim = work.resolve("libother-zlib.so");
    Process cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-O2", "-o", shim.toString(),
        Path.of("src/test/resources/other-zlib/other-zlib.c").toAbsolutePath().toString(), "-ldl")
        .inheritIO().start();
    assertThat(cc.waitFor()).as("cc builds the other zlib").isZero();
    Map<String, String> otherZlib = Map.of("LD_PRELOAD", shim.toString());
    assertThat(probe(otherZlib)).as("the JDK's Deflater under the other zlib").isNotEqualTo(probe(Map.of()));

    Path project = StoryCopy.into(work.resolve("story"));
    BufferedImage logo = new BufferedImage(90, 30, BufferedImage.TYPE_INT_ARGB);
    for (int x = 0; x < 90; x++) {
      for (int y = 0; y < 30; y++) {
        logo.setRGB(x, y, (x + y) % 3 == 0 ? 0 : 0xff000000 | x * 2 << 16 | y * 8);
      }
    }
    Files.createDirectories(project.resolve("brand"));
    ImageIO.write(logo, "png", project.resolve("brand/logo.png").toFile());
    Files.writeString(project.resolve("chartdesk.yaml"), "logo: brand/logo.png\n");
    run(project, first, "UTC", "en", "US", Map.of());
    run(project, second, "UTC", "en", "US", otherZlib);
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("india-soviet-union-relations.xlsx",
        "png/kgb-planted-stories@2x.png", "pdf/leaders-in-office.pdf");
    for (String path : a.keySet()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
    // The logo is in the PDF as poppler reads it: an image and its soft mask, both deflated by us.
    Process images = new ProcessBuilder("pdfimages", "-list", first.resolve("pdf/kgb-planted-stories.pdf").toString())
        .redirectErrorStream(true).start();
    String list = new String(images.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(images.waitFor()).isZero();
    assertThat(list).containsPattern("image +90 +30 +rgb").containsPattern("smask +90 +30 +gray");
  }

  /**
   * The text of every format is drawn in the bundled faces, whatever fonts the machine has: the
   * same bytes where Liberation Sans is not installed (a font configuration of DejaVu), as
   * on most desks' laptops and many servers. SVG text was once outlined from a font looked up by
   * name, which there was Java's fallback.
   */
  @Test
  void sameBytesWhereTheMachineHasNoneOfTheBundledFonts(@TempDir Path work) throws Exception {
    Path config = Files.writeString(work.resolve("fonts.conf"), """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <cachedir>%s</cachedir>
        </fontconfig>
        """.formatted(work.resolve("font-cache")));
    Map<String, String> dejaVuAlone = Map.of("FONTCONFIG_FILE", config.toString());
    assertThat(fontFamilies(dejaVuAlone)).as("the fonts the JVM then finds").contains("DejaVu Sans")
        .doesNotContain("Liberation Sans");

    run(Path.of(""), first, "UTC", "en", "US", Map.of());
    run(Path.of(""), second, "UTC", "en", "US", dejaVuAlone);
    Map<String, byte[]> a = files(first);
    Map<String, byte[]> b = files(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("svg/leader-visits.svg", "pdf/leader-visits.pdf");
    // The manifest, which lists every file's hash, last: a failure names the file that differs.
    for (String path : Stream.concat(a.keySet().stream().filter(p -> !p.equals("manifest.json")),
        Stream.of("manifest.json")).toList()) {
      assertThat(StoryLoader.sha256(b.get(path))).as(path).isEqualTo(StoryLoader.sha256(a.get(path)));
    }
  }

  /** Prints the font families the JVM finds on the machine, one a line. */
  public static final class FontFamilies {
    public static void main(String[] args) {
      for (String family : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
        System.out.println(family);
      }
    }
  }

  private static List<String> fontFamilies(Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), FontFamilies.class.getName());
    pb.environment().putAll(env);
    Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> families = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor()).isZero();
    return families;
  }

  /** Deflates text at zlib's default level and prints a digest of what came out. */
  public static final class DeflaterProbe {
    public static void main(String[] args) throws Exception {
      StringBuilder text = new StringBuilder();
      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < 100_000; i++) {
        text.append("row ").append(random.nextInt(5_000)).append(i % 7 == 0 ? "\n" : " ");
      }
      Deflater deflater = new Deflater(6);
      deflater.setInput(text.toString().getBytes(StandardCharsets.US_ASCII));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      System.out.print(StoryLoader.sha256(out.toByteArray()));
    }
  }

  private static String probe(Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DeflaterProbe.class.getName());
    pb.environment().putAll(env);
    Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String digest = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(p.waitFor()).isZero();
    return digest;
  }

  private static void run(Path project, Path out, String zone, String language, String country) throws Exception {
    run(project, out, zone, language, country, Map.of());
  }

  private static void run(Path project, Path out, String zone, String language, String country,
      Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true",
        "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
        "-cp", System.getProperty("java.class.path"), "org.chartdesk.cli.Main", "build",
        "--project", project.toAbsolutePath().toString(), "--out", out.toString()));
    Path log = Files.createTempFile("determinism-", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TZ", zone);
    pb.environment().put("LANG", language + "_" + country + ".UTF-8");
    pb.environment().remove("SOURCE_DATE_EPOCH");
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    // What the build said, should it fail.
    String said = Files.readString(log);
    Files.delete(log);
    assertThat(code).as(said).isZero();
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
