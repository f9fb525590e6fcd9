package org.chartdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.chartdesk.build.Build;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.InputException;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.examples.Examples;
import org.chartdesk.export.PngExporter;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.Frame;
import org.chartdesk.model.SplitBinder;
import org.chartdesk.render.ChartRenderer;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.Theme;
import org.chartdesk.workbook.BuildInfo;
import org.chartdesk.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec's {@code colors} keep a colour's meaning across a story: the values take the colours
 * given, in the images and in the workbook's native chart as openpyxl reads it.
 */
class SeriesColoursTest {
  static final Theme HOUSE = Theme.house();
  static final Color BLUE = HOUSE.series(0);
  static final Color VERMILLION = HOUSE.series(1);
  static final Color GREEN = HOUSE.series(2);

  /** The grouped-column example, India given the palette's third colour. */
  static final String VISITS;

  static {
    try {
      VISITS = Files.readString(Path.of("examples/charts/grouped-column.yaml"))
          .replace("  order: [India, Soviet Union]\n", "  order: [India, Soviet Union]\n  colors: {India: 3}\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TempDir Path dir;

  @Test
  void aValueTakesItsColourAndTheOthersTheColoursLeftInOrder() {
    Frame f = new Frame("c", "T", null, List.of(), "Source: S", 1200, 675, null, List.of(), List.of(), List.of(),
        List.of(), null, null, null, Map.of("b", 0, "d", 1), org.chartdesk.spec.SpecPlaces.NONE,
        Map.of());
    assertThat(f.colourSlots(List.of("a", "b", "c", "d"))).containsExactly(2, 0, 3, 1);
  }

  @Test
  void theImageDrawsEachSeriesInItsGivenColour() throws Exception {
    ChartModel m = bind(VISITS);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(ChartRenderer.render(m, HOUSE),
        1200, 675, 1, "alt")));
    // India in green, the Soviet Union in the first colour no value was given: blue.
    assertThat(LibreOfficeRender.countNear(image, GREEN, 8)).as("India's columns and key").isGreaterThan(2000);
    assertThat(LibreOfficeRender.countNear(image, BLUE, 8)).as("the Soviet Union's").isGreaterThan(2000);
    assertThat(LibreOfficeRender.countNear(image, VERMILLION, 8)).isZero();
  }

  @Test
  void theWorkbooksNativeChartTakesTheSameColours() throws Exception {
    List<ChartModel> models = List.of(bind(VISITS));
    assertThat(nativeColours(models).get(models.get(0).frame().id())).containsExactly(hex(GREEN), hex(BLUE));
  }

  @Test
  void aColourForAValueTheFieldNeverHasIsAnErrorAtItsLine() {
    InputException e = catchThrowableOfType(InputException.class, () -> bind(VISITS.replace("India: 3", "Indai: 3")));
    assertThat(e).isNotNull();
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(Message.COLOR_FOR_NO_VALUE);
    assertThat(d.text()).isEqualTo(Message.COLOR_FOR_NO_VALUE.format("color", "\"Indai\"", "\"from_country\""));
    assertThat(d.line()).isEqualTo(14);
    assertThat(d.hint()).isEqualTo("did you mean \"India\"?");
  }

  /** The story's timeline leaves blue and vermillion to India and the Soviet Union, as its other charts have them. */
  @Test
  void theStorysTimelineBorrowsNoCountrysColour() throws Exception {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    ChartModel timeline = checked.models().stream().filter(c -> c.frame().id().equals("relations-timeline"))
        .findFirst().orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(
        ChartRenderer.render(timeline, HOUSE), timeline.frame().width(), timeline.frame().height(), 1, "alt")));
    assertThat(LibreOfficeRender.countNear(image, GREEN, 8)).as("diplomacy").isGreaterThan(1000);
    assertThat(LibreOfficeRender.countNear(image, BLUE, 8)).isZero();
    assertThat(LibreOfficeRender.countNear(image, VERMILLION, 8)).isZero();
  }

  /** The split bar chart of the examples: India's leaders in India's blue, the Soviet Union's in vermillion. */
  @Test
  void aSplitsValueDrawsItsChartInItsColourInTheImagesAndTheWorkbook() throws Exception {
    List<ChartModel> charts = bindAll(Files.readString(Path.of("examples/charts/bar-split.yaml")));
    assertThat(charts).extracting(m -> m.frame().id()).containsExactly("bars--india", "bars--soviet-union");
    Color[] expected = {BLUE, VERMILLION};
    Map<String, List<String>> workbook = nativeColours(charts);
    for (int i = 0; i < charts.size(); i++) {
      ChartModel m = charts.get(i);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngExporter.export(ChartRenderer.render(m, HOUSE),
          m.frame().width(), m.frame().height(), 1, "alt")));
      assertThat(LibreOfficeRender.countNear(image, expected[i], 8)).as(m.frame().id()).isGreaterThan(5000);
      assertThat(LibreOfficeRender.countNear(image, expected[1 - i], 8)).as(m.frame().id()).isZero();
      assertThat(workbook.get(m.frame().id())).as(m.frame().id()).containsExactly(hex(expected[i]));
      // One scale for both, as the images have it.
      assertThat(read).contains("AXIS " + m.frame().id() + " 30.0");
    }
  }

  @Test
  void aSplitsColourForAValueNearlyThereOrForAChartOfManyColoursIsAnError() throws Exception {
    String split = Files.readString(Path.of("examples/charts/bar-split.yaml"));
    InputException slip = catchThrowableOfType(InputException.class,
        () -> bindAll(split.replace("Soviet Union: 2", "Soviet Unoin: 2")));
    assertThat(slip).isNotNull();
    assertThat(slip.diagnostics().get(0).code()).isEqualTo(Message.COLOR_FOR_NO_VALUE);
    assertThat(slip.diagnostics().get(0).hint()).isEqualTo("did you mean \"Soviet Union\"?");
    InputException many = catchThrowableOfType(InputException.class,
        () -> bindAll(VISITS + "split_by: {field: to_country, colors: {India: 1}}\n"));
    assertThat(many).isNotNull();
    assertThat(many.diagnostics()).extracting(Diagnostic::code).containsExactly(Message.SPLIT_COLORS_ONE_COLOUR);
  }

  /** What openpyxl printed of the last workbook read: each chart's value axis's upper end too. */
  private String read;

  /** The colour of each series of each chart's native workbook chart, by sheet, as openpyxl reads them. */
  private Map<String, List<String>> nativeColours(List<ChartModel> charts) throws Exception {
    Tools.require("python3");
    Path book = dir.resolve("colours.xlsx");
    Files.write(book, WorkbookWriter.write(Examples.story(), charts, LibreOfficeRender.blankImages(charts), HOUSE,
        new BuildInfo("chartdesk test", new TreeMap<>(), List.of(), List.of())));
    Path script = Files.writeString(dir.resolve("read.py"), """
        import sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        for sheet in sys.argv[2:]:
            chart = wb[sheet]._charts[0]
            print('AXIS', sheet, chart.y_axis.scaling.max)
            for s in chart.series:
                print('SERIES', sheet, s.graphicalProperties.solidFill.srgbClr)
        """);
    List<String> args = new java.util.ArrayList<>(List.of(Tools.python(), script.toString(), book.toString()));
    charts.forEach(m -> args.add(m.frame().id()));
    Map<String, List<String>> colours = new TreeMap<>();
    read = Tools.run(dir, args.toArray(String[]::new));
    read.lines().filter(l -> l.startsWith("SERIES")).map(l -> l.split(" "))
        .forEach(f -> colours.computeIfAbsent(f[1], k -> new java.util.ArrayList<>()).add(f[2]));
    return colours;
  }

  private static List<ChartModel> bindAll(String yaml) throws InputException {
    return SplitBinder.bind(Examples.story(), SpecLoader.load("bars", "charts/bars.yaml",
        yaml.getBytes(StandardCharsets.UTF_8)), ProjectSettings.NONE, ProjectSettings.NONE).stream()
        .map(SplitBinder.Bound::model).toList();
  }

  private static ChartModel bind(String yaml) throws InputException {
    return SplitBinder.bind(Examples.story(), SpecLoader.load("visits", "charts/visits.yaml",
        yaml.getBytes(StandardCharsets.UTF_8)), ProjectSettings.NONE, ProjectSettings.NONE).get(0).model();
  }

  private static String hex(Color c) {
    return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
