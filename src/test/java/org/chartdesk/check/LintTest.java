package org.chartdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chartdesk.build.Build;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.dataset.Row;
import org.chartdesk.dataset.Story;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.diagnostics.Severity;
import org.chartdesk.examples.Examples;
import org.chartdesk.model.Annotation;
import org.chartdesk.model.ChartModel;
import org.chartdesk.model.ColumnChartModel;
import org.chartdesk.model.ColumnChartModel.Bar;
import org.chartdesk.model.Frame;
import org.chartdesk.model.FuzzyDate;
import org.chartdesk.model.RangeChartModel;
import org.chartdesk.model.SplitBinder;
import org.chartdesk.model.SplitBinderTest;
import org.chartdesk.model.TimelineChartModel;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.spec.ProjectSettings;
import org.chartdesk.spec.SpecLoader;
import org.chartdesk.theme.Fonts;
import org.chartdesk.theme.Theme;
import org.junit.jupiter.api.Test;

/** One test per rule that makes it fire, the clean charts that do not, and silencing. */
class LintTest {
  static final Theme HOUSE = Theme.house();
  static final Story KGB = Charts.story(Charts.kgb("articles"));

  @Test
  void theCleanChartsHaveNoFindings() {
    Story story = Charts.story(Charts.kgb("articles"), Charts.events(2));
    List<ChartModel> models = List.of(Charts.column(),
        Charts.timeline(frame("visits", 1200, 480), 2, false, 1950, 1990),
        Charts.timeline(frame("events", 1200, 900), 4, true, 1950, 1990),
        Charts.range(frame("leaders", 1200, 675), 3));
    LintResult r = Lint.run(models, story, HOUSE, Map.of());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.silenced()).isEmpty();
  }

  @Test
  void cd101ValueAxisThatDoesNotIncludeZero() {
    ColumnChartModel m = Charts.column();
    ColumnChartModel cut = Charts.column(Charts.frame("kgb"), "Articles", Charts.bars(), 1000, 5000);
    List<Diagnostic> d = new AxisFromZero().check(target(cut, KGB));
    assertThat(texts(d)).containsExactly(Message.LINT_AXIS_NOT_ZERO.format("1,000"));
    assertThat(d.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(d.get(0).file()).isEqualTo("charts/kgb.yaml");
    // The default axis, [0, above the tallest], passes.
    assertThat(new AxisFromZero().check(target(m, KGB))).isEmpty();
  }

  private static final org.chartdesk.model.Encoding LEADERS =
      new org.chartdesk.model.Encoding("leader", "years", null, List.of());

  @Test
  void cd101AppliesToBarsToo() {
    var bars = new org.chartdesk.model.BarChartModel(Charts.frame("kgb"), "kgb", LEADERS, "Years in office", "#,##0",
        List.of(new org.chartdesk.model.Category("a", "Stalin"), new org.chartdesk.model.Category("b", "Khrushchev")),
        List.of(new org.chartdesk.model.Datum(29.0, null, "29", List.of(0)),
            new org.chartdesk.model.Datum(11.0, null, "11", List.of(1))), 10, 30, "alt");
    assertThat(texts(new AxisFromZero().check(target(bars, KGB))))
        .containsExactly(Message.LINT_AXIS_NOT_ZERO.format("10"));
    var fromZero = new org.chartdesk.model.BarChartModel(bars.frame(), "kgb", LEADERS, "Years in office", "#,##0",
        bars.categories(), bars.values(), 0, 30, "alt");
    assertThat(new AxisFromZero().check(target(fromZero, KGB))).isEmpty();
  }

  @Test
  void cd105AValueScaleWithoutALabelInTheNewerKinds() {
    var bars = new org.chartdesk.model.BarChartModel(Charts.frame("kgb"), "kgb", LEADERS, " ", "#,##0",
        List.of(new org.chartdesk.model.Category("a", "Stalin")),
        List.of(new org.chartdesk.model.Datum(29.0, null, "29", List.of(0))), 0, 30, "alt");
    assertThat(texts(new AxisLabel().check(target(bars, KGB)))).containsExactly(Message.LINT_NO_AXIS_LABEL.format("\"\""));
    var labelled = new org.chartdesk.model.BarChartModel(bars.frame(), "kgb", LEADERS, "Years in office", "#,##0",
        bars.categories(), bars.values(), 0, 30, "alt");
    assertThat(new AxisLabel().check(target(labelled, KGB))).isEmpty();
  }

  @Test
  void cd102YearCategoriesThatSkipYears() {
    List<Bar> skipping = Charts.bars().stream().filter(b -> !b.missing()).toList();
    ColumnChartModel m = Charts.column(Charts.frame("kgb"), "Articles", skipping);
    assertThat(texts(new YearAxisGaps().check(target(m, KGB))))
        .containsExactly(Message.LINT_YEARS_SKIPPED.format("1974–1975"));
  }

  @Test
  void cd102FiveYearlyColumnsSkipNothing() {
    List<Bar> fiveYearly = List.of(new Bar(1980, 9.0, null, "9", 0), new Bar(1985, 14.0, null, "14", 1),
        new Bar(1990, 21.0, null, "21", 2));
    assertThat(new YearAxisGaps().check(target(Charts.column(Charts.frame("kgb"), "Articles", fiveYearly), KGB)))
        .isEmpty();
  }

  @Test
  void cd102YearsHeldAsText() {
    Dataset text = new Dataset("kgb", "KGB", "", Charts.CSV,
        List.of(Charts.field("year", FieldType.STRING, null, List.of()),
            Charts.field("stories", FieldType.INTEGER, "articles", List.of())),
        List.of(new Row(2, new Object[] {"1973", 3789L}), new Row(3, new Object[] {"1976", 1980L})), "0");
    assertThat(texts(new YearAxisGaps().check(target(Charts.column(), Charts.story(text)))))
        .containsExactly(Message.LINT_YEARS_AS_TEXT.format("\"year\""));
  }

  @Test
  void cd103RowsOutsideTheDomainAreReported() throws Exception {
    // x.domain [1976, 1977]: the binder makes no column for the 1973 row.
    ChartModel cut = bind(KGB, KGB_COLUMN + "x: {field: year, domain: [1976, 1977]}\n");
    List<Diagnostic> d = new OutsideDomain().check(target(cut, KGB));
    assertThat(texts(d)).containsExactly(Message.LINT_OUTSIDE_DOMAIN.format(1, "row", "\"kgb\"", "1976", "1977"));
    assertThat(d.get(0).hint()).startsWith(Charts.CSV + ":2 (1973)");
    // A filter leaves rows out on purpose: none is outside the axis.
    ChartModel kept = bind(KGB, KGB_COLUMN + "x: year\ntransform:\n  - {filter: {field: year, range: [1976, 1977]}}\n");
    assertThat(((ColumnChartModel) kept).years()).containsExactly(1976, 1977);
    assertThat(new OutsideDomain().check(target(kept, KGB))).isEmpty();

    TimelineChartModel late = Charts.timeline(frame("events", 1200, 900), 3, true, 1961, 1990);
    assertThat(texts(new OutsideDomain().check(target(late, Charts.story(Charts.events(3))))))
        .containsExactly(Message.LINT_OUTSIDE_DOMAIN.format(1, "row", "\"events\"", "1961", "1990"));
  }

  @Test
  void cd103AValueBelowAZeroBasedAxis() {
    List<Bar> bars = List.of(new Bar(1973, 3789.0, "over", "over 3,789", 0), new Bar(1974, -5.0, null, "-5", 1));
    List<Diagnostic> d = new OutsideDomain().check(target(Charts.column(Charts.frame("kgb"), "Articles", bars), KGB));
    assertThat(texts(d)).contains(Message.LINT_OUTSIDE_DOMAIN.format(1, "row", "\"kgb\"", "0", "5,000"));
  }

  @Test
  void cd111CharactersTheFontsLackAreNamedButCyrillicIsCovered() {
    Frame cyrillic = Charts.frame("kgb", "Горбачёв и Хрущёв", null, "Source: Wikipedia", 1200, 675);
    assertThat(new MissingGlyphs().check(target(Charts.column(cyrillic, "Articles", Charts.bars()), KGB))).isEmpty();
    Frame devanagari = Charts.frame("kgb", "भारत and the Soviet Union", null, "Source: Wikipedia", 1200, 675);
    List<Diagnostic> d = new MissingGlyphs().check(target(Charts.column(devanagari, "Articles", Charts.bars()), KGB));
    assertThat(d).hasSize(1);
    assertThat(d.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(d.get(0).text()).contains("\"भारत and the Soviet Union\"").contains("U+092D भ");
  }

  @Test
  void cd104MissingSourceLine() {
    for (String line : List.of("Source: ", "Source: TK", "")) {
      Frame f = Charts.frame("kgb", "Title", null, line, 1200, 675);
      assertThat(texts(new SourceLine().check(target(Charts.column(f, "Articles", Charts.bars()), KGB))))
          .as(line).containsExactly(Message.LINT_NO_SOURCE.format());
    }
  }

  @Test
  void cd105ValueAxisWithoutLabelOrUnit() {
    List<Diagnostic> noLabel = new AxisLabel().check(
        target(Charts.column(Charts.frame("kgb"), "stories", Charts.bars()), Charts.story(Charts.kgb(null))));
    assertThat(texts(noLabel)).containsExactly(Message.LINT_NO_AXIS_LABEL.format("\"stories\""),
        Message.LINT_NO_UNIT.format("field \"stories\" declares no unit"));
    assertThat(noLabel).allMatch(x -> x.severity() == Severity.WARNING);

    List<Diagnostic> unitNotSaid = new AxisLabel().check(target(Charts.column(), Charts.story(Charts.kgb("tonnes"))));
    assertThat(texts(unitNotSaid)).containsExactly(
        Message.LINT_NO_UNIT.format("the unit \"tonnes\" is in neither the axis label nor the subtitle"));
  }

  @Test
  void cd106MoreLanesThanColours() {
    TimelineChartModel seven = Charts.timeline(frame("events", 1200, 1400), 7, true, 1950, 1990);
    List<Diagnostic> d = new SeriesCount().check(target(seven, Charts.story(Charts.events(7))));
    assertThat(texts(d)).containsExactly("CD106 7 lanes, but at most 6 can be told apart by colour and labelled directly");
    assertThat(d.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  /** Ten lines: "10 series", not "10 seriess". */
  @Test
  void cd106MoreLinesThanColoursCountsSeries(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    StringBuilder csv = new StringBuilder("year,country,share\n");
    for (int c = 0; c < 10; c++) {
      csv.append("1960,C").append(c).append(",5\n1961,C").append(c).append(",6\n");
    }
    java.nio.file.Path project = org.chartdesk.build.OneChartProject.write(dir, csv, """
        {"name": "year", "type": "year"}, {"name": "country", "type": "string"},
        {"name": "share", "type": "number", "unit": "per cent"}""", """
        title: Ten shares
        kind: line
        data: walk
        x: {field: year}
        y: {field: share, label: Per cent}
        color: {field: country}
        source: S
        """);
    assertThat(new org.chartdesk.build.Build(project).check().diagnostics()).extracting(Diagnostic::text)
        .contains("CD106 10 series, but at most 6 can be told apart by colour and labelled directly");
  }

  @Test
  void cd107ColoursADeuteranopeCannotTellApart() {
    Color red = new Color(0xD6, 0x27, 0x28);
    Color green = new Color(0x2C, 0xA0, 0x2C);
    Theme redGreen = theme(List.of(red, green), HOUSE.secondaryText());
    TimelineChartModel two = Charts.timeline(frame("visits", 1200, 480), 2, false, 1950, 1990);
    double d = Colours.difference(red, green, Colours.Vision.DEUTERANOPIA);
    assertThat(Colours.difference(red, green, Colours.Vision.NORMAL)).isGreaterThan(ColourVision.THRESHOLD);
    assertThat(texts(new ColourVision().check(new LintTarget(two, KGB, redGreen, "charts/visits.yaml"))))
        .containsExactly(Message.LINT_COLOURS_CONFUSED.format("lane", "#D62728 (Lane 1)", "#2CA02C (Lane 2)", d,
            "deuteranopia", ColourVision.THRESHOLD));
  }

  @Test
  void theHousePaletteStaysApartUnderEveryVision() {
    List<Color> c = HOUSE.categorical();
    for (int i = 0; i < c.size(); i++) {
      for (int j = i + 1; j < c.size(); j++) {
        for (Colours.Vision v : Colours.Vision.values()) {
          assertThat(Colours.difference(c.get(i), c.get(j), v)).as(i + "/" + j + " " + v)
              .isGreaterThanOrEqualTo(ColourVision.THRESHOLD);
        }
      }
    }
  }

  @Test
  void ciede2000MatchesSharmasTestData() {
    // Sharma, Wu and Dalal (2005), pairs 1, 7 and 17 of their table.
    assertThat(Colours.ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
        .isCloseTo(2.0425, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Colours.ciede2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}))
        .isCloseTo(2.3669, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Colours.ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
        .isCloseTo(27.1492, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void cd108TextWithTooLittleContrast() {
    Color light = new Color(0xAA, 0xAA, 0xAA);
    Theme pale = theme(HOUSE.categorical(), light);
    double ratio = Colours.contrast(light, Color.WHITE);
    assertThat(texts(new TextContrast().check(new LintTarget(Charts.column(), KGB, pale, "charts/kgb.yaml"))))
        .containsExactly(Message.LINT_LOW_CONTRAST.format("secondary text colour", "#AAAAAA", "#FFFFFF", ratio));
    assertThat(ratio).isCloseTo(2.32, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void cd109ALowerBoundShownAsAPlainNumber() {
    List<Bar> bare = Charts.bars().stream()
        .map(b -> b.year() == 1973 ? new Bar(1973, 3789.0, null, "3,789", 0) : b).toList();
    assertThat(texts(new QualifierShown().check(target(Charts.column(Charts.frame("kgb"), "Articles", bare), KGB))))
        .containsExactly(Message.LINT_QUALIFIER_DROPPED.format("1973", "3,789", "\"over\""));
  }

  @Test
  void cd109ATablesNumberWithoutItsQualifierIsAnError() throws Exception {
    // A table of the KGB figures read "3,789" for the source's "over 3,789", without a word.
    Story story = org.chartdesk.examples.Examples.story();
    String table = "title: T\nkind: table\ndata: kgb-planted-stories\ncolumns: [year, stories]\nsource: S\n";
    List<Diagnostic> bare = new QualifierShown().check(target(bind(story, table), story));
    assertThat(texts(bare)).containsExactly(Message.LINT_QUALIFIER_DROPPED.format("1973, stories", "3,789", "\"over\""));
    // Said at the column written, as a compiler would.
    assertThat(bare.get(0).format()).startsWith("charts/t.yaml:4:17: error: CD109");
    assertThat(new QualifierShown().check(target(bind(story, table.replace("[year, stories]",
        "[year, {field: stories, qualifier: qualifier}]")), story))).isEmpty();
    assertThat(new QualifierShown().check(target(bind(story, table.replace("[year, stories]",
        "[year, qualifier, stories]")), story))).isEmpty();
  }

  @Test
  void cd109ALineOrBarWithoutItsQualifierIsAnErrorButADerivedCountIsNot() throws Exception {
    Story story = org.chartdesk.examples.Examples.story();
    String line = "title: T\nkind: line\ndata: kgb-planted-stories\nx: {field: year, domain: [1973, 1977]}\n"
        + "y: {field: stories}\nsource: S\n";
    assertThat(texts(new QualifierShown().check(target(bind(story, line), story))))
        .containsExactly(Message.LINT_QUALIFIER_DROPPED.format("1973", "3,789", "\"over\""));
    assertThat(new QualifierShown().check(target(bind(story, line.replace("{field: stories}",
        "{field: stories, qualifier: qualifier}")), story))).isEmpty();
    String counted = "title: T\nkind: bar\ndata: kgb-planted-stories\ntransform:\n"
        + "  - {aggregate: count, groupby: [measure], as: n}\ny: {field: measure}\nx: {field: n}\nsource: S\n";
    assertThat(new QualifierShown().check(target(bind(story, counted), story))).isEmpty();
  }

  private static final String KGB_COLUMN = "title: T\nkind: column\ndata: kgb\ny: {field: stories, qualifier: qualifier}\n"
      + "source: S\n";

  private static org.chartdesk.model.ChartModel bind(Story story, String yaml) throws Exception {
    return org.chartdesk.model.Binder.bind(story, org.chartdesk.spec.SpecLoader.load("t", "charts/t.yaml",
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void cd110AWordWiderThanTheChart() {
    String word = "Nationalitätenkonflikteskalationsvermeidungsstrategien";
    Frame f = Charts.frame("kgb", "The " + word, null, "Source: Wikipedia", 600, 675);
    double w = org.chartdesk.theme.TextMetrics.width(word, Fonts.bold(HOUSE.titleSize()));
    assertThat(texts(new TextFits().check(target(Charts.column(f, "Articles", Charts.bars()), KGB))))
        .containsExactly(Message.LINT_TEXT_CLIPPED.format("title word", Message.quote(word),
            (int) Math.ceil(w - (600 - 2 * HOUSE.margin())), 600 - 2 * HOUSE.margin()));
  }

  /**
   * A title taller on its own than the chart leaves for it is too long, said with the lines that
   * fit: a title of 2,000 characters was said to leave the chart "128 px too short for its columns
   * and their labels", and the height the hint asked for held the title but still no plot.
   */
  @Test
  void cd110ATitleTallerThanTheChartIsTooLong() {
    String title = "Words of a long title ".repeat(91).substring(0, 2000);
    java.util.function.IntFunction<List<Diagnostic>> at = height -> new TextFits().check(target(Charts.column(
        Charts.frame("kgb", title, null, "Source: Wikipedia", 1200, height), "Articles", Charts.bars()), KGB));
    List<Diagnostic> d = at.apply(675);
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Message.LINT_TEXT_TOO_LONG);
      assertThat(x.text()).matches("CD110 title is too long: it takes \\d+ lines, and at most \\d+ fit with the plot");
      assertThat(x.hint()).matches("shorten it to about \\d+ characters \\(it has 2000\\), or make size.height at "
          + "least \\d+ \\(it is 675\\)");
    });
    // At the height the hint asks for, the title and the plot fit; just under it, they do not.
    int asked = Integer.parseInt(d.get(0).hint().replaceAll(".*at least (\\d+).*", "$1"));
    assertThat(at.apply(asked)).isEmpty();
    assertThat(at.apply(asked - 2)).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(Message.LINT_CHART_TOO_SMALL));
  }

  /**
   * Every other year of forty without a figure in a narrow chart: the words "no figure", even said
   * short ("n/a"), cannot fit their slots, and the message says that is what does not fit (it
   * called "figure" a value label).
   */
  @Test
  void cd110NoFigureWordsTooWideForTheirSlotsAreNamedAsSuch() {
    List<Bar> bars = new java.util.ArrayList<>();
    for (int year = 1950; year <= 1990; year++) {
      bars.add(year % 2 == 0 ? new Bar(year, 100.0, null, "100", bars.size()) : new Bar(year, null, null, null, -1));
    }
    ColumnChartModel m = Charts.column(frame("trade", 600, 675), "Exports", bars, 0, 150);
    assertThat(texts(new TextFits().check(target(m, KGB)))).singleElement().satisfies(t -> assertThat(t)
        .startsWith("CD110 word of \"n/a\" \"n/a\" is ").contains(" px wider than the "));
  }

  @Test
  void cd110AChartTooShortForItsRows() {
    Story story = Charts.story();
    List<Diagnostic> d = new TextFits().check(target(Charts.range(frame("leaders", 1200, 675), 8), story));
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Message.LINT_CHART_TOO_SMALL);
      assertThat(x.text()).startsWith("CD110 chart is ").endsWith(" px too short for its 16 rows");
    });
    // At the height the hint asks for, the rows fit.
    int asked = Integer.parseInt(d.get(0).hint().replaceAll(".*at least (\\d+).*", "$1"));
    assertThat(new TextFits().check(target(Charts.range(frame("leaders", 1200, asked), 8), story))).isEmpty();
    assertThat(new TextFits().check(target(Charts.range(frame("leaders", 1200, asked - 2), 8), story))).isNotEmpty();
  }

  /**
   * Event lines' labels stand in a band above a range chart's rows, a level each where they would
   * touch: at the height that fits the rows alone, three such labels make the chart too short.
   */
  @Test
  void cd110TheAnnotationsLabelBandTakesItsRoomFromTheRows() {
    Story story = Charts.story();
    List<Diagnostic> d = new TextFits().check(target(Charts.range(frame("leaders", 1200, 675), 8), story));
    int fits = Integer.parseInt(d.get(0).hint().replaceAll(".*at least (\\d+).*", "$1"));
    Frame f = frame("leaders", 1200, fits);
    java.util.function.Function<List<Annotation>, LintTarget> annotated = notes -> target(Charts.range(new Frame(
        f.id(), f.title(), f.subtitle(), f.notes(), f.sourceLine(), f.width(), f.height(), f.theme(), f.sizes(),
        notes, List.of(), List.of(), f.locale(), null, null), 8), story);
    assertThat(new TextFits().check(annotated.apply(List.of()))).isEmpty();
    List<Annotation> three = java.util.stream.IntStream.range(0, 3).mapToObj(i -> new Annotation(
        Annotation.Kind.LINE, new FuzzyDate(1970 + i, null), new FuzzyDate(1970 + i, null), "A treaty signed " + i))
        .toList();
    assertThat(new TextFits().check(annotated.apply(three))).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(Message.LINT_CHART_TOO_SMALL));
  }

  /**
   * A two-lane timeline's labels stack in the levels the renderer places them in: the story's
   * five visits take two levels on the India side at the web size, which one level a lane did not
   * count, and the lane title below was cut off the drawing.
   */
  @Test
  void cd110ATimelinesLabelsAreCountedInTheLevelsTheyTake() throws Exception {
    Story story = org.chartdesk.examples.Examples.story();
    String spec = new String(java.nio.file.Files.readAllBytes(Path.of("charts/leader-visits.yaml")),
        java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^sizes:.*$", "sizes: [web]");
    assertThat(new TextFits().check(target(bind(story, spec), story))).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Message.LINT_SIZE_TOO_SMALL);
      assertThat(x.text()).startsWith("CD110 at size web (laid out 752 by 470), the chart is ")
          .endsWith(" px too short for its 2 lanes");
    });
  }

  /** A table's cells wrap to the columns the renderer sets: narrower columns, more lines, a taller table. */
  @Test
  void cd110ATablesRowsAreMeasuredWithTheirCellsWrapped() throws Exception {
    Story story = org.chartdesk.examples.Examples.story();
    String spec = new String(java.nio.file.Files.readAllBytes(Path.of("examples/charts/table.yaml")),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new TextFits().check(target(bind(story, spec), story))).isEmpty();
    // At the web size every word keeps to its column, but the wrapped rows need more height.
    assertThat(texts(new TextFits().check(target(bind(story, spec + "sizes: [web]\n"), story))))
        .singleElement().satisfies(t -> assertThat(t).startsWith("CD110 at size web (laid out 752 by 470), the chart is ")
            .contains(" px too short for its "));
  }

  @Test
  void cd110AnEventLabelWiderThanThePlot() {
    TimelineChartModel m = Charts.timeline(frame("visits", 400, 480), 2, false, 1950, 1990);
    String label = "A very long label that cannot fit into four hundred pixels";
    TimelineChartModel wide = new TimelineChartModel(m.frame(), m.dataset(), m.lanes(),
        List.of(new TimelineChartModel.Event(0, m.events().get(0).date(), label, 0), m.events().get(1)),
        m.from(), m.to(), false, "alt");
    assertThat(new TextFits().check(target(wide, KGB))).singleElement()
        .satisfies(x -> assertThat(x.text()).startsWith("CD110 event label " + Message.quote(label) + " is "));
  }

  private static final org.chartdesk.model.Encoding NO_ENCODING =
      new org.chartdesk.model.Encoding("leader", "years", null, List.of());

  /** "Leader 0", "Leader 1", ...: a list the test may change. */
  private static List<org.chartdesk.model.Category> leaders(int n) {
    List<org.chartdesk.model.Category> names = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(new org.chartdesk.model.Category("k" + i, "Leader " + i));
    }
    return names;
  }

  /** 0, 1, 2, ..., each from its own source row. */
  private static List<org.chartdesk.model.Datum> counts(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new org.chartdesk.model.Datum((double) i, null, Integer.toString(i), List.of(i))).toList();
  }

  @Test
  void cd110BarsNeedARowEachAndNamesThatLeaveTheBarsRoom() {
    List<org.chartdesk.model.Category> names = leaders(30);
    List<org.chartdesk.model.Datum> values = counts(30);
    var bars = new org.chartdesk.model.BarChartModel(frame("bars", 1200, 400), "d", NO_ENCODING, "Years", "#,##0", names, values,
        0, 30, "alt");
    assertThat(new TextFits().check(target(bars, KGB))).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Message.LINT_CHART_TOO_SMALL);
      assertThat(x.text()).endsWith(" px too short for its 30 rows");
    });
    int asked = Integer.parseInt(new TextFits().check(target(bars, KGB)).get(0).hint().replaceAll(".*at least (\\d+).*", "$1"));
    var tall = new org.chartdesk.model.BarChartModel(frame("bars", 1200, asked), "d", NO_ENCODING, "Years", "#,##0", names, values,
        0, 30, "alt");
    assertThat(new TextFits().check(target(tall, KGB))).isEmpty();
    String longName = "A name so long that the bars beside it would have no room left to be compared at all";
    names.set(0, new org.chartdesk.model.Category("k0", longName));
    var wide = new org.chartdesk.model.BarChartModel(frame("bars", 600, asked), "d", NO_ENCODING, "Years", "#,##0", names, values,
        0, 30, "alt");
    assertThat(texts(new TextFits().check(target(wide, KGB))))
        .anySatisfy(t -> assertThat(t).startsWith("CD110 category name " + Message.quote(longName) + " is "));
  }

  /**
   * A size the spec asks for is laid out on its own canvas: 16 bars that fit at 1200 by 675, and
   * so in the wide size, are too many for the web size's 752 by 470.
   */
  @Test
  void cd110EachSizeTheSpecAsksForIsCheckedOnItsOwnCanvas() {
    List<org.chartdesk.model.Category> names = leaders(16);
    List<org.chartdesk.model.Datum> values = counts(16);
    Frame f = frame("bars", 1200, 675);
    java.util.function.Function<List<String>, LintTarget> sized = sizes -> target(new org.chartdesk.model.BarChartModel(
        new Frame(f.id(), f.title(), f.subtitle(), f.notes(), f.sourceLine(), f.width(), f.height(), f.theme(), sizes),
        "d", NO_ENCODING, "Years", "#,##0", names, values, 0, 16, "alt"), KGB);
    assertThat(new TextFits().check(sized.apply(List.of()))).isEmpty();
    assertThat(new TextFits().check(sized.apply(List.of("wide")))).isEmpty();
    assertThat(new TextFits().check(sized.apply(List.of("wide", "web")))).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(Message.LINT_SIZE_TOO_SMALL);
      assertThat(x.text()).startsWith("CD110 at size web (laid out 752 by 470), the chart is ")
          .endsWith(" px too short for its 16 rows");
      assertThat(x.hint()).startsWith("leave web out of sizes, or ");
    });
  }

  /**
   * A project's logo stands right of the source line: the line wraps in the width it leaves and
   * its row is as tall as the logo. Bars that just fit without a logo do not with one.
   */
  @Test
  void cd110ALogoBesideTheSourceLineTakesItsRoomFromThePlot(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path logo = dir.resolve("logo.png");
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 100, java.awt.image.BufferedImage.TYPE_INT_RGB),
        "png", logo.toFile());
    Frame f = frame("bars", 1200, 400);
    java.util.function.BiFunction<Integer, Path, LintTarget> chart = (height, logoFile) -> target(
        new org.chartdesk.model.BarChartModel(new Frame(f.id(), f.title(), f.subtitle(), f.notes(), f.sourceLine(), 1200,
            height, f.theme(), f.sizes(), f.annotations(), f.callouts(), f.highlights(), f.locale(), logoFile,
            f.template()), "d", NO_ENCODING, "Years", "#,##0", leaders(30), counts(30), 0, 30, "alt"), KGB);
    int asked = Integer.parseInt(new TextFits().check(chart.apply(400, null)).get(0).hint()
        .replaceAll(".*at least (\\d+).*", "$1"));
    assertThat(new TextFits().check(chart.apply(asked, null))).isEmpty();
    assertThat(new TextFits().check(chart.apply(asked, logo))).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(Message.LINT_CHART_TOO_SMALL));
  }

  @Test
  void eachChartIsLintedWithTheThemeItsFrameNames() {
    Frame f = Charts.frame("kgb");
    Frame print = new Frame(f.id(), f.title(), f.subtitle(), f.notes(), f.sourceLine(), f.width(), f.height(), "print", List.of());
    assertThat(LintTarget.of(Charts.column(print, "Articles", Charts.bars()), KGB, HOUSE).theme().name())
        .isEqualTo("print");
    assertThat(LintTarget.of(Charts.column(), KGB, HOUSE).theme()).isSameAs(HOUSE);
  }

  @Test
  void everyBundledThemesTextPassesContrast() {
    for (String name : Theme.BUNDLED) {
      LintTarget t = new LintTarget(Charts.column(), KGB, Theme.named(name), "charts/kgb.yaml");
      assertThat(new TextContrast().check(t)).as(name).isEmpty();
    }
  }

  // ---- silencing ----

  @Test
  void aSilencedRuleIsReportedWithItsReasonInsteadOfItsFindings() {
    LintResult r = Lint.run(List.of(noSource()), KGB, HOUSE, Map.of("kgb", Map.of("CD104", "the source is in the title")));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.silenced()).containsExactly(new SilencedRule("CD104", "kgb", "the source is in the title", 1));
  }

  @Test
  void anIgnoreWithoutAReasonIsAnErrorAndSilencesNothing() {
    Map<String, String> noReason = new HashMap<>();
    noReason.put("CD104", null);
    for (Map<String, String> ignore : List.of(noReason, Map.of("CD104", "  "))) {
      LintResult r = Lint.run(List.of(noSource()), KGB, HOUSE, Map.of("kgb", ignore));
      assertThat(texts(r.diagnostics())).containsExactly(Message.LINT_IGNORE_WITHOUT_REASON.format("CD104"),
          Message.LINT_NO_SOURCE.format());
      assertThat(r.diagnostics()).allMatch(d -> d.severity() == Severity.ERROR);
      assertThat(r.silenced()).isEmpty();
    }
  }

  @Test
  void anUnknownOrUnusedIgnoreIsReported() {
    LintResult r = Lint.run(List.of(Charts.column()), KGB, HOUSE,
        Map.of("kgb", Map.of("CD1O4", "typo", "CD101", "no longer needed")));
    assertThat(texts(r.diagnostics())).containsExactly(Message.LINT_IGNORE_UNKNOWN.format("\"CD1O4\""),
        Message.LINT_IGNORE_UNUSED.format("CD101"));
    assertThat(r.diagnostics().get(0).hint()).contains("did you mean \"CD104\"?");
    assertThat(r.silenced()).containsExactly(new SilencedRule("CD101", "kgb", "no longer needed", 0));
  }

  @Test
  void aSplitSpecsFindingsNameTheirChartAndItsIgnoresHoldForAllItsCharts() throws Exception {
    Story story = Examples.story();
    String yaml = SplitBinderTest.VISITS_FROM.replace("period: period}", "period: period, domain: [1954, 1990]}");
    List<ChartModel> charts = SplitBinder.bind(story,
        SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        ProjectSettings.NONE, ProjectSettings.NONE).stream().map(SplitBinder.Bound::model).toList();
    // Indira Gandhi's 1953 visit is before the axis of the visits from India only.
    assertThat(Lint.run(charts, story, HOUSE, Map.of()).diagnostics())
        .filteredOn(d -> d.code() == Message.LINT_OUTSIDE_DOMAIN).singleElement()
        .satisfies(d -> assertThat(d.file()).isEqualTo("charts/t.yaml"))
        .satisfies(d -> assertThat(d.chart()).isEqualTo("t--india"));
    LintResult quiet = Lint.run(charts, story, HOUSE, Map.of("t", Map.of("CD103", "the axis starts after 1953")));
    assertThat(quiet.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(Message.LINT_OUTSIDE_DOMAIN, Message.LINT_IGNORE_UNUSED);
    assertThat(quiet.silenced()).extracting(SilencedRule::chart, SilencedRule::suppressed)
        .containsExactly(tuple("t--india", 1), tuple("t--soviet-union", 0));
  }

  @Test
  void cd103ASplitColumnChartIsJudgedByItsOwnRows() throws Exception {
    Story story = Examples.story();
    String yaml = "title: \"{value}\"\nkind: column\ndata: kgb-planted-stories\nsplit_by: measure\n"
        + "x: year\ny: {field: stories, qualifier: qualifier}\nsource: S\n";
    List<ChartModel> charts = SplitBinder.bind(story,
        SpecLoader.load("t", "charts/t.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        ProjectSettings.NONE, ProjectSettings.NONE).stream().map(SplitBinder.Bound::model).toList();
    // 1973's count is the other measure's: it is not a figure the 1976-1977 chart left out.
    assertThat(charts).extracting(m -> ((ColumnChartModel) m).years())
        .containsExactly(List.of(1973), List.of(1976, 1977));
    assertThat(Lint.run(charts, story, HOUSE, Map.of()).diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(Message.LINT_OUTSIDE_DOMAIN);
  }

  // ---- the shipped story and the docs ----

  @Test
  void theShippedStoryIsClean() {
    Build.Checked checked = new Build(Path.of("").toAbsolutePath()).check();
    assertThat(checked.hasErrors()).as("the shipped story binds").isFalse();
    Map<String, Map<String, String>> silenced =
        checked.specs().stream().collect(Collectors.toMap(ChartSpec::id, ChartSpec::silenced));
    LintResult r = Lint.run(checked.models(), checked.story(), HOUSE, silenced);
    assertThat(r.diagnostics()).extracting(Diagnostic::format).isEmpty();
    assertThat(checked.models()).hasSize(4);
  }

  @Test
  void everyRuleIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/lint.md"));
    assertThat(Lint.codes()).containsExactly("CD101", "CD102", "CD103", "CD104", "CD105", "CD106", "CD107",
        "CD108", "CD109", "CD110", "CD111");
    for (String code : Lint.codes()) {
      assertThat(doc).as(code).contains("## " + code);
    }
  }

  // ---- helpers ----

  private static ColumnChartModel noSource() {
    Frame f = Charts.frame("kgb", "Planted articles", "Articles placed", "Source: ", 1200, 675);
    return Charts.column(f, "Articles", Charts.bars());
  }

  private static LintTarget target(ChartModel m, Story story) {
    return LintTarget.of(m, story, HOUSE);
  }

  private static Frame frame(String id, int width, int height) {
    return Charts.frame(id, "A title that says what to see", "What is measured", "Source: Wikipedia", width, height);
  }

  private static Theme theme(List<Color> categorical, Color secondaryText) {
    return Charts.theme(categorical, secondaryText);
  }

  private static List<String> texts(List<Diagnostic> d) {
    return d.stream().map(Diagnostic::text).toList();
  }
}
